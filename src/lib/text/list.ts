import type { Lang } from '$lib/i18n/languages';

/**
 * Words joined as a sentence joins them, in the reader's language: "a, b and c", « a, b et c ». The
 * platform's Intl.ListFormat does it; a browser without it (before 2020-21) gets them separated by commas,
 * which reads in either language and keeps the words for "and" out of code.
 */
export function listOf(words: readonly string[], lang: Lang): string {
	if (typeof Intl.ListFormat === 'function')
		return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(words);
	return words.join(', ');
}
