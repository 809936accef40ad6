import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SAY_AGAIN_AFTER_ms } from '$lib/a11y/live-status.svelte';
import LiveScene from '$lib/player/LiveScene.svelte';
import { motion } from '$lib/player/motion.svelte';
import { showInScene, type ShowRequest } from '$lib/player/show';
import { STORAGE_KEY } from '$lib/questions/answers';
import type { AskedQuestion } from '$lib/questions/define';
import ui from '$lib/questions/messages/en.json';
import Questions from '$lib/questions/Questions.svelte';
import { handClock } from './fixtures/clock';
import { testScene, testWords } from './fixtures/test-scene';

// Predict, observe, explain, as a student does it on a figure's page: choose, check, see the figure move to
// the case asked about, read why; come back later and find the answers; clear them. GSAP's clock is driven
// by hand and motion is reduced, so the figure settles at once: nothing waits on the wall clock.

const asked: AskedQuestion<ShowRequest>[] = [
	{
		id: 'signal',
		prompt: 'Turn the level up to 9: is a signal sent?',
		options: [
			{ id: 'yes', text: 'Yes, a signal leaves' },
			{
				id: 'later',
				text: 'Only after a while',
				whyNot: 'Above threshold the ending fires at once: nothing builds up first.'
			},
			{ id: 'no', text: 'No signal', whyNot: 'Level 9 is above threshold, so the membrane gets past it.' }
		],
		answer: 'yes',
		explain: 'Above threshold, the ending fires.',
		level: 'established',
		sources: [{ id: 'caterina-1997', label: 'Caterina 1997' }],
		show: { step: 'signal', params: { level: 9 } },
		seen: 'The figure now shows the step “Signal sent”.'
	},
	{
		id: 'rest',
		prompt: 'With nothing, where is the figure?',
		options: [
			{
				id: 'open',
				text: 'Channels open',
				whyNot: 'Channels do not open by themselves: a stimulus opens them.'
			},
			{ id: 'rest', text: 'At rest' }
		],
		answer: 'rest',
		explain: 'Nothing happens without a stimulus.',
		level: 'hypothesis',
		sources: [],
		show: { step: 'rest', params: {} },
		seen: 'The figure now shows the step “At rest”.'
	}
];

const shown = () => screen.getByTestId('shown').textContent;
const level = () => screen.getByTestId('level').textContent;
const status = () => document.querySelector('.questions [role="status"]')!.textContent;
const question = (id: string) => document.querySelector<HTMLElement>(`[data-question="${id}"]`)!;

function page() {
	const scene = testScene();
	render(LiveScene, { scene, words: testWords, lang: 'en' });
	render(Questions, {
		scope: 'test',
		questions: asked,
		ui,
		lang: 'en',
		live: true,
		onshow: (request: unknown) => void showInScene(scene.id, request as ShowRequest)
	});
}

let clock: ReturnType<typeof handClock>;
beforeEach(() => {
	clock = handClock();
	motion.choose(true);
});
afterEach(() => {
	clock.restore();
	sessionStorage.clear();
	vi.useRealTimers();
});

describe('predict, then see', () => {
	it('asks for a prediction first, then moves the figure to the case, says the outcome and opens the explanation', async () => {
		page();
		expect(shown()).toBe('At rest');
		const first = within(question('signal'));
		// "Check my prediction" is the summary of the folded answer: without a script it simply opens it
		const details = question('signal').querySelector('details')!;
		const check = details.querySelector('summary')!;
		expect(check).toHaveTextContent('Check my prediction');
		expect(details.open).toBe(false);

		await fireEvent.click(check);
		expect(status()).toBe('Choose a prediction first.');
		// said where the reader looks too, not only to a screen reader
		expect(
			first.getByText('Choose a prediction first.', { selector: 'p:not([role="status"])' })
		).toBeVisible();
		expect(details.open).toBe(false); // no answer before a prediction
		expect(shown()).toBe('At rest');
		// nor in the page, folded: the browser's find-in-page would unfold it before any prediction
		expect(question('signal')).not.toHaveTextContent('Above threshold, the ending fires.');
		expect(question('signal')).not.toHaveTextContent('Answer:');

		await fireEvent.click(first.getByRole('radio', { name: 'No signal' }));
		expect(first.queryByText('Choose a prediction first.')).toBeNull();
		await fireEvent.click(check);
		expect(shown()).toBe('Signal sent');
		expect(level()).toBe('9');
		expect(screen.getByRole('slider', { name: /Level/ })).toHaveValue('9');
		// the outcome, why the prediction is wrong, then what the figure shows
		expect(status()).toBe(
			'Not quite: you predicted “No signal”; the answer is “Yes, a signal leaves”. Level 9 is above threshold, so the membrane gets past it. The figure now shows the step “Signal sent”.'
		);
		expect(details.open).toBe(true);
		expect(details).toHaveTextContent('Answer: Yes, a signal leaves. Above threshold, the ending fires.');
		expect(within(details).getByRole('link', { name: 'Caterina 1997' })).toBeInTheDocument();
		// the other question's answer is still not written
		expect(question('rest')).not.toHaveTextContent('Nothing happens without a stimulus.');
		// the prediction is kept, marked, and can no longer be changed; the summary now names what it folds
		expect(first.getByRole('radio', { name: /No signal\s+— your prediction/ })).toBeChecked();
		expect(first.getByRole('radio', { name: /Yes, a signal leaves\s+— the answer/ })).toBeDisabled();
		expect(check).toHaveTextContent('Answer and explanation');
		expect(JSON.parse(sessionStorage.getItem(STORAGE_KEY)!)).toEqual({ 'test/signal': 'no' });

		// the second question takes the figure back to its own case, and a right answer says so
		const second = within(question('rest'));
		await fireEvent.click(second.getByRole('radio', { name: 'At rest' }));
		await fireEvent.click(question('rest').querySelector('summary')!);
		expect(shown()).toBe('At rest');
		expect(level()).toBe('5'); // the case is the scene's defaults and what the question names
		expect(status()).toBe('Right: At rest. The figure now shows the step “At rest”.');

		// "show it again" replays the first case
		await fireEvent.click(first.getByRole('button', { name: 'Show it again in the figure' }));
		expect(shown()).toBe('Signal sent');
		expect(level()).toBe('9');
	});

	it('shows the answers kept from an earlier visit, and clears them on request', async () => {
		sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ 'test/rest': 'open', 'other/q': 'x' }));
		page();
		const second = question('rest');
		expect(within(second).getByRole('radio', { name: /Channels open\s+— your prediction/ })).toBeChecked();
		expect(second.querySelector('details')!.open).toBe(true);
		expect(second.querySelector('.outcome')).toHaveTextContent('Not quite');
		expect(question('signal').querySelector('details')!.open).toBe(false);
		expect(shown()).toBe('At rest'); // a kept answer does not move the figure by itself

		await fireEvent.click(screen.getByRole('button', { name: 'Clear my answers on this page' }));
		expect(status()).toBe('Your answers on this page are cleared.');
		expect(within(second).getByRole('radio', { name: 'Channels open' })).not.toBeChecked();
		expect(within(second).getByRole('radio', { name: 'Channels open' })).toBeEnabled();
		expect(second.querySelector('summary')).toHaveTextContent('Check my prediction');
		expect(second.querySelector('details')!.open).toBe(false);
		expect(JSON.parse(sessionStorage.getItem(STORAGE_KEY)!)).toEqual({ 'other/q': 'x' }); // other pages' kept
	});

	it('says a message again when it is repeated: the status is emptied, then written again', async () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		page();
		const check = (id: string) => fireEvent.click(question(id).querySelector('summary')!);
		const saidAgain = async (text: string) => {
			expect(status()).toBe(''); // a change a screen reader hears, unlike the same text set twice
			vi.advanceTimersByTime(SAY_AGAIN_AFTER_ms);
			await tick();
			expect(status()).toBe(text);
		};
		await check('signal');
		expect(status()).toBe('Choose a prediction first.');
		await check('signal');
		await saidAgain('Choose a prediction first.');
		await check('rest'); // another question, the same words
		await saidAgain('Choose a prediction first.');
		const clear = screen.getByRole('button', { name: 'Clear my answers on this page' });
		await fireEvent.click(clear);
		expect(status()).toBe('Your answers on this page are cleared.');
		await fireEvent.click(clear);
		await saidAgain('Your answers on this page are cleared.');
	});

	it('without its script: each question with its answer folded under "Check my prediction", and the same words', () => {
		render(Questions, { scope: 'test', questions: asked, ui, lang: 'en', live: false });
		expect([...document.querySelectorAll('summary')].map((s) => s.textContent!.trim())).toEqual([
			'Check my prediction',
			'Check my prediction'
		]);
		// "clear" is a reset button: it clears the choices without a script too
		expect(screen.getByRole('button', { name: 'Clear my answers on this page' })).toHaveAttribute(
			'type',
			'reset'
		);
		expect(screen.queryByRole('button', { name: /again/ })).toBeNull();
		expect([...document.querySelectorAll('legend')].map((legend) => legend.textContent)).toEqual([
			'1. Turn the level up to 9: is a signal sent?',
			'2. With nothing, where is the figure?'
		]);
		const details = question('signal').querySelector('details')!;
		expect(details.open).toBe(false);
		expect(details).toHaveTextContent('Answer: Yes, a signal leaves. Above threshold, the ending fires.');
	});

	it('opens a figure that wakes after the question was answered on the case asked for', () => {
		const scene = testScene();
		expect(showInScene(scene.id, { step: 'open', params: { level: 2 } })).toBe(false);
		render(LiveScene, { scene, words: testWords, lang: 'en' });
		expect(shown()).toBe('Channels open');
		expect(level()).toBe('2');
	});
});

describe('why not the other predictions', () => {
	const reasons = asked.flatMap((q) => q.options.flatMap((o) => (o.whyNot ? [o.whyNot] : [])));
	/** the list of why the other options are wrong, each item as written: option, mark, reason */
	const whyNotList = (id: string) =>
		within(question(id)).queryByRole('list', { name: 'Why not the other predictions' });
	const items = (id: string) =>
		[...(whyNotList(id)?.querySelectorAll('li') ?? [])].map((li) =>
			li.textContent!.replace(/\s+/g, ' ').trim()
		);

	it('live, are not in the page before a prediction is checked', async () => {
		page();
		for (const reason of reasons) expect(document.body).not.toHaveTextContent(reason);
		expect(document.body).not.toHaveTextContent('Why not the other predictions');
		// choosing is not checking
		await fireEvent.click(within(question('signal')).getByRole('radio', { name: 'No signal' }));
		for (const reason of reasons) expect(document.body).not.toHaveTextContent(reason);
	});

	it('after a wrong prediction, say why it is wrong first, marked as the reader’s, and say it in the status', async () => {
		page();
		const first = within(question('signal'));
		await fireEvent.click(first.getByRole('radio', { name: 'No signal' }));
		await fireEvent.click(question('signal').querySelector('summary')!);
		const details = question('signal').querySelector('details')!;
		expect(details.open).toBe(true);
		expect(within(details).getByText('Why not the other predictions')).toBeVisible();
		expect(items('signal')).toEqual([
			'No signal — your prediction Level 9 is above threshold, so the membrane gets past it.',
			'Only after a while Above threshold the ending fires at once: nothing builds up first.'
		]);
		// listed after the explanation and its evidence, never for the answer
		expect(whyNotList('signal')!.compareDocumentPosition(details.querySelector('.evidence-line')!)).toBe(
			Node.DOCUMENT_POSITION_PRECEDING
		);
		expect(whyNotList('signal')).not.toHaveTextContent('Yes, a signal leaves');
		expect(status()).toMatch(
			/^Not quite: .*”\. Level 9 is above threshold, so the membrane gets past it\. The figure now shows/
		);
		// the other question's reasons are still not written
		expect(question('rest')).not.toHaveTextContent('Channels do not open by themselves');
	});

	it('after the right prediction, list why each wrong option is wrong, none marked as the reader’s', async () => {
		page();
		const second = within(question('rest'));
		await fireEvent.click(second.getByRole('radio', { name: 'At rest' }));
		await fireEvent.click(question('rest').querySelector('summary')!);
		expect(items('rest')).toEqual([
			'Channels open Channels do not open by themselves: a stimulus opens them.'
		]);
		expect(whyNotList('rest')).not.toHaveTextContent('your prediction');
		expect(status()).toBe('Right: At rest. The figure now shows the step “At rest”.');
	});

	it('come back with a kept wrong answer, the reader’s first', () => {
		sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ 'test/signal': 'later' }));
		page();
		expect(items('signal')[0]).toBe(
			'Only after a while — your prediction Above threshold the ending fires at once: nothing builds up first.'
		);
	});

	it('without its script, are in the page folded with the answer, in the options’ order', () => {
		render(Questions, { scope: 'test', questions: asked, ui, lang: 'en', live: false });
		const details = question('signal').querySelector('details')!;
		expect(details.open).toBe(false);
		const list = whyNotList('signal')!;
		expect(details.contains(list)).toBe(true);
		expect(items('signal')).toEqual([
			'Only after a while Above threshold the ending fires at once: nothing builds up first.',
			'No signal Level 9 is above threshold, so the membrane gets past it.'
		]);
		expect(question('rest').querySelector('details')!).toHaveTextContent(
			'Channels do not open by themselves: a stimulus opens them.'
		);
	});
});
