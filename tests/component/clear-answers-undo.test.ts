import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEY } from '$lib/decision/answers';
import { listsWords } from '$lib/decision/questions';
import { UNDO_FOR_ms } from '$lib/decision/undo-window';
import WhatMatters from '$lib/decision/WhatMatters.island.svelte';
import { loadDecisionWords } from '$lib/decision/words';
import YourAnswers from '$lib/handout/YourAnswers.island.svelte';
import { handoutWords } from '$lib/handout/words';
import { langContextKey } from '$lib/i18n/context';

// "Undo" after "Clear my answers" (privacy review D3): on a shared computer the next person must not bring
// back answers cleared for privacy. It goes when the page is hidden (another tab, the window left) or after
// two minutes, whichever comes first; within that, it still mends a slip. On the choosing page and on the
// printable sheet alike (one way to clear). The clock is faked.

const context = new Map([[langContextKey, () => 'en']]);
const stored = () => localStorage.getItem(STORAGE_KEY);
const undoButton = () => screen.queryByRole('button', { name: 'Undo' });

function choosingPage() {
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
	render(WhatMatters, { props: listsWords('en'), context });
}

async function answerThenClear() {
	await fireEvent.click(screen.getAllByRole('radio', { name: '4 very much' })[0]!);
	expect(stored()).not.toBeNull();
	await fireEvent.click(screen.getByRole('button', { name: 'Clear my answers' }));
	expect(stored()).toBeNull();
	expect(undoButton()).not.toBeNull();
}

async function later(ms: number) {
	vi.advanceTimersByTime(ms);
	await tick();
}

function hidePage() {
	Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
	document.dispatchEvent(new Event('visibilitychange'));
}

afterEach(() => {
	delete (document as { visibilityState?: unknown }).visibilityState; // back to jsdom's own ("visible")
	vi.useRealTimers();
	localStorage.clear();
});

// the island's words come a language at a time, loaded before it starts (hydrate.ts runs its prepare())
beforeAll(() => loadDecisionWords('fr', 'en'));

describe('“Undo” after clearing the answers, on the choosing page', () => {
	it('brings the answers back within two minutes', async () => {
		choosingPage();
		await answerThenClear();
		await later(UNDO_FOR_ms - 1000);
		await fireEvent.click(undoButton()!);
		expect(stored()).not.toBeNull();
		expect(screen.getAllByRole('radio', { name: '4 very much' })[0]).toBeChecked();
	});

	it('goes after two minutes, and the answers stay cleared', async () => {
		expect(UNDO_FOR_ms).toBe(120_000);
		choosingPage();
		await answerThenClear();
		await later(UNDO_FOR_ms - 1);
		expect(undoButton()).not.toBeNull();
		await later(1);
		expect(undoButton()).toBeNull();
		expect(stored()).toBeNull();
		expect(screen.getAllByRole('radio', { name: '4 very much' })[0]).not.toBeChecked();
	});

	it('goes as soon as the page is hidden', async () => {
		choosingPage();
		await answerThenClear();
		hidePage();
		await tick();
		expect(undoButton()).toBeNull();
		expect(stored()).toBeNull();
	});

	it('goes when the page is left (pagehide)', async () => {
		choosingPage();
		await answerThenClear();
		window.dispatchEvent(new Event('pagehide'));
		await tick();
		expect(undoButton()).toBeNull();
	});
});

describe('the printable sheet’s answers, on screen', () => {
	function sheet() {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		localStorage.setItem(
			STORAGE_KEY,
			JSON.stringify({ values: { cost: 4 }, sure: { sure: false }, questions: ['risks'] })
		);
		render(YourAnswers, { props: { ...listsWords('en', 'glucopuncture'), w: handoutWords.en }, context });
	}

	it('says they are kept in this browser until cleared, and clears them there', async () => {
		sheet();
		await tick();
		expect(screen.getByText(/kept in this browser until you clear them/)).toBeInTheDocument();
		expect(document.querySelector('[data-handout-questions="ticked"]')).not.toBeNull();
		await fireEvent.click(screen.getByRole('button', { name: 'Clear my answers' }));
		expect(stored()).toBeNull();
		expect(document.querySelector('[data-handout-questions="ticked"]')).toBeNull();
		expect(document.querySelector('[data-handout-values]')).toBeNull();
		expect(screen.getByRole('status')).toHaveTextContent('Your answers have been cleared from this browser.');
		expect(screen.queryByText(/kept in this browser until you clear them/)).toBeNull();
	});

	it('offers “Undo” for two minutes at most', async () => {
		sheet();
		await tick();
		await fireEvent.click(screen.getByRole('button', { name: 'Clear my answers' }));
		await later(UNDO_FOR_ms);
		expect(undoButton()).toBeNull();
		expect(stored()).toBeNull();
	});

	it('has no clear button when nothing is stored', async () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		render(YourAnswers, { props: { ...listsWords('en', 'glucopuncture'), w: handoutWords.en }, context });
		await tick();
		expect(screen.queryByRole('button', { name: 'Clear my answers' })).toBeNull();
	});
});
