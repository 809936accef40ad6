// The recorder's sweep: one of the lab's values stepped across a range, every other held, and the
// membrane potential computed at each step by the same labReadout (so by `ghk` and `nernst`), beside the
// three Nernst potentials; the recorder draws the swept value's ion's (REFERENCE_ION) — the Hodgkin–Katz
// figure when the swept value is outside K⁺.
import { labReadout, type IonName } from './model';
import { LAB_RANGES, type LabKey, type LabState } from './state';

export interface SweepRequest {
	key: LabKey;
	from: number;
	to: number;
	/** number of points, 2–201 */
	points: number;
	/** steps evenly in log10 of the value (only for a range that starts above 0) */
	log: boolean;
}

export interface SweepPoint {
	x: number;
	vm_mV: number;
	eK_mV: number;
	eNa_mV: number;
	eCl_mV: number;
}

/**
 * The ion whose Nernst potential the recorder draws beside Vm: the one the swept value belongs to, so that a
 * student sweeping Na⁺ outside sees Vm approach E_Na. Temperature moves all three: K⁺'s, the resting
 * membrane's main ion.
 */
export const REFERENCE_ION: Readonly<Record<LabKey, IonName>> = Object.freeze({
	Ko: 'K',
	Ki: 'K',
	pK: 'K',
	T: 'K',
	Nao: 'Na',
	Nai: 'Na',
	pNa: 'Na',
	Clo: 'Cl',
	Cli: 'Cl',
	pCl: 'Cl'
});

/** A point's Nernst potential for an ion. */
export const nernstAt = (point: SweepPoint, ion: IonName) =>
	ion === 'K' ? point.eK_mV : ion === 'Na' ? point.eNa_mV : point.eCl_mV;

export interface Sweep extends SweepRequest {
	/** the state every point starts from (the swept value aside) */
	base: LabState;
	pump: boolean;
	data: SweepPoint[];
}

export const MAX_SWEEP_POINTS = 201;
/** the points of every run the recorder records (a shared link does not carry them: kept-runs.ts, share/) */
export const RECORDER_POINTS = 61;

/** The request made safe: both ends inside the key's range, 2–201 points, log only above 0. */
export function safeRequest(request: SweepRequest): SweepRequest {
	const { min, max } = LAB_RANGES[request.key];
	const clamp = (v: number, fallback: number) =>
		Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : fallback;
	const from = clamp(request.from, min);
	const to = clamp(request.to, max);
	const points = Number.isFinite(request.points)
		? Math.round(Math.min(MAX_SWEEP_POINTS, Math.max(2, request.points)))
		: 61;
	return { key: request.key, from, to, points, log: request.log && Math.min(from, to) > 0 };
}

/** The values a sweep visits, from `from` to `to` inclusive. */
export function sweepValues(request: SweepRequest): number[] {
	const { from, to, points, log } = safeRequest(request);
	return Array.from({ length: points }, (_, i) => {
		const t = i / (points - 1);
		if (i === points - 1) return to;
		return log ? 10 ** (Math.log10(from) + t * (Math.log10(to) - Math.log10(from))) : from + t * (to - from);
	});
}

/** The state at one point of a sweep. */
export const stateAt = (base: LabState, key: LabKey, x: number): LabState => ({ ...base, [key]: x });

/** Vm and the three Nernst potentials at every point of the sweep, from the lab's own readout. */
export function runSweep(base: LabState, pump: boolean, request: SweepRequest): Sweep {
	const safe = safeRequest(request);
	// every permeability 0 is a state the lab refuses (GHK needs one open path): a sweep of the last open one
	// down to 0 leaves that end out, rather than give a row whose Vm its own values cannot give
	const data = sweepValues(safe).flatMap((x) => {
		const state = stateAt(base, safe.key, x);
		if (!(state.pK > 0 || state.pNa > 0 || state.pCl > 0)) return [];
		const readout = labReadout(state, pump);
		const { K, Na, Cl } = readout.ions;
		return [{ x, vm_mV: readout.vm_mV, eK_mV: K.e_mV, eNa_mV: Na.e_mV, eCl_mV: Cl.e_mV }];
	});
	return { ...safe, base: { ...base }, pump, data };
}
