import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import SequenceBuilder from '$lib/consultation/SequenceBuilder.svelte';
import en from '$lib/consultation/messages/en.json';

// The consultation's list as a clinician using a screen reader meets it: every button says which figure it
// acts on, even when the same figure is lined up twice, and a moved figure is said where it stands now.
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

describe('a figure moved in the list', () => {
	it('is said, politely, where it stands now, by its title', async () => {
		builder(['trpv1', 'k2p']);
		const status = screen.getByRole('status');
		expect(status.textContent).toBe('');
		await fireEvent.click(screen.getByRole('button', { name: 'Move down: TRPV1' }));
		await waitFor(() => expect(status.textContent).toBe('TRPV1: now figure 2 of 2.'));
	});
	it('is said again when the words are the same as the last time', async () => {
		builder(['trpv1', 'k2p']);
		const status = screen.getByRole('status');
		const texts: string[] = [];
		new MutationObserver(() => texts.push(status.textContent ?? '')).observe(status, {
			childList: true,
			characterData: true,
			subtree: true
		});
		// the list given does not change here: the same move twice, the same words twice
		const down = screen.getByRole('button', { name: 'Move down: TRPV1' });
		await fireEvent.click(down);
		await waitFor(() => expect(texts.at(-1)).toBe('TRPV1: now figure 2 of 2.'));
		await fireEvent.click(down);
		await waitFor(() => expect(texts.filter((text) => text !== '')).toHaveLength(2));
		// emptied in between, or a screen reader would hear no change
		expect(texts.at(-2)).toBe('');
		expect(texts.at(-1)).toBe('TRPV1: now figure 2 of 2.');
	});
});

describe('a figure added to the list', () => {
	it('is said, politely, with its place: the list grows away from the focus, on the Add button', async () => {
		builder(['trpv1']);
		const status = screen.getByRole('status');
		await fireEvent.change(screen.getByRole('combobox', { name: 'Figure to add' }), {
			target: { value: 'k2p' }
		});
		await fireEvent.click(screen.getByRole('button', { name: 'Add' }));
		await waitFor(() => expect(status.textContent).toBe('Added: K2P, figure 2 of 2.'));
	});
});
