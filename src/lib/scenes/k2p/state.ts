import { ghk, k2pState, k2pTrace, MAMMALIAN, MAMMALIAN_PERMEABILITY, type K2pState } from '$lib/physiology';
import { passage } from '$lib/player/steps';
import { k2pSteps } from './steps';

/** What the reader can change: the K2P slider, and whether the article's hypothesis is drawn. */
export interface K2pParams {
	/** fraction of K2P channels that open at step 2, 0–1 */
	openFraction: number;
	/** draw the source article's claim "dextrose opens K2P" as a separate, dashed layer */
	showHypothesis: boolean;
}

export const k2pDefaults: K2pParams = { openFraction: 0.6, showHypothesis: false };

/**
 * The facilitated ending: inflammatory signalling (PKA/PKC) closes TREK-1 (science.md A4), so the
 * resting K⁺ permeability falls. Model choice: pK to 0.25 of its resting value (pNa, pCl unchanged), which
 * holds Vm at about −53 mV, just above a −55 mV firing threshold. Opening K2P adds pK on top of this.
 */
export const FACILITATED_PERMEABILITY = { ...MAMMALIAN_PERMEABILITY, K: 0.25 };

/** The trace covers 100 ms; the channels open at 10 ms (model time, slowed down for the eye). */
const TRACE_MS = 100;
const OPENING_MS = 10;

export interface K2pSceneState {
	params: K2pParams;
	stepIndex: number;
	/** 0 → 1: how far the channels have opened on screen */
	channelOpening: number;
	/** 0 → 1: share of the mobile K⁺ ions that have left so far */
	effluxProgress: number;
	before: K2pState;
	after: K2pState;
	/** Vm now: the trace's value at the time shown */
	vm_mV: number;
	rest_mV: number;
	eK_mV: number;
	threshold_mV: number;
	firingRate_Hz: number;
	/** the whole trace, and how much of it is drawn (ms) */
	trace: { t_ms: number[]; vm_mV: number[] };
	shownUntil_ms: number;
}

/** Trace time (ms) reached at each step, from the relaxation after the channels open. */
function stepTimes(after: K2pState, rest_mV: number, before_mV: number): number[] {
	const tau = after.tau_ms;
	// when Vm reaches the resting level, if it ever does; else two time constants
	const ratio = (rest_mV - after.vm_mV) / (before_mV - after.vm_mV);
	const toRest = ratio > 0 && ratio < 1 ? -tau * Math.log(ratio) : 2 * tau;
	return [
		OPENING_MS * 0.8,
		OPENING_MS,
		OPENING_MS + Math.min(tau, toRest) * 0.6,
		OPENING_MS + toRest,
		Math.min(TRACE_MS * 0.8, OPENING_MS + Math.max(toRest + tau, 5 * tau)),
		TRACE_MS
	];
}

/** Everything the K2P figure shows at position t (see player/steps.ts) for the reader's parameters. */
export function k2pSceneAt(t: number, params: K2pParams = k2pDefaults): K2pSceneState {
	const openFraction = Math.min(
		1,
		Math.max(0, Number.isFinite(params.openFraction) ? params.openFraction : 0)
	);
	const closed = { openFraction: 0, permeability: FACILITATED_PERMEABILITY };
	const open = { openFraction, permeability: FACILITATED_PERMEABILITY };
	const before = k2pState(closed);
	const after = k2pState(open);
	const rest_mV = ghk(MAMMALIAN_PERMEABILITY, MAMMALIAN);
	const trace = k2pTrace({
		before: closed,
		after: open,
		step_ms: OPENING_MS,
		duration_ms: TRACE_MS,
		dt_ms: 0.5
	});

	const last = k2pSteps.length - 1;
	const position = Math.min(last, Math.max(0, Number.isFinite(t) ? t : 0));
	const { from, to, progress } = passage(position);
	const times = stepTimes(after, rest_mV, before.vm_mV);
	const shownUntil_ms = times[from]! + (times[to]! - times[from]!) * progress;
	const sample = Math.min(trace.vm_mV.length - 1, Math.round(shownUntil_ms / 0.5));
	const vm_mV = trace.vm_mV[sample]!;

	return {
		params: { ...params, openFraction },
		stepIndex: Math.round(position),
		channelOpening: Math.min(1, Math.max(0, position - 0)),
		effluxProgress: Math.min(1, Math.max(0, position - 1)),
		before,
		after,
		vm_mV,
		rest_mV,
		eK_mV: after.eK_mV,
		threshold_mV: after.threshold_mV,
		firingRate_Hz: vm_mV > after.threshold_mV ? before.firingRate_Hz : 0,
		trace,
		shownUntil_ms
	};
}
