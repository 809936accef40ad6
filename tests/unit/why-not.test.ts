import { describe, expect, it } from 'vitest';
import type { EvidenceLevel } from '$lib/evidence/levels';
import type { Lang } from '$lib/i18n/languages';
import { languages } from '$lib/i18n/languages';
import { labQuestionsFor } from '$lib/questions/lab/asked';
import { labQuestions } from '$lib/questions/lab/questions';
import labEn from '$lib/questions/lab/en.json';
import labFr from '$lib/questions/lab/fr.json';
import type { Question, QuestionWords } from '$lib/questions/define';
import { questionsOf, questionWordsOf, sceneQuestions } from '$lib/questions/questions.server';
import { sceneIds } from '$lib/scenes/ids';

// Predict, then see: a student who picks a wrong option reads why it is wrong, the misconception it holds
// named and corrected (src/lib/questions/define.ts, `whyNot`). Every wrong option of every question says so,
// in both languages, in a sentence or two; the answer never does. Its numbers are the question's own, and a
// question about a hypothesis or an unsupported claim keeps its hedge in each of them.

interface Asked {
	where: string;
	question: Question<unknown>;
	words: Record<Lang, QuestionWords>;
}
const lab = { fr: labFr as Record<string, QuestionWords>, en: labEn as Record<string, QuestionWords> };
const all: Asked[] = [
	...sceneIds.flatMap((id) =>
		questionsOf(id).map((question) => ({
			where: `${id}/${question.id}`,
			question,
			words: {
				fr: questionWordsOf(id, 'fr')[question.id]!,
				en: questionWordsOf(id, 'en')[question.id]!
			}
		}))
	),
	...labQuestions.map((question) => ({
		where: `lab/${question.id}`,
		question,
		words: { fr: lab.fr[question.id]!, en: lab.en[question.id]! }
	}))
];

/** the numbers a text names, "3,5" and "3.5" alike; digits inside a name (K2P, TRPV1) are not numbers */
const numbers = (text: string) =>
	new Set([...text.matchAll(/(?<![\p{L}\p{N}_])\d+(?:[.,]\d+)?/gu)].map((m) => m[0].replace(',', '.')));

/**
 * The certainty words of plain-words.test.ts: a hypothesis is something "we do not know" or "might" be, an
 * unsupported claim "has not been shown". A wrong option's reason on such a question says as much.
 */
const hedges: Record<Lang, Partial<Record<EvidenceLevel, RegExp>>> = {
	en: {
		hypothesis: /\b(we do not know|perhaps|might|plausible|not been (tested|measured))\b/i,
		unsupported:
			/\b(not been shown|not (been )?proven|no (controlled |sound )?trial|has not|have not|no evidence)\b/i
	},
	fr: {
		hypothesis: /(on ne (le )?sait pas|peut-être|plausible|pas été (testé|mesuré))/i,
		unsupported: /(pas été montré|aucun essai|n’a pas|pas de preuve|pas assez prouvé|aucun)/i
	}
};

describe.each(all.map((a) => [a.where, a] as const))('why the wrong options of %s are wrong', (_where, a) => {
	const { question, words } = a;
	const wrong = question.options.filter((option) => option !== question.answer);

	it.each(languages)(
		'in %s: one reason for each wrong option, none for the answer nor for an option it lacks',
		(lang) => {
			const whyNot = words[lang].whyNot ?? {};
			expect(Object.keys(whyNot).sort()).toEqual([...wrong].sort());
			for (const option of wrong) {
				const text = whyNot[option]!;
				expect(text.trim(), option).not.toBe('');
				expect(text, option).not.toMatch(/NaN|undefined|Infinity|\{|\}/);
				// one sentence, two at most, short enough to read under the option
				expect(text.split(/[.!?…](?=\s|$)/).filter((s) => s.trim()).length, option).toBeLessThanOrEqual(2);
				expect(text.split(/ +/).length, option).toBeLessThanOrEqual(45);
				// it corrects the option, it does not repeat it
				expect(text, option).not.toBe(words[lang].options[option]);
				expect(text, option).not.toBe(words[lang].explain);
			}
		}
	);

	it('says the same in French and English, with the same numbers, and translates it', () => {
		for (const option of wrong) {
			const fr = words.fr.whyNot[option]!;
			const en = words.en.whyNot[option]!;
			expect(fr, option).not.toBe(en);
			expect([...numbers(fr)].sort(), option).toEqual([...numbers(en)].sort());
		}
	});

	it.each(languages)('in %s, names only numbers the question itself names', (lang) => {
		// the quantities of a reason are those of the prompt, the options and the explanation: a number the
		// question does not name is one no reviewer checked against the figure's model
		const w = words[lang];
		const own = numbers([w.prompt, w.explain, ...Object.values(w.options)].join(' '));
		for (const option of wrong)
			expect(
				[...numbers(w.whyNot[option]!)].filter((n) => !own.has(n)),
				option
			).toEqual([]);
	});

	it.each(languages)('in %s, keeps the hedge of a hypothesis or unsupported claim', (lang) => {
		const hedge = hedges[lang][question.level];
		if (!hedge) return;
		for (const option of wrong) expect(words[lang].whyNot[option], option).toMatch(hedge);
	});
});

describe('the questions as a page shows them', () => {
	it.each(languages)('in %s, carry each wrong option’s reason, and none on the answer', (lang) => {
		const asked = [...sceneIds.flatMap((id) => sceneQuestions(id, lang)), ...labQuestionsFor(lang)];
		expect(asked.length).toBe(all.length);
		for (const question of asked)
			for (const option of question.options) {
				if (option.id === question.answer) expect(option.whyNot, question.id).toBeUndefined();
				else expect(option.whyNot?.trim(), `${question.id}: ${option.id}`).toBeTruthy();
			}
	});
});
