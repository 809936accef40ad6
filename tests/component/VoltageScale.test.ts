import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { labReadout, type IonName } from '$lib/lab/model';
import { NEURON, PRESETS, type LabState } from '$lib/lab/state';
import VoltageScale from '$lib/lab/VoltageScale.svelte';
import { labCatalogue } from '$lib/lab/words';

// The lab's voltage scale, as a student reads it: every ion that the table says is pushed one way has an
// arrow that points that way, from its E towards Vm (up on the scale: towards more positive), however small
// the force; an ion at its equilibrium has none.
function arrows(state: LabState) {
	const readout = labReadout(state);
	const { container } = render(VoltageScale, { readout, m: labCatalogue.en, lang: 'en' });
	const drawn = new Map<IonName, 'up' | 'down'>();
	for (const line of container.querySelectorAll<SVGLineElement>('line.driving-force')) {
		const from = Number(line.getAttribute('y1'));
		const to = Number(line.getAttribute('y2'));
		drawn.set(line.dataset.ion as IonName, to < from ? 'up' : 'down');
	}
	return { readout, drawn };
}

/** the way Vm lies from E on the scale: up when Vm is more positive */
const towardsVm = (force_mV: number) => (force_mV > 0 ? 'up' : 'down');

describe('the lab’s voltage scale', () => {
	it.each([
		['the mammalian neuron (Cl⁻ pushed by +6.4 mV only)', NEURON],
		['K2P opened, 60 % (Cl⁻ by +2.4 mV)', PRESETS['k2p-open']],
		['TRPV1 opened', PRESETS['trpv1-open']],
		['the squid axon at 20 °C', PRESETS.squid]
	])('draws an arrow from each ion’s E towards Vm: %s', (_, state) => {
		const { readout, drawn } = arrows(state);
		for (const ion of ['K', 'Na', 'Cl'] as const)
			expect(drawn.get(ion), ion).toBe(towardsVm(readout.ions[ion].drivingForce_mV));
	});

	it('draws none for an ion at its equilibrium', () => {
		// Cl⁻ passive: its Nernst potential set to the membrane's by the concentrations (Cli/Clo = e^(FVm/RT))
		// (its permeability made tiny, so that moving its concentration inside leaves Vm where it was)
		const withClAtRest = { ...NEURON, pCl: 0.0001 };
		const vm = labReadout(withClAtRest).vm_mV;
		const rt_F = (8.314462618 * (NEURON.T + 273.15)) / 96485.33212;
		const atRest = { ...withClAtRest, Cli: withClAtRest.Clo * Math.exp(vm / 1000 / rt_F) };
		const { readout, drawn } = arrows(atRest);
		expect(Math.abs(readout.ions.Cl.drivingForce_mV)).toBeLessThan(0.05);
		expect(drawn.has('Cl')).toBe(false);
		expect(drawn.has('K')).toBe(true);
	});
});
