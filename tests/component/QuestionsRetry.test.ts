import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEY } from '$lib/questions/answers';
import type { AskedQuestion } from '$lib/questions/define';
import ui from '$lib/questions/messages/en.json';
import fr from '$lib/questions/messages/fr.json';
import Questions from '$lib/questions/Questions.svelte';

// One question tried again, the others left as answered (the phone review's D4: the only way to predict
// again was to clear every answer on the page); and, in the lab, the student's own settings offered back
// under the feedback of the question that replaced them (D3).

const asked: AskedQuestion<string>[] = [
	{
		id: 'signal',
		prompt: 'Turn the level up to 9: is a signal sent?',
		options: [
			{ id: 'yes', text: 'Yes, a signal leaves' },
			{ id: 'no', text: 'No signal', whyNot: 'Level 9 is above threshold.' }
		],
		answer: 'yes',
		explain: 'Above threshold, the ending fires.',
		level: 'established',
		sources: [],
		show: 'signal',
		seen: 'The figure now shows the signal.'
	},
	{
		id: 'rest',
		prompt: 'With nothing, where is the figure?',
		options: [
			{ id: 'open', text: 'Channels open', whyNot: 'A stimulus opens them.' },
			{ id: 'rest', text: 'At rest' }
		],
		answer: 'rest',
		explain: 'Nothing happens without a stimulus.',
		level: 'established',
		sources: [],
		show: 'rest',
		seen: 'The figure now shows rest.'
	}
];

const status = () => document.querySelector('.questions [role="status"]')!.textContent;
const question = (id: string) => document.querySelector<HTMLElement>(`[data-question="${id}"]`)!;

async function answer(id: string, option: string) {
	await fireEvent.click(within(question(id)).getByRole('radio', { name: option }));
	await fireEvent.click(question(id).querySelector('summary')!);
}

afterEach(() => sessionStorage.clear());

describe('try one question again', () => {
	it('clears that question only: its choice, its verdict, its kept answer; focus back on its choices', async () => {
		const onshow = vi.fn();
		render(Questions, { scope: 'test', questions: asked, ui, lang: 'en', live: true, onshow });
		expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull(); // nothing to try again yet
		await answer('signal', 'No signal');
		await answer('rest', 'At rest');
		expect(JSON.parse(sessionStorage.getItem(STORAGE_KEY)!)).toEqual({
			'test/signal': 'no',
			'test/rest': 'rest'
		});

		const first = within(question('signal'));
		const retry = first.getByRole('button', { name: 'Try again' });
		// a real button, named by its question for a screen reader (one "Try again" per question)
		expect(retry).toHaveAttribute('type', 'button');
		expect(retry).toHaveAccessibleDescription('1. Turn the level up to 9: is a signal sent?');
		await fireEvent.click(retry);
		await tick();

		for (const radio of first.getAllByRole('radio')) {
			expect(radio).toBeEnabled();
			expect(radio).not.toBeChecked();
		}
		expect(question('signal')).toHaveAttribute('data-answered', 'false');
		expect(question('signal').querySelector('details')!.open).toBe(false);
		expect(question('signal').querySelector('summary')).toHaveTextContent('Check my prediction');
		expect(question('signal')).not.toHaveTextContent('Not quite');
		expect(question('signal')).not.toHaveTextContent('your prediction');
		expect(document.activeElement).toBe(first.getAllByRole('radio')[0]);
		expect(status()).toBe('Question 1: your answer is cleared; choose a new prediction.');
		// the other answer stays, on the page and kept
		expect(JSON.parse(sessionStorage.getItem(STORAGE_KEY)!)).toEqual({ 'test/rest': 'rest' });
		expect(question('rest')).toHaveAttribute('data-answered', 'true');
		expect(within(question('rest')).getByRole('radio', { name: /At rest/ })).toBeChecked();
		expect(question('rest').querySelector('.outcome')).toHaveTextContent('Right: At rest.');

		// and it is asked again as new: a new prediction is checked and kept
		await answer('signal', 'Yes, a signal leaves');
		expect(question('signal').querySelector('.outcome')).toHaveTextContent('Right: Yes, a signal leaves.');
		expect(JSON.parse(sessionStorage.getItem(STORAGE_KEY)!)).toEqual({
			'test/signal': 'yes',
			'test/rest': 'rest'
		});
		expect(onshow).toHaveBeenCalledTimes(3);
	});

	it('a kept answer, from before a reload, can be tried again too', async () => {
		sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ 'test/rest': 'open' }));
		render(Questions, { scope: 'test', questions: asked, ui: fr, lang: 'fr', live: true });
		await tick();
		await fireEvent.click(within(question('rest')).getByRole('button', { name: 'Réessayer' }));
		expect(sessionStorage.getItem(STORAGE_KEY)).toBeNull();
		expect(status()).toBe(
			'Question\u00a02\u00a0: votre réponse est effacée, choisissez une nouvelle prédiction.'
		);
	});
});

describe('the settings a case replaced, offered back', () => {
	it('under the feedback of the question that replaced them; used, it says so and is gone', async () => {
		const onrestore = vi.fn(() => 'The lab is back to your values. Vm −35.7 mV.');
		// as the lab gives it once the question's case has replaced the student's settings (LabQuestions)
		const { rerender } = render(Questions, {
			scope: 'lab',
			questions: asked,
			ui,
			lang: 'en',
			live: true,
			onshow: () => {},
			gives: () => 'Vm −56.9 mV.',
			restore: { question: 'signal', onrestore, arrived: true }
		});
		await answer('signal', 'No signal');
		const feedback = question('signal').querySelector('[data-restore]')!;
		expect(feedback).toHaveTextContent(
			'The lab shows this case instead of your values; “Back to my values” brings them back.'
		);
		expect(status()).toMatch(
			/The figure now shows the signal\. Vm −56\.9 mV\. The lab shows this case instead/
		);
		expect(question('rest').querySelector('[data-restore]')).toBeNull();

		await fireEvent.click(within(question('signal')).getByRole('button', { name: 'Back to my values' }));
		await rerender({ restore: null });
		expect(onrestore).toHaveBeenCalledOnce();
		expect(status()).toBe('The lab is back to your values. Vm −35.7 mV.');
		expect(question('signal').querySelector('[data-restore]')).toBeNull();
		expect(question('signal').querySelector('[data-gives]')).toBeNull(); // no longer what the lab shows
		expect(document.activeElement).toHaveTextContent('Show it again');
	});
});
