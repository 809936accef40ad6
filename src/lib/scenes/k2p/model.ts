import {
	FACILITATED_PERMEABILITY,
	K2P_FIGURE_OPEN_FRACTION,
	K2P_LIMITS,
	ghk,
	k2pState,
	k2pTrace,
	MAMMALIAN,
	MAMMALIAN_PERMEABILITY,
	type K2pState,
	type K2pTrace
} from '$lib/physiology';
import { clamp } from '$lib/math/clamp';
import { valueAt } from '$lib/math/series';
import { range, type Control, type ParamsOf } from '$lib/player/parameters';
import { along, positionAt, stepsFrom, type StepFrame, type StepTable } from '$lib/player/steps';
import durations from './steps.json';

/**
 * The K2P story in six labelled steps (steps.json: each passage's length in seconds at normal speed): long
 * enough to watch K⁺ leave and the trace fall, short enough for a consultation.
 */
export const steps = stepsFrom(durations);

/** What the reader can change: the share of K2P channels that open, and the article's hypothesis layer. */
export const controls = [
	range('openFraction', K2P_LIMITS.openFraction, {
		step: 0.05,
		default: K2P_FIGURE_OPEN_FRACTION,
		show: (value, n) => n.percent(value)
	}),
	{ kind: 'claim', key: 'showHypothesis', claim: 'dextrose-opens-k2p', default: false }
] as const satisfies readonly Control[];

/**
 * What the physiology accepts for each slider: the whole range of K2P_LIMITS, none to all channels.
 * Each slider's values must lie inside these (tests/unit/scenes/limits.test.ts).
 */
export const physiologyLimits = { openFraction: K2P_LIMITS.openFraction } as const;

export type K2pParams = ParamsOf<typeof controls>;

/** The trace covers 100 ms; the channels open at 10 ms (model time, slowed down for the eye). */
export const TRACE_MS = 100;
export const OPENING_MS = 10;
const SAMPLE_MS = 0.5;

export interface K2pModel {
	params: K2pParams;
	/** the facilitated ending before, and its steady state once the channels are open */
	before: K2pState;
	after: K2pState;
	/** the textbook resting potential, −67 mV */
	rest_mV: number;
	trace: K2pTrace;
	/** trace time reached at each step, ms */
	times: StepTable<typeof steps, number>;
}

/** Trace time (ms) reached at each step, from the relaxation after the channels open. */
function stepTimes(after: K2pState, rest_mV: number, before_mV: number): K2pModel['times'] {
	const tau = after.tau_ms;
	// when Vm reaches the resting level, if it ever does; else two time constants
	const ratio = (rest_mV - after.vm_mV) / (before_mV - after.vm_mV);
	const toRest = ratio > 0 && ratio < 1 ? -tau * Math.log(ratio) : 2 * tau;
	return {
		facilitated: OPENING_MS * 0.8,
		'k2p-opens': OPENING_MS,
		'k-efflux': OPENING_MS + Math.min(tau, toRest) * 0.6,
		repolarised: OPENING_MS + toRest,
		hyperpolarised: Math.min(TRACE_MS * 0.8, OPENING_MS + Math.max(toRest + tau, 5 * tau)),
		'fewer-signals': TRACE_MS
	};
}

/** Everything that depends on the slider: the two steady states and the whole 100 ms trace. */
export function k2pModel(params: K2pParams): K2pModel {
	const openFraction = clamp(params.openFraction, 0, 1, 0);
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
		dt_ms: SAMPLE_MS
	});
	return {
		params: { ...params, openFraction },
		before,
		after,
		rest_mV,
		trace,
		times: stepTimes(after, rest_mV, before.vm_mV)
	};
}

export interface K2pFrame extends StepFrame<typeof steps> {
	/** 0 → 1: how far the channels have opened on screen */
	channelOpening: number;
	/** 0 → 1: share of the mobile K⁺ ions that have left so far */
	effluxProgress: number;
	/** how much of the trace is drawn (ms), and Vm there */
	shownUntil_ms: number;
	vm_mV: number;
	firingRate_Hz: number;
}

/** What the K2P figure shows at position t: cheap, once per frame. */
export function k2pFrameAt(model: K2pModel, t: number): K2pFrame {
	const position = positionAt(steps, t);
	const shownUntil_ms = along(model.times, position);
	const vm_mV = valueAt(model.trace.vm_mV, SAMPLE_MS, shownUntil_ms);
	return {
		step: position.step,
		position,
		channelOpening: position.reached('k2p-opens'),
		effluxProgress: position.reached('k-efflux'),
		shownUntil_ms,
		vm_mV,
		firingRate_Hz: vm_mV > model.after.threshold_mV ? model.before.firingRate_Hz : 0
	};
}
