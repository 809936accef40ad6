import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SAY_AGAIN_AFTER_ms } from '$lib/a11y/live-status.svelte';
import WhatMatters from '$lib/decision/WhatMatters.island.svelte';
import { loadDecisionWords } from '$lib/decision/words';
import { listsWords } from '$lib/decision/questions';
import { langContextKey } from '$lib/i18n/context';

// "What matters to me" as a screen reader hears its status: each press of "Clear my answers" is said, not
// only the first; "kept in this browser" once, not at each answer. The clock is faked.

function form() {
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
	render(WhatMatters, { props: listsWords('en'), context: new Map([[langContextKey, () => 'en']]) });
	const status = () => screen.getByRole('status').textContent;
	const later = async () => {
		vi.advanceTimersByTime(SAY_AGAIN_AFTER_ms);
		await tick();
	};
	return { status, later };
}

afterEach(() => {
	vi.useRealTimers();
	localStorage.clear();
});

// the island's words come a language at a time, loaded before it starts (hydrate.ts runs its prepare())
beforeAll(() => loadDecisionWords('fr', 'en'));

describe('what matters to me, said', () => {
	it('says “cleared” again when “Clear my answers” is pressed twice', async () => {
		const { status, later } = form();
		const clear = screen.getByRole('button', { name: 'Clear my answers' });
		await fireEvent.click(clear);
		expect(status()).toBe('Your answers have been cleared from this browser.');
		await fireEvent.click(clear);
		// emptied, then written again: a change a screen reader hears, unlike the same text set twice
		expect(status()).toBe('');
		await later();
		expect(status()).toBe('Your answers have been cleared from this browser.');
	});

	it('says the answers are kept once, not at each answer', async () => {
		const { status } = form();
		const [first, second] = screen.getAllByRole('radio', { name: '4 very much' });
		await fireEvent.click(first!);
		expect(status()).toBe('Kept in this browser only.');
		await fireEvent.click(second!);
		// not emptied to be said again: the radio button already says the answer changed
		expect(status()).toBe('Kept in this browser only.');
	});
});
