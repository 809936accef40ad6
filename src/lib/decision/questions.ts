import type { Lang } from '$lib/i18n/languages';

/**
 * The questions and values of the "choosing" page, shared with the printable sheets: their ids are what
 * `answers.ts` stores, so they must never change once published (add new ones; retire old ones by leaving
 * them out of the lists, never by reusing their ids).
 */
type Words = Readonly<Record<Lang, string>>;
interface Item {
	id: string;
	text: Words;
}

/** Questions a reader can tick to ask the practitioner. */
export const practitionerQuestions: readonly Item[] = [
	{
		id: 'diagnosis',
		text: {
			fr: 'Quel est exactement mon diagnostic, et comment a-t-il été posé ?',
			en: 'What exactly is my diagnosis, and how was it made?'
		}
	},
	{
		id: 'evidence',
		text: {
			fr: 'Quelles études ont testé ce traitement pour mon problème précis, contre quoi, et sur combien de personnes ?',
			en: 'Which studies have tested this treatment for my exact problem, against what, and in how many people?'
		}
	},
	{
		id: 'alternatives',
		text: {
			fr: 'Quelles sont les autres options, y compris attendre, et que donnent-elles ?',
			en: 'What are the other options, including waiting, and what do they offer?'
		}
	},
	{
		id: 'product',
		text: {
			fr: 'Qu’allez-vous injecter exactement, en quelle quantité, avec ou sans anesthésique ?',
			en: 'What exactly will you inject, how much, with or without an anaesthetic?'
		}
	},
	{
		id: 'risks',
		text: {
			fr: 'Quels risques prévoyez-vous pour moi, et que faire si un problème survient après la séance ?',
			en: 'What risks do you foresee for me, and what should I do if something goes wrong after the session?'
		}
	},
	{
		id: 'medicines',
		text: {
			fr: 'Mes médicaments (anticoagulant, traitement du diabète) ou ma santé (cœur, reins) changent-ils quelque chose ?',
			en: 'Do my medicines (blood thinners, diabetes treatment) or my health (heart, kidneys) change anything?'
		}
	},
	{
		id: 'sessions-cost',
		text: {
			fr: 'Combien de séances sont prévues, à quel prix, et sont-elles remboursées ?',
			en: 'How many sessions are planned, at what cost, and are they reimbursed?'
		}
	},
	{
		id: 'no-change',
		text: {
			fr: 'Que fera-t-on si la douleur ne change pas, et au bout de combien de temps ?',
			en: 'What will we do if the pain does not change, and after how long?'
		}
	},
	{
		id: 'ultrasound',
		text: {
			fr: 'L’injection sera-t-elle guidée par échographie ?',
			en: 'Will the injection be guided by ultrasound?'
		}
	},
	{
		id: 'anaesthetic-dose',
		text: {
			fr: 'Combien d’anesthésique local recevrai-je en tout ?',
			en: 'How much local anaesthetic will I receive in all?'
		}
	}
];

/** What may matter to a reader, each rated 0 (not at all) to 4 (very much). */
export const values: readonly Item[] = [
	{ id: 'avoid-needles', text: { fr: 'Éviter les piqûres', en: 'Avoiding needles' } },
	{
		id: 'proven',
		text: {
			fr: 'Choisir ce qui a été testé dans des essais solides',
			en: 'Choosing what has been tested in sound trials'
		}
	},
	{ id: 'cost', text: { fr: 'Le coût', en: 'The cost' } },
	{
		id: 'time',
		text: { fr: 'Le temps (séances, déplacements)', en: 'Time (sessions and travel)' }
	},
	{ id: 'side-effects', text: { fr: 'Éviter les effets indésirables', en: 'Avoiding side effects' } },
	{
		id: 'try-something',
		text: {
			fr: 'Essayer quelque chose maintenant, même sans preuve solide',
			en: 'Trying something now, even without sound evidence'
		}
	}
];

/**
 * The SURE test (Légaré et al. 2010, Can Fam Physician 56:e308; French wording of its authors): four yes/no
 * questions; a "no" to any of them suggests the reader is not yet ready to decide.
 */
export const sureQuestions: readonly Item[] = [
	{
		id: 'sure',
		text: {
			fr: 'Êtes-vous certain(e) de ce qui constitue le meilleur choix pour vous ?',
			en: 'Do you feel sure about the best choice for you?'
		}
	},
	{
		id: 'understand',
		text: {
			fr: 'Connaissez-vous les bénéfices et les risques de chacune des options ?',
			en: 'Do you know the benefits and risks of each option?'
		}
	},
	{
		id: 'risk-benefit',
		text: {
			fr: 'Savez-vous ce qui compte le plus pour vous parmi ces bénéfices et ces risques ?',
			en: 'Are you clear about which benefits and risks matter most to you?'
		}
	},
	{
		id: 'encouragement',
		text: {
			fr: 'Avez-vous assez de soutien et de conseils pour faire votre choix ?',
			en: 'Do you have enough support and advice to make a choice?'
		}
	}
];

/** What each SURE question asks about, in a few words: what the printed sheet names for a "no". */
const sureTopics: Readonly<Record<string, Words>> = {
	sure: { fr: 'la certitude du choix', en: 'feeling sure of the choice' },
	understand: { fr: 'la connaissance des options', en: 'understanding the options' },
	'risk-benefit': { fr: 'ce qui compte le plus pour vous', en: 'knowing what matters most to you' },
	encouragement: { fr: 'le soutien pour choisir', en: 'having enough support to choose' }
};

/** A SURE question's topic, or its whole question where it has none. */
export const sureTopic = (question: Item, lang: Lang): string =>
	(sureTopics[question.id] ?? question.text)[lang];

/** An item's words by id, or undefined for an id no list has (old or foreign stored data). */
export function itemText(list: readonly Item[], id: string, lang: Lang): string | undefined {
	return list.find((item) => item.id === id)?.text[lang];
}
