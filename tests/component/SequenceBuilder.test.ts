import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import SequenceBuilder from '$lib/consultation/SequenceBuilder.svelte';
import en from '$lib/consultation/messages/en.json';

// The consultation's list as a clinician using a screen reader meets it: every button says which figure it
// acts on, even when the same figure is lined up twice.
const scenes = [
	{ id: 'trpv1', title: 'TRPV1', steps: [{ id: 'at-rest', name: 'At rest' }] },
	{ id: 'k2p', title: 'K2P', steps: [{ id: 'closed', name: 'Closed' }] }
];

function builder(ids: string[]) {
	render(SequenceBuilder, {
		items: ids.map((scene) => ({ scene, step: null })),
		at: 0,
		scenes,
		articles: [],
		w: en,
		lang: 'en',
		onchange: () => {},
		onshow: () => {}
	});
	return screen
		.getAllByRole('button')
		.map((button) => button.getAttribute('aria-label') ?? button.textContent);
}

describe('the consultation’s list of figures', () => {
	it('names each figure’s buttons by the figure alone when it is there once', () => {
		const names = builder(['trpv1', 'k2p']);
		expect(names).toContain('Remove TRPV1');
		expect(names).toContain('Remove K2P');
	});
	it('gives a figure lined up twice its place in the names, so that no two buttons share one', () => {
		const names = builder(['trpv1', 'k2p', 'trpv1']);
		expect(names).toContain('Remove 1. TRPV1');
		expect(names).toContain('Remove 3. TRPV1');
		expect(names).toContain('Remove K2P');
		expect(new Set(names).size).toBe(names.length);
		const selects = screen.getAllByRole('combobox').map((select) => select.getAttribute('aria-label'));
		expect(new Set(selects).size).toBe(selects.length);
	});
});
