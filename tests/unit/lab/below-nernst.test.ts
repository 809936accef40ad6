import { describe, expect, it } from 'vitest';
import { chlorideBelowEK } from '$lib/lab/below-nernst';
import { NEURON, PRESETS, type LabState } from '$lib/lab/state';
import { runSweep } from '$lib/lab/sweep';

const run = (base: LabState, pump = false, key: 'Ko' | 'pNa' = 'Ko', from = 1, to = 100) => ({
	n: 1,
	style: 0,
	sweep: runSweep(base, pump, { key, from, to, points: 61, log: key === 'Ko' })
});

describe('a run whose Vm goes below E_K because chloride is held', () => {
	it('the neuron, outside K⁺ 1 → 100 mM: Vm passes below E_K at the top, E_Cl −73.6 mV (science.md)', () => {
		const seen = chlorideBelowEK(run(NEURON));
		expect(seen).not.toBeNull();
		expect(seen!.eCl_mV).toBeCloseTo(-73.6, 1);
		// the premise, from the run itself: at 100 mM Vm is below E_K
		const top = run(NEURON).sweep.data.at(-1)!;
		expect(top.vm_mV).toBeLessThan(top.eK_mV);
	});

	it('with chloride left out (pCl 0), Vm stays above E_K: nothing to say', () => {
		const run0 = run({ ...NEURON, pCl: 0 });
		expect(run0.sweep.data.every((p) => p.vm_mV >= p.eK_mV - 0.05)).toBe(true);
		expect(chlorideBelowEK(run0)).toBeNull();
	});

	it('a run that stays above E_K (outside K⁺ 1 → 10 mM) says nothing', () => {
		expect(chlorideBelowEK(run(NEURON, false, 'Ko', 1, 10))).toBeNull();
	});

	it('below E_K because of the pump’s share, not chloride, it is not blamed on chloride', () => {
		// no chloride at all: only the pump's −4 mV can take Vm below E_K (at high K⁺, Vm ≈ E_K)
		const pumped = run({ ...NEURON, pCl: 0, pNa: 0.0001 }, true);
		expect(pumped.sweep.data.some((p) => p.vm_mV < p.eK_mV - 0.05)).toBe(true);
		expect(chlorideBelowEK(pumped)).toBeNull();
	});

	it('a state no other ion can open (only chloride permeant) gives no NaN: nothing said', () => {
		expect(chlorideBelowEK(run({ ...PRESETS.neuron, pK: 0, pNa: 0, pCl: 1 }))).toBeNull();
	});
});
