import { describe, expect, it } from 'vitest';
import { LabController } from '$lib/lab/lab.svelte';
import { NEURON, PRESETS } from '$lib/lab/state';

// A student's review: she had set Cl⁻ inside, pNa and the pump, tapped "10 mM" to see hyperkalaemia, and lost
// all her settings with no word and no way back. A case still replaces every value (it is the neuron with that
// K⁺ outside), but the lab keeps what it replaced and gives it back.
function handSet() {
	const lab = new LabController();
	lab.set({ Cli: 30, pNa: 0.1 });
	lab.setPump(true);
	return { lab, mine: { ...lab.state } };
}

describe('a case that replaced the reader’s own values', () => {
	it('is whole (the neuron with K⁺ outside 10 mM, pump off) and keeps what it replaced', () => {
		const { lab, mine } = handSet();
		lab.choose('hyperkalaemia-10');
		expect(lab.state).toEqual(PRESETS['hyperkalaemia-10']);
		expect(lab.pump).toBe(false);
		expect(lab.replaced).toEqual({ state: mine, pump: true, by: 'hyperkalaemia-10' });
	});

	it('gives back exactly her values and her pump, and her Vm with them', () => {
		const { lab, mine } = handSet();
		const vm = lab.readout.vm_mV;
		lab.choose('hyperkalaemia-10');
		expect(lab.readout.vm_mV).not.toBe(vm);
		lab.restoreReplaced();
		expect(lab.state).toEqual(mine);
		expect(lab.pump).toBe(true);
		expect(lab.readout.vm_mV).toBe(vm);
		expect(lab.replaced).toBeNull();
	});

	it('counts the pump’s share alone as her own setting', () => {
		const lab = new LabController();
		lab.setPump(true);
		lab.choose('squid');
		expect(lab.replaced).toEqual({ state: NEURON, pump: true, by: 'squid' });
	});

	it('keeps nothing when the case replaced another case, and forgets when she chooses again or sets a value', () => {
		const lab = new LabController();
		lab.choose('hyperkalaemia-3'); // from the neuron: nothing of hers
		expect(lab.replaced).toBeNull();
		const { lab: again } = handSet();
		again.choose('hyperkalaemia-10');
		again.choose('hyperkalaemia-3'); // from a case: the offer goes
		expect(again.replaced).toBeNull();
		const { lab: typed } = handSet();
		typed.choose('hyperkalaemia-10');
		typed.setValue('Ko', 7);
		expect(typed.replaced).toBeNull();
		const { lab: pumped } = handSet();
		pumped.choose('hyperkalaemia-10');
		pumped.setPump(true);
		expect(pumped.replaced).toBeNull();
	});
});
