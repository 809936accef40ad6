import { format } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/languages';
import { takesSingular } from '$lib/i18n/plural';
import { quoted } from './quoted';

/** The longest piece of an address a note quotes back, in characters. */
export const MAX_QUOTABLE = 24;

// a letter of the Latin script (a, é, Ñ: what ids, units and French words are written in; a letter of another
// script can look like a Latin one or turn the note's own order around), an ASCII digit, or . , + - − _ %
const VALUE_CHARACTER = /^(?:(?=\p{L})\p{Script=Latin}|[0-9.,+\-−_%])+$/u;
// a web domain's shape: a letter or digit, a dot, then a letter (x.fr, refund-nhs.com, www.a.b); a value's
// dot stands between digits (0.5) or ends a word (CANCELLED.)
const DOMAIN_SHAPE = /[\p{L}\p{N}]\.\p{L}/u;
// a phone number's or a net address's shape: three groups of digits in a row (0800-12-34, 185.12.64.3), or
// eight digits in all (0800123456); a value has at most one separator between digits (0.5, -12.5, 1-100)
const NUMBER_SHAPE = /\d[.,\-−_]\d+[.,\-−_]\d|(?:\d\D*){8}/u;

/**
 * Whether text an address gave (never text the reader typed) looks like a value, which a note may quote back:
 * one token (no white space), at most MAX_QUOTABLE characters, made of letters, digits and . , + - − _ %,
 * with no letter after a dot and no phone number's or net address's run of digits. Anything else (a sentence,
 * a phone number, a web address or a bare domain or an IP address, markup) is not quoted: the note says
 * what kind of thing could not be read without repeating it, so that a crafted link cannot put its own
 * sentences on the site's page.
 */
export function looksLikeValue(text: string): boolean {
	const normal = text.normalize('NFC');
	const length = Array.from(normal).length;
	return (
		length > 0 &&
		length <= MAX_QUOTABLE &&
		VALUE_CHARACTER.test(normal) &&
		!DOMAIN_SHAPE.test(normal) &&
		!NUMBER_SHAPE.test(normal)
	);
}

/** Address text as a note may quote it (quoted.ts), or null when it does not look like a value. */
export const quotedValue = (text: string): string | null =>
	looksLikeValue(text) ? quoted(text.normalize('NFC')) : null;

/** At most this many pieces of an address are quoted in one note; the rest are counted. */
export const MAX_QUOTES = 3;

/**
 * Of several values an address gave (a key given more than once), those a note quotes: the first MAX_QUOTES
 * that look like values; `unquoted`: how many others the note counts without quoting them.
 */
export function quotedValues(texts: readonly string[]): { quotes: string[]; unquoted: number } {
	const quotes = texts
		.map(quotedValue)
		.filter((text) => text !== null)
		.slice(0, MAX_QUOTES);
	return { quotes, unquoted: texts.length - quotes.length };
}

/**
 * Several values an address gave for one key, as a note lists them: those quotedValues quotes, each in
 * `words.quoted`'s words ({value}), then how many others it did not quote, in `one` or `other`'s ({count},
 * by the language's plural rule), joined by commas. The lab's notes and the figures' say it alike.
 */
export function quotedList(
	texts: readonly string[],
	lang: Lang,
	words: { quoted: string; one: string; other: string }
): string {
	const { quotes, unquoted } = quotedValues(texts);
	const counted = format(takesSingular(unquoted, lang) ? words.one : words.other, { count: unquoted });
	return [...quotes.map((value) => format(words.quoted, { value })), ...(unquoted ? [counted] : [])].join(
		', '
	);
}
