import type { Run } from './lab.svelte';
import { AT_EQUILIBRIUM_mV, labReadout } from './model';
import type { LabState } from './state';
import { stateAt } from './sweep';

/**
 * What takes Vm below E_K: chloride held at fixed concentrations, the pump's fixed share, or both together
 * (each needed, or either enough: leaving both out lifts Vm back above E_K).
 */
export type BelowEKCause = 'chloride' | 'pump' | 'both';

/** Whether this state's Vm is at or above E_K (false when nothing is open: no Vm to speak of). */
function aboveEK(state: LabState, pump: boolean): boolean {
	if (!(state.pK > 0 || state.pNa > 0 || state.pCl > 0)) return false;
	const readout = labReadout(state, pump);
	return readout.vm_mV >= readout.ions.K.e_mV - AT_EQUILIBRIUM_mV;
}

/** Whether, with chloride left out (pCl 0), Vm stays at or above E_K (false: nothing else open). */
function aboveWithoutChloride(state: LabState, pump: boolean): boolean {
	const without = { ...state, pCl: 0 };
	return (without.pK > 0 || without.pNa > 0) && aboveEK(without, pump);
}

/**
 * The cause, from what leaving each out does: leaving chloride out lifts Vm (`chloride`), leaving the pump's
 * share out does (`pump`), both do, or only leaving both out does (`both`); null when none of these lifts it
 * (something else takes Vm there: odd sodium). `holds(chloride, pump)` says whether Vm stays at or above E_K
 * with chloride (pCl) and the pump's share kept (true) or left out (false).
 */
function causeOf(holds: (chloride: boolean, pump: boolean) => boolean, pump: boolean): BelowEKCause | null {
	const noChloride = holds(false, pump);
	const noPump = pump && holds(true, false);
	if (noChloride) return noPump ? 'both' : 'chloride';
	if (noPump) return 'pump';
	return pump && holds(false, false) ? 'both' : null;
}

/**
 * Why this state's Vm is below E_K (the ion table's "K⁺ enters the cell", with its reason: IonTable); null
 * when Vm is not below E_K, or when neither chloride nor the pump's share takes it there.
 */
export function whyVmBelowEK(state: LabState, pump: boolean): BelowEKCause | null {
	const readout = labReadout(state, pump);
	if (!(readout.vm_mV < readout.ions.K.e_mV - AT_EQUILIBRIUM_mV)) return null;
	return causeOf(
		(chloride, withPump) => (chloride ? aboveEK(state, withPump) : aboveWithoutChloride(state, withPump)),
		pump
	);
}

/**
 * A run whose Vm goes below E_K, with what takes it there and E_Cl at the first such point; null when Vm
 * stays above E_K, or when something else takes it there (odd sodium). A lecturer expects Vm to approach
 * E_K, never to pass it (the Hodgkin–Katz figure); in this lab it can, because E_Cl stays where Cl⁻
 * concentrations put it instead of following Vm (science.md A1 allows either), and because the pump's
 * fixed share is added to Vm whatever E_K is. A cause is named when leaving it out keeps every point of the
 * run at or above E_K.
 */
export function runBelowEK(run: Run): { cause: BelowEKCause; eCl_mV: number } | null {
	const { base, key, pump, data } = run.sweep;
	const below = data.find((p) => p.vm_mV < p.eK_mV - AT_EQUILIBRIUM_mV);
	if (!below) return null;
	const states = data.map((p) => stateAt(base, key, p.x));
	const cause = causeOf(
		(chloride, withPump) =>
			states.every((s) => (chloride ? aboveEK(s, withPump) : aboveWithoutChloride(s, withPump))),
		pump
	);
	if (!cause) return null;
	return { cause, eCl_mV: labReadout(stateAt(base, key, below.x), pump).ions.Cl.e_mV };
}
