import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepSettings, keptSettings } from '$lib/lab/kept-settings';
import { NEURON, PRESETS } from '$lib/lab/state';
import { tabStorage } from './tab-storage';

const tab = tabStorage;

afterEach(() => vi.unstubAllGlobals());

// A student leaves the lab for the glossary and comes back through the menu: the case they had is kept in the
// tab, for the lab's page in either language, and nowhere a shared computer would keep it.
describe('the lab’s settings kept in the tab', () => {
	it('come back on the lab’s page in either language, pump included, and never go to localStorage', () => {
		const { shared } = tab();
		expect(keptSettings('/fr/labo/')).toBeNull();
		keepSettings('/fr/labo/', { ...NEURON, Ko: 8 }, true);
		const back = keptSettings('/en/lab/');
		expect(back?.state).toEqual({ ...NEURON, Ko: 8 });
		expect(back?.pump).toBe(true);
		expect(keptSettings('/fr/labo/')?.state.Ko).toBe(8);
		expect(shared.setItem).not.toHaveBeenCalled();
	});

	it('give nothing to say when they are the lab’s first view, and keep a preset’s exact values', () => {
		tab();
		keepSettings('/fr/labo/', NEURON, false);
		expect(keptSettings('/fr/labo/')).toBeNull();
		keepSettings('/fr/labo/', PRESETS['trpv1-open'], false);
		expect(keptSettings('/fr/labo/')?.state).toEqual(PRESETS['trpv1-open']);
	});

	it('open a text changed by hand as the nearest valid case, and survive a storage that refuses', () => {
		const { items } = tab();
		items.set('membrane-lab-settings:/lab/', '?Ko=-3&pK=abc');
		const back = keptSettings('/fr/labo/');
		expect(back?.state.Ko).toBe(0.1);
		expect(back?.state.pK).toBe(NEURON.pK);
		vi.stubGlobal('sessionStorage', {
			getItem: () => {
				throw new Error('refused');
			},
			setItem: () => {
				throw new Error('refused');
			}
		});
		expect(() => keepSettings('/fr/labo/', NEURON, false)).not.toThrow();
		expect(keptSettings('/fr/labo/')).toBeNull();
	});
});
