import type { Lang } from './languages';

/**
 * How the site writes a date, one way per language: "30 novembre 2026", and in English the British
 * "30 November 2026", as the English pages spell "anaesthetic" and "randomised". A printed sheet once
 * carried "Printed on 2 December 2026" above "Last reviewed: November 30, 2026".
 */
const dateLocale = { fr: 'fr-FR', en: 'en-GB' } as const satisfies Record<Lang, string>;

/** a day as words in the page's language; `timeZone: 'UTC'` for a day written as an ISO date */
export function longDate(lang: Lang, date: Date, timeZone?: string): string {
	return new Intl.DateTimeFormat(dateLocale[lang], { dateStyle: 'long', timeZone }).format(date);
}
