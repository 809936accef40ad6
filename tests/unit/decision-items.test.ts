import { describe, expect, it } from 'vitest';
import en from '$lib/decision/items/en.json';
import fr from '$lib/decision/items/fr.json';
import { listsWords, practitionerQuestions, sureQuestions, sureTopic, values } from '$lib/decision/questions';
import { SURE_IDS } from '$lib/decision/sure';
import { languages } from '$lib/i18n/languages';

// The choosing page's lists are ids in questions.ts and words in items/<lang>.json: a question added to one
// and not the other would show an empty line, or words no reader ever sees.
const catalogues = { fr, en } as const;
const lists = { practitionerQuestions, values, sureQuestions } as const;

describe('the choosing page’s questions and values', () => {
	it.each(Object.entries(lists))('%s: each id once, with its words in every language', (_group, list) => {
		const ids = list.map((item) => item.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const item of list) {
			for (const lang of languages) expect(item.text[lang].trim(), `${item.id} ${lang}`).not.toBe('');
			expect(item.text.en, item.id).not.toBe(item.text.fr);
		}
	});

	it.each(languages)('%s has words for the listed ids only', (lang) => {
		const catalogue = catalogues[lang];
		for (const [group, list] of Object.entries(lists))
			expect(Object.keys(catalogue[group as keyof typeof lists]).sort(), group).toEqual(
				list.map((item) => item.id).sort()
			);
		expect(Object.keys(catalogue.sureTopics).sort()).toEqual(sureQuestions.map((item) => item.id).sort());
	});

	it('names a SURE question’s topic in a few words, shorter than the question', () => {
		for (const lang of languages)
			for (const question of sureQuestions) {
				const topic = sureTopic(question, lang);
				expect(topic.length, topic).toBeLessThan(question.text[lang].length);
				expect(topic).not.toMatch(/\?$/);
			}
	});
});

describe('the lists’ words handed to an island, in one language', () => {
	it.each(['fr', 'en'] as const)('%s: every item of every list, in that language only', (lang) => {
		const words = listsWords(lang);
		const other = listsWords(lang === 'fr' ? 'en' : 'fr');
		expect(words.questions.map((item) => item.id)).toEqual(practitionerQuestions.map((item) => item.id));
		expect(words.values.map((item) => item.id)).toEqual(values.map((item) => item.id));
		expect(words.sure.map((item) => item.id)).toEqual([...SURE_IDS]);
		for (const [i, item] of [...words.questions, ...words.values, ...words.sure].entries()) {
			expect(item.text.length, item.id).toBeGreaterThan(3);
			expect(item.text, item.id).not.toBe([...other.questions, ...other.values, ...other.sure][i]!.text);
		}
		// a printed sheet names a SURE "no" by its topic, in a few words
		for (const item of words.sure) expect(item.topic.length).toBeLessThan(item.text.length);
	});
});
