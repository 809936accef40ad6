import { format } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/languages';
import { isForeignKey } from './foreign-keys';
import { quotedList, quotedValue } from './quotable';

/**
 * The keys of an address a tool (a figure, the lab) does not have, `own` telling its own: neither its nor the
 * site's nor a link tracker's (foreign-keys.ts), so most likely one of its own mistyped (`k_out` for `Ko`,
 * `temperature` for `heat_C`). Each once, in the address's order.
 */
export const unknownKeys = (names: readonly string[], own: (name: string) => boolean): string[] => [
	...new Set(names.filter((name) => name && !isForeignKey(name) && !own(name)))
];

/** A tool's words for that note: one key quoted, one not quotable, several; and how a list quotes and counts. */
export interface UnknownKeysWords {
	one: string;
	unquoted: string;
	several: string;
	quoted: string;
	countOne: string;
	countOther: string;
}

/**
 * The note on those keys, with `keys`, the ones the tool reads, so that whoever mistyped one can mend the link:
 * the names that look like keys quoted, three at most, the rest counted (quotable.ts), never a sentence.
 */
export function unknownKeysNote(
	names: readonly string[],
	keys: readonly string[],
	words: UnknownKeysWords,
	lang: Lang
): string {
	const list = keys.join(', ');
	if (names.length > 1) {
		const counted = { quoted: words.quoted, one: words.countOne, other: words.countOther };
		return format(words.several, { given: quotedList(names, lang, counted), keys: list });
	}
	const given = quotedValue(names[0] ?? '');
	return given === null ? format(words.unquoted, { keys: list }) : format(words.one, { given, keys: list });
}
