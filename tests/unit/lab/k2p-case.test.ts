import { describe, expect, it } from 'vitest';
import { defaultsOf } from '$lib/player/parameters';
import { labReadout } from '$lib/lab/model';
import { PRESETS } from '$lib/lab/state';
import { labCatalogue, presetInLegend } from '$lib/lab/words';
import { controls, k2pModel } from '$lib/scenes/k2p/model';

// A student's review: the lab's "K2P channels opened" case said −75.5 mV while the K2P figure, which the lab
// says it follows, shows the membrane falling to −71 mV. The case is the figure's first view: the same ending,
// the same share of channels open, so the same steady state.
describe('the lab’s K2P case and the K2P figure', () => {
	const figure = k2pModel(defaultsOf(controls));

	it('gives the Vm the K2P figure settles at, its slider where the figure opens', () => {
		const lab = labReadout(PRESETS['k2p-open']);
		expect(lab.vm_mV).toBeCloseTo(figure.after.vm_mV, 9);
		expect(lab.ions.K.e_mV).toBeCloseTo(figure.after.eK_mV, 9);
	});

	it('starts from the figure’s facilitated ending, as the lab’s own case does', () => {
		expect(labReadout(PRESETS.facilitated).vm_mV).toBeCloseTo(figure.before.vm_mV, 9);
	});

	it('names the share of channels it opens, as each language writes a percentage', () => {
		const share = Math.round(figure.params.openFraction * 100);
		expect(presetInLegend(labCatalogue.fr, 'fr', 'k2p-open')).toBe(`canaux K2P ouverts (${share}\u00a0%)`);
		expect(presetInLegend(labCatalogue.en, 'en', 'k2p-open')).toBe(`K2P channels opened (${share}%)`);
	});
});
