import { describe, expect, it } from 'vitest';
import { sureQuestions, sureTopic } from '$lib/decision/questions';
import { sureSaid, sureVerdict } from '$lib/decision/sure';

// The SURE test (Légaré et al. 2010): four yes/no questions; a single "no" flags a decision not yet settled.
const all = (answer: (id: string, i: number) => boolean) =>
	Object.fromEntries(sureQuestions.map((question, i) => [question.id, answer(question.id, i)]));

describe('sureVerdict', () => {
	it.each([
		['nothing answered', {}, null],
		['three of four answered yes', { ...all(() => true), [sureQuestions[3]!.id]: undefined }, null],
		['all four yes', all(() => true), 'all-yes'],
		['one no among four', all((_, i) => i !== 1), 'some-no'],
		['a single no, the rest not answered yet', { [sureQuestions[0]!.id]: false }, 'some-no'],
		['a no under an id no question has', { ...all(() => true), retired: false }, 'all-yes'],
		['all four no', all(() => false), 'some-no']
	] as const)('%s → %s', (_name, sure, verdict) => {
		expect(sureVerdict(sure as Record<string, boolean>)).toBe(verdict);
	});

	it('asks the four questions of the test', () => {
		expect(sureQuestions).toHaveLength(4);
	});
});

describe('sureTopic', () => {
	it.each(
		sureQuestions.flatMap((question) =>
			(['fr', 'en'] as const).map((lang) => [question.id, lang, question] as const)
		)
	)('%s (%s) is named in a few words, not by its whole question', (_id, lang, question) => {
		const topic = sureTopic(question, lang);
		expect(topic.length).toBeGreaterThan(5);
		expect(topic.length).toBeLessThan(question.text[lang].length / 1.5);
	});

	it('falls back to the whole question for one it has no words for', () => {
		const question = { id: 'new-question', text: { fr: 'Une question ?', en: 'A question?' } };
		expect(sureTopic(question, 'en')).toBe('A question?');
	});
});

describe('sureSaid', () => {
	const w = { chooseSureAllYes: 'ready', chooseSureSomeNo: 'talk it over' };
	it.each([
		['all-yes', 'ready'],
		['some-no', 'talk it over'],
		[null, '']
	] as const)('says %s as "%s"', (verdict, said) => {
		expect(sureSaid(verdict, w)).toBe(said);
	});
});
