import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepRuns, keptRuns, runsToText } from '$lib/lab/kept-runs';
import { LabController } from '$lib/lab/lab.svelte';
import { tabStorage } from './tab-storage';

const tab = () => tabStorage().items;

function twoRuns() {
	const lab = new LabController();
	lab.record({ key: 'Ko', from: 1, to: 100, points: 61, log: true });
	lab.record({ key: 'Ko', from: 2, to: 50, points: 61, log: false });
	return lab.runs;
}

afterEach(() => vi.unstubAllGlobals());

// The runs follow the student from one language's lab to the other's: they are the page's, not its language's.
describe('the runs kept across a language switch', () => {
	it('recorded on /en/lab/ are there on /fr/labo/, and the other way', () => {
		tab();
		const runs = twoRuns();
		keepRuns('/en/lab/', runs);
		expect(keptRuns('/fr/labo/')).toEqual(runs);
		keepRuns('/fr/labo/', runs.slice(0, 1));
		expect(keptRuns('/en/lab/')).toEqual(runs.slice(0, 1));
		keepRuns('/en/lab/', []);
		expect(keptRuns('/fr/labo/')).toEqual([]);
	});

	it('under a base path too, and another page keeps its own', () => {
		tab();
		const runs = twoRuns();
		keepRuns('/site/fr/labo/', runs);
		expect(keptRuns('/site/en/lab/')).toEqual(runs);
		expect(keptRuns('/en/lab/')).toEqual([]);
		expect(keptRuns('/site/en/glossary/')).toEqual([]);
	});

	it('kept by an earlier version under one language’s path are carried over, once', () => {
		const items = tab();
		const runs = twoRuns();
		items.set('membrane-lab-runs:/fr/labo/', runsToText(runs));
		expect(keptRuns('/en/lab/')).toEqual(runs);
		expect([...items.keys()].filter((key) => key.includes('/fr/labo/'))).toEqual([]);
		expect(keptRuns('/fr/labo/')).toEqual(runs);
	});
});
