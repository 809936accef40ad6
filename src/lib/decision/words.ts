import { defineCatalogue } from '$lib/i18n/catalogue';
import type fr from './messages/fr.json';

export type DecisionWords = typeof fr;

/**
 * The words of the choosing page’s “what matters to me”, a language at a time: they travel with that page's
 * islands (each loads its language before it starts: `prepare`, hydrate.ts), never with the site's catalogue
 * that every page loads. Both languages in the islands' code cost the choosing page 0.8 KB of its 45 KB
 * budget. English must have every French key (type check); the server loads them with the page's words.
 */
export const { load: loadDecisionWords, get: decisionWords } = defineCatalogue<DecisionWords>(
	'choosing page words',
	{ fr: () => import('./messages/fr.json'), en: () => import('./messages/en.json') }
);

/** The words of a 0–4 scale's answers, 0 first (answers.ts's VALUE_MAX is 4): a radio button each. */
export const scaleWordsOf = (w: DecisionWords) => [
	w.chooseScale0,
	w.chooseScale1,
	w.chooseScale2,
	w.chooseScale3,
	w.chooseScale4
];
