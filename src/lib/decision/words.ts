import type { Lang } from '$lib/i18n/languages';
import en from './messages/en.json';
import fr from './messages/fr.json';

/**
 * The words of the choosing page’s “what matters to me”, in both languages: they travel with that page's code (a few hundred bytes),
 * never with the site's catalogue that every page loads. English must have every French key (type check).
 */
export const decisionWords = { fr, en } satisfies Record<Lang, typeof fr>;

/** The words of a 0–4 scale's answers, 0 first (answers.ts's VALUE_MAX is 4): a radio button each. */
export const scaleWordsOf = (w: (typeof decisionWords)['fr']) => [
	w.chooseScale0,
	w.chooseScale1,
	w.chooseScale2,
	w.chooseScale3,
	w.chooseScale4
];
