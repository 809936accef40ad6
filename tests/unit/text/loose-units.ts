import type { Lang } from '$lib/i18n/languages';

/** the units the site writes, which a plain space must not part from their number in either language */
const UNITS = 'mm|mM|mV|mL|°C|cm|µm|nm|mmol|mg|kg|g|L|h|min|ms|s|G';

/** spans of time in words: a line that starts with "mois" or "months" reads as badly as one that starts with "mm" */
const TIME_WORDS: Readonly<Record<Lang, string>> = {
	fr: 'secondes?|minutes?|heures?|jours?|semaines?|mois|ans|années?',
	en: 'seconds?|minutes?|hours?|days?|weeks?|months?|years?'
};

const patterns = Object.fromEntries(
	(Object.keys(TIME_WORDS) as Lang[]).map((lang) => [
		lang,
		new RegExp(`.{0,16}[\\d}] (?:${UNITS}|${TIME_WORDS[lang]})(?![\\p{L}’']).{0,8}`, 'gu')
	])
) as Record<Lang, RegExp>;

/**
 * A plain space between a number (or a placeholder for one: "{grams} g") and its unit ("43 °C", "4 mm",
 * "6 months"), with some text around it: both
 * languages keep them together with a no-break space, so that no line starts with the unit (the English sheet
 * printed "less than 0.5" at one line's end and "mmol/L" at the next's start). A unit is one the site writes,
 * not the start of a word ("TRPV1 s’ouvre", "5 good"), or a span of time in words.
 */
export const looseUnits = (text: string, lang: Lang): string[] => text.match(patterns[lang]) ?? [];
