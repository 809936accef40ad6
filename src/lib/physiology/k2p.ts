// K2P "leak" K⁺ channels (TREK, TRAAK, TASK, TRESK; science.md A4): opening them adds K⁺ permeability,
// which pulls Vm toward E_K (never past it) with the membrane time constant, away from the threshold.
// "Dextrose opens K2P" is a hypothesis parameter, off by default.
import { fraction, inRange, positive } from './check';
import { FIRING_THRESHOLD_mV, MAMMALIAN_PERMEABILITY, membraneOf, type MembraneInput } from './constants';
import type { Permeability } from './constants';
import { firingRate_Hz } from './firing';
import { ghk, nernst } from './membrane';

/** K⁺ permeability added by fully open K2P channels, relative to resting pK. Model choice: open fraction
 * 0.25 / 0.5 / 1 then gives pK × 1.5 / 2 / 3 and Vm −71.5 / −74.4 / −78.0 mV, the GHK sensitivity values
 * of science.md A1. */
export const MAX_ADDED_K_PERMEABILITY = 2;

/** The share of K2P channels the K2P figure opens at first (its slider's default), and the one the membrane
 * lab's "K2P channels opened" case opens, so that the two show the same Vm (−71 mV from the facilitated
 * ending). Model choice: a clear fall below rest (−67 mV) that leaves the slider room to go further. */
export const K2P_FIGURE_OPEN_FRACTION = 0.6;

/** Accepted inputs: a share of the channels, none to all (a slider should not go beyond it). */
export const K2P_LIMITS = Object.freeze({ openFraction: [0, 1] } as const);

/** Membrane time constant at rest, ms. Model choice: τ = R_m·C_m with C_m ≈ 1 µF/cm² and R_m ≈ 20 kΩ·cm²
 * (textbook orders of magnitude, not in science.md), inside the usual few-to-tens-of-ms range. Opening
 * more channels lowers R_m, so τ falls in proportion to the total permeability (model.md). */
export const REST_TIME_CONSTANT_ms = 20;

/**
 * The facilitated nerve ending of the K2P figure: inflammatory signalling (PKA/PKC) closes TREK-1
 * (science.md A4), so the resting K⁺ permeability falls. Model choice: pK cut to 0.25 of its resting
 * value (pNa, pCl unchanged), which holds Vm at about −53 mV, just above the −55 mV firing threshold.
 * Opening K2P adds pK on top of this.
 */
export const FACILITATED_PERMEABILITY: Readonly<Permeability> = Object.freeze({
	...MAMMALIAN_PERMEABILITY,
	K: 0.25
});

export type K2pInput = {
	/** Fraction of K2P channels open, 0–1 (the slider). */
	openFraction: number;
	/** HYPOTHESIS, unsupported for nociceptors and contested in orexin neurons (science.md A4, C1 #9):
	 * the extra share of closed K2P channels that dextrose would open, 0–1. Default 0. */
	dextroseOpening?: number;
	/** Extra non-selective cation permeability (e.g. from TRPV1, `trpv1Response().addedCationPermeability`)
	 * that depolarises the starting cell, relative to resting pK, 0–100. Default 0. */
	addedCationPermeability?: number;
} & MembraneInput;

export type K2pState = {
	/** Open fraction after the hypothesis (equal to the slider's when dextroseOpening is 0). */
	effectiveOpenFraction: number;
	/** Added to pK, relative to resting pK. */
	addedKPermeability: number;
	/** Steady-state Vm: where the membrane settles after a few time constants. */
	vm_mV: number;
	eK_mV: number;
	tau_ms: number;
	threshold_mV: number;
	/** threshold − Vm: positive while Vm is below threshold (more = harder to fire). */
	distanceToThreshold_mV: number;
	firingRate_Hz: number;
};

/**
 * Steady state for a K2P open fraction: added pK = 2·f_eff, f_eff = f + h·(1 − f) with h the dextrose
 * hypothesis; Vm from `ghk` at 37 °C, which always lies above E_K; τ = 20 ms × (resting total
 * permeability / present total permeability). More open K2P never raises Vm.
 * Throws RangeError for an open fraction or dextroseOpening outside 0–1, an added cation permeability
 * outside 0–100, or concentrations and permeabilities `ghk` refuses.
 */
export function k2pState(input: K2pInput): K2pState {
	const where = 'k2pState';
	const f = inRange(where, 'openFraction', input.openFraction, ...K2P_LIMITS.openFraction);
	const h = fraction(where, 'dextroseOpening', input.dextroseOpening ?? 0);
	const cation = inRange(where, 'addedCationPermeability', input.addedCationPermeability ?? 0, 0, 100);
	const { concentrations, permeability: rest } = membraneOf(input);
	const effectiveOpenFraction = f + h * (1 - f);
	const addedKPermeability = MAX_ADDED_K_PERMEABILITY * effectiveOpenFraction;
	const permeability = { K: rest.K + cation + addedKPermeability, Na: rest.Na + cation, Cl: rest.Cl };
	const vm_mV = ghk(permeability, concentrations);
	const restTotal = rest.K + rest.Na + rest.Cl;
	const total = permeability.K + permeability.Na + permeability.Cl;
	return {
		effectiveOpenFraction,
		addedKPermeability,
		vm_mV,
		eK_mV: nernst(1, concentrations.K.outside_mM, concentrations.K.inside_mM),
		tau_ms: (REST_TIME_CONSTANT_ms * restTotal) / total,
		threshold_mV: FIRING_THRESHOLD_mV,
		distanceToThreshold_mV: FIRING_THRESHOLD_mV - vm_mV,
		firingRate_Hz: firingRate_Hz(vm_mV)
	};
}

/**
 * One exact step of first-order relaxation: Vm(t + dt) = V∞ + (Vm − V∞)·e^(−dt/τ). For a scene that
 * moves Vm toward the new steady state frame by frame. Exact for any dt, so the frame rate does not
 * change the curve. Throws RangeError for non-finite voltages (outside ±200 mV), dt_ms outside
 * 0–60 000 or tau_ms outside (0, 10 000].
 */
export function relaxVm(vm_mV: number, target_mV: number, dt_ms: number, tau_ms: number): number {
	const where = 'relaxVm';
	inRange(where, 'vm_mV', vm_mV, -200, 200, 'mV');
	inRange(where, 'target_mV', target_mV, -200, 200, 'mV');
	inRange(where, 'dt_ms', dt_ms, 0, 60_000, 'ms');
	positive(where, 'tau_ms', tau_ms, 10_000, 'ms');
	return target_mV + (vm_mV - target_mV) * Math.exp(-dt_ms / tau_ms);
}

export type K2pTraceOptions = {
	/** The channels before and after the step at `step_ms`. */
	before: K2pInput;
	after: K2pInput;
	/** When the open fraction changes, ms (default 10). */
	step_ms?: number;
	/** Length of the trace, ms (default 100; at most 10 000). */
	duration_ms?: number;
	/** Sample spacing, ms (default 0.5; at most 20 000 samples). */
	dt_ms?: number;
};

export type K2pTrace = {
	t_ms: number[];
	vm_mV: number[];
	eK_mV: number;
	threshold_mV: number;
	/** The time constant of the relaxation after the step. */
	tau_ms: number;
};

/**
 * Vm(t) samples for a chart: steady at `before` until `step_ms`, then relaxing exponentially to the
 * steady state of `after` with the time constant of `after` (the new, total conductance sets τ).
 * Every sample lies between the two steady states, so never below E_K.
 * Throws RangeError for bad inputs as `k2pState`, or times outside their ranges.
 */
export function k2pTrace(options: K2pTraceOptions): K2pTrace {
	const where = 'k2pTrace';
	const step_ms = inRange(where, 'step_ms', options.step_ms ?? 10, 0, 10_000, 'ms');
	const duration_ms = positive(where, 'duration_ms', options.duration_ms ?? 100, 10_000, 'ms');
	const dt_ms = positive(where, 'dt_ms', options.dt_ms ?? 0.5, duration_ms, 'ms');
	const count = Math.floor(duration_ms / dt_ms + 1e-9) + 1;
	if (count > 20_001)
		throw new RangeError(`${where}: duration_ms / dt_ms gives ${count} samples; at most 20 001`);
	const from = k2pState(options.before);
	const to = k2pState(options.after);
	const t_ms: number[] = [];
	const vm_mV: number[] = [];
	for (let i = 0; i < count; i++) {
		const t = i * dt_ms;
		t_ms.push(t);
		vm_mV.push(
			t <= step_ms ? from.vm_mV : to.vm_mV + (from.vm_mV - to.vm_mV) * Math.exp(-(t - step_ms) / to.tau_ms)
		);
	}
	return { t_ms, vm_mV, eK_mV: to.eK_mV, threshold_mV: to.threshold_mV, tau_ms: to.tau_ms };
}
