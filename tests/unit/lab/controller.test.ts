import { describe, expect, it } from 'vitest';
import { LabController } from '$lib/lab/lab.svelte';
import { labReadout } from '$lib/lab/model';
import { PRESETS } from '$lib/lab/state';

// The API the predict–observe–explain questions drive: what a question sets is what the lab then shows.

describe('the lab controller', () => {
	it('opens a preset and shows its numbers; a question can then change one value', () => {
		const lab = new LabController();
		lab.choose('hyperkalaemia-3');
		expect(lab.readout.vm_mV).toBe(labReadout(PRESETS['hyperkalaemia-3']).vm_mV);
		lab.set({ Ko: 5 });
		expect(lab.state).toEqual(PRESETS['hyperkalaemia-5']);
		expect(lab.readout.vm_mV).toBeGreaterThan(labReadout(PRESETS['hyperkalaemia-3']).vm_mV);
		expect(lab.preset).toBeNull();
	});

	it('a preset sets the pump’s share too: off, so Vm is the preset’s own (the neuron’s −67.2 mV)', () => {
		const lab = new LabController();
		lab.setPump(true);
		expect(lab.preset).toBeNull(); // the neuron with the pump is not the neuron preset
		expect(lab.readout.vm_mV).toBeCloseTo(-71.2, 1);
		lab.choose('neuron');
		expect(lab.pump).toBe(false);
		expect(lab.preset).toBe('neuron');
		expect(lab.readout.vm_mV).toBeCloseTo(-67.2, 1);
		// an address with the pump on is no preset either
		lab.open({ state: { ...PRESETS.squid }, pump: true, notes: [] });
		expect(lab.preset).toBeNull();
		lab.open({ state: { ...PRESETS.squid }, pump: false, notes: [] });
		expect(lab.preset).toBe('squid');
	});

	it('clamps what it is given and says so, never computing with a bad value', () => {
		const lab = new LabController();
		const notes = lab.setValue('Ko', Number.NaN, 'abc');
		expect(notes).toEqual([{ key: 'Ko', given: 'abc', kind: 'not-a-number', used: 5 }]);
		expect(lab.notes).toEqual(notes);
		expect(Number.isFinite(lab.readout.vm_mV)).toBe(true);
	});

	it('takes several typed values in one change, each that had to move keeping its own note', () => {
		const lab = new LabController();
		lab.setTyped([
			{ key: 'Nai', value: Number.NaN, given: 'abc' },
			{ key: 'Ko', value: 5000, given: '5000' },
			{ key: 'T', value: 30, given: '30' }
		]);
		expect(lab.notes).toEqual([
			{ key: 'Ko', given: '5000', kind: 'too-high', used: 1000 },
			{ key: 'Nai', given: 'abc', kind: 'not-a-number', used: 12 }
		]);
		expect(lab.state).toMatchObject({ Ko: 1000, Nai: 12, T: 30 });
	});

	it('keeps four runs of one swept value, each with its own style; another value starts afresh', () => {
		const lab = new LabController();
		const request = { key: 'Ko' as const, from: 1, to: 100, points: 11, log: true };
		for (let i = 0; i < 5; i++) lab.record(request);
		expect(lab.runs.map((run) => run.n)).toEqual([2, 3, 4, 5]);
		expect(new Set(lab.runs.map((run) => run.style)).size).toBe(4);
		expect(lab.dropped).toBe(true);
		lab.record({ key: 'T', from: 0, to: 40, points: 5, log: false });
		expect(lab.runs.map((run) => run.sweep.key)).toEqual(['T']);
		lab.clearRuns();
		expect(lab.runs).toEqual([]);
	});
});
