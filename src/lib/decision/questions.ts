import { languages, type Lang } from '$lib/i18n/languages';
import { SURE_IDS } from './sure';
// `with { type: 'json' }`: the end-to-end tests import this module in Node, which asks for it
import en from './items/en.json' with { type: 'json' };
import fr from './items/fr.json' with { type: 'json' };

/*
 * The questions and values of the "choosing" page, shared with the printable sheets. Their words are in
 * items/fr.json and items/en.json, one group per list, by id. The ids, and their order, are here: they are
 * what `answers.ts` stores, so they must never change once published (add new ones; retire old ones by
 * leaving them out of the lists, never by reusing their ids). tests/unit/decision-items.test.ts checks that
 * every id has its words in both languages and that no words are left without an id.
 */
const words = { fr, en } satisfies Record<Lang, typeof fr>;
type Group = keyof typeof fr;

export interface Item {
	id: string;
	text: Readonly<Record<Lang, string>>;
}

const wordsOf = (group: Group, id: string, lang: Lang): string | undefined =>
	(words[lang][group] as Readonly<Record<string, string>>)[id];

const listed = (group: Group, ids: readonly string[]): readonly Item[] =>
	ids.map((id) => ({
		id,
		text: Object.fromEntries(languages.map((lang) => [lang, wordsOf(group, id, lang) ?? ''])) as Item['text']
	}));

/** Questions a reader can tick to ask the practitioner. */
export const practitionerQuestions = listed('practitionerQuestions', [
	'diagnosis',
	'evidence',
	'alternatives',
	'product',
	'risks',
	'medicines',
	'sessions-cost',
	'no-change',
	'ultrasound',
	'anaesthetic-dose'
]);

/** The two techniques the site explains, as a sheet names the one it is about. */
export type Technique = 'glucopuncture' | 'hydrotomy';

/**
 * The questions that ask about one technique only, by the technique they fit: glucopuncture is guided by
 * ultrasound and its injections are glucose alone; hydrotomy's saline goes just under the skin, with a local
 * anaesthetic. A sheet about one technique does not suggest the other's question (it prints it if ticked: a
 * patient may well ask about ultrasound before hydrotomy).
 */
const onlyFor: Readonly<Record<string, Technique>> = {
	ultrasound: 'glucopuncture',
	'anaesthetic-dose': 'hydrotomy'
};

/** The questions a sheet about `technique` suggests: every one but those of the other technique. */
export const questionsFor = (technique: Technique): readonly Item[] =>
	practitionerQuestions.filter((question) => (onlyFor[question.id] ?? technique) === technique);

/** What may matter to a reader, each rated 0 (not at all) to 4 (very much). */
export const values = listed('values', [
	'avoid-needles',
	'proven',
	'cost',
	'time',
	'side-effects',
	'try-something',
	'lasting-relief',
	'avoid-surgery'
]);

/**
 * The SURE test (Légaré et al. 2010, Can Fam Physician 56:e308; French wording of its authors, with "ce qui
 * constitue" made "ce qui est" for a reader with little schooling): four yes/no questions; a "no" to any of
 * them suggests the reader is not yet ready to decide. The page names it once, in brackets: "SURE" means
 * nothing to a French reader, "ready to decide?" does.
 */
export const sureQuestions = listed('sureQuestions', SURE_IDS);

/** A SURE question's topic in a few words (what the printed sheet names for a "no"), or its whole question. */
export const sureTopic = (question: Item, lang: Lang): string =>
	wordsOf('sureTopics', question.id, lang) ?? question.text[lang];

/** An item's words in one language: what an island is handed, not the lists in both languages. */
export interface ItemWords {
	id: string;
	text: string;
}

/** The lists' words in one language, for the islands that show them (the choosing form, a sheet's answers). */
export type ListsWords = {
	questions: readonly ItemWords[];
	values: readonly ItemWords[];
	/** each SURE question, with the few words a printed sheet names it by */
	sure: readonly (ItemWords & { topic: string })[];
	/** on a sheet about one technique, the questions it suggests when none is ticked (questionsFor) */
	suggested?: readonly string[];
};

/**
 * The lists' words in `lang`, at prerender: handed to the islands as props (WhatMatters.svelte,
 * YourAnswers.svelte), so that the browser does not download every list in both languages. A sheet about one
 * technique suggests that technique's questions only (questionsFor), and prints every question ticked.
 */
export function listsWords(lang: Lang, technique?: Technique): ListsWords {
	const inLang = ({ id, text }: Item): ItemWords => ({ id, text: text[lang] });
	return {
		questions: practitionerQuestions.map(inLang),
		values: values.map(inLang),
		sure: sureQuestions.map((question) => ({ ...inLang(question), topic: sureTopic(question, lang) })),
		...(technique && { suggested: questionsFor(technique).map((question) => question.id) })
	};
}
