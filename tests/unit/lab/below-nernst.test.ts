import { describe, expect, it } from 'vitest';
import { runBelowEK, whyVmBelowEK } from '$lib/lab/below-nernst';
import { labReadout } from '$lib/lab/model';
import { NEURON, PRESETS, type LabState } from '$lib/lab/state';
import { runSweep } from '$lib/lab/sweep';

const run = (base: LabState, pump = false, key: 'Ko' | 'pNa' = 'Ko', from = 1, to = 100) => ({
	n: 1,
	style: 0,
	sweep: runSweep(base, pump, { key, from, to, points: 61, log: key === 'Ko' })
});
const below = (state: LabState, pump: boolean) => {
	const r = labReadout(state, pump);
	return r.vm_mV < r.ions.K.e_mV - 0.05;
};

describe('a run whose Vm goes below E_K, and what takes it there', () => {
	it('the neuron, outside K⁺ 1 → 100 mM: chloride, E_Cl −73.6 mV (science.md)', () => {
		const seen = runBelowEK(run(NEURON));
		expect(seen?.cause).toBe('chloride');
		expect(seen!.eCl_mV).toBeCloseTo(-73.6, 1);
		// the premise, from the run itself: at 100 mM Vm is below E_K
		const top = run(NEURON).sweep.data.at(-1)!;
		expect(top.vm_mV).toBeLessThan(top.eK_mV);
	});

	it('with chloride left out (pCl 0), Vm stays above E_K: nothing to say', () => {
		const run0 = run({ ...NEURON, pCl: 0 });
		expect(run0.sweep.data.every((p) => p.vm_mV >= p.eK_mV - 0.05)).toBe(true);
		expect(runBelowEK(run0)).toBeNull();
	});

	it('a run that stays above E_K (outside K⁺ 1 → 10 mM) says nothing', () => {
		expect(runBelowEK(run(NEURON, false, 'Ko', 1, 10))).toBeNull();
	});

	it('below E_K because of the pump’s share alone (no chloride at all): the pump is named', () => {
		const pumped = run({ ...NEURON, pCl: 0, pNa: 0.0001 }, true);
		expect(pumped.sweep.data.some((p) => p.vm_mV < p.eK_mV - 0.05)).toBe(true);
		// leaving the pump out lifts every point back above E_K
		expect(
			run({ ...NEURON, pCl: 0, pNa: 0.0001 }, false).sweep.data.every((p) => p.vm_mV >= p.eK_mV - 0.05)
		).toBe(true);
		expect(runBelowEK(pumped)?.cause).toBe('pump');
	});

	it('outside K⁺ 4 → 20 mM with the pump on: Vm crosses E_K only with both chloride and the pump', () => {
		const pumped = run(NEURON, true, 'Ko', 4, 20);
		expect(pumped.sweep.data.some((p) => p.vm_mV < p.eK_mV - 0.05)).toBe(true);
		expect(runBelowEK(run(NEURON, false, 'Ko', 4, 20))).toBeNull(); // the same run without the pump
		expect(runBelowEK(pumped)?.cause).toBe('both');
	});

	it('a state no other ion can open (only chloride permeant) gives no NaN: nothing said', () => {
		expect(runBelowEK(run({ ...PRESETS.neuron, pK: 0, pNa: 0, pCl: 1 }))).toBeNull();
	});
});

describe('the ion table’s reason for K⁺ entering the cell', () => {
	it('outside K⁺ 20 mM, pump on (Vm −53.0, E_K −52.0): chloride and the pump both', () => {
		const state = { ...NEURON, Ko: 20 };
		expect(below(state, true)).toBe(true);
		expect(below(state, false)).toBe(false); // the pump left out: above E_K
		expect(below({ ...state, pCl: 0 }, true)).toBe(false); // chloride left out: above E_K
		expect(whyVmBelowEK(state, true)).toBe('both');
		expect(whyVmBelowEK(state, false)).toBeNull();
	});

	it('outside K⁺ 50 mM, pump off: chloride', () => {
		expect(whyVmBelowEK({ ...NEURON, Ko: 50 }, false)).toBe('chloride');
	});

	it('outside K⁺ 50 mM, no chloride, little sodium, pump on: the pump', () => {
		const state = { ...NEURON, Ko: 50, pCl: 0, pNa: 0.0001 };
		expect(below(state, true)).toBe(true);
		expect(whyVmBelowEK(state, true)).toBe('pump');
	});

	it('Vm above E_K: no reason', () => {
		expect(whyVmBelowEK(NEURON, true)).toBeNull();
	});
});
