import type { Run } from './lab.svelte';
import { AT_EQUILIBRIUM_mV, labReadout } from './model';
import type { LabState } from './state';
import { stateAt } from './sweep';

/** Whether, with chloride left out (pCl 0), this state's Vm stays at or above E_K (false: nothing else open). */
function aboveEKWithoutChloride(state: LabState, pump: boolean): boolean {
	const without = { ...state, pCl: 0 };
	if (!(without.pK > 0 || without.pNa > 0)) return false; // without chloride nothing would be open
	const readout = labReadout(without, pump);
	return readout.vm_mV >= readout.ions.K.e_mV - AT_EQUILIBRIUM_mV;
}

/**
 * Whether this state's Vm is below E_K because chloride is held at fixed concentrations: the ion table's
 * "K⁺ enters the cell", with its reason (IonTable). False when something else takes it there.
 */
export function chlorideTakesVmBelowEK(state: LabState, pump: boolean): boolean {
	const readout = labReadout(state, pump);
	return readout.vm_mV < readout.ions.K.e_mV - AT_EQUILIBRIUM_mV && aboveEKWithoutChloride(state, pump);
}

/**
 * A run whose Vm goes below E_K because chloride is held at fixed concentrations, with E_Cl the value at the
 * first such point; null when Vm stays above E_K, or when something else takes it there (the pump's share,
 * odd sodium). A lecturer expects Vm to approach E_K, never to pass it (the Hodgkin–Katz figure); in this lab
 * it can, because E_Cl stays where Cl⁻ concentrations put it instead of following Vm (science.md A1 allows
 * either). Said only when leaving chloride out (pCl 0) keeps every point of the run at or above E_K.
 */
export function chlorideBelowEK(run: Run): { eCl_mV: number } | null {
	const { base, key, pump, data } = run.sweep;
	const below = data.find((p) => p.vm_mV < p.eK_mV - AT_EQUILIBRIUM_mV);
	if (!below) return null;
	const chlorideIsWhy = data.every((p) => aboveEKWithoutChloride(stateAt(base, key, p.x), pump));
	return chlorideIsWhy ? { eCl_mV: labReadout(stateAt(base, key, below.x), pump).ions.Cl.e_mV } : null;
}
