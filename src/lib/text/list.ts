import type { Lang } from '$lib/i18n/languages';

/**
 * Words joined as a sentence joins them, in the reader's language: "a, b and c", « a, b et c ». The
 * platform's Intl.ListFormat does it; a browser without it (before 2020-21) gets the same with a plain "and".
 */
export function listOf(words: readonly string[], lang: Lang): string {
	if (typeof Intl.ListFormat === 'function')
		return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(words);
	const and = lang === 'fr' ? ' et ' : ' and ';
	return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')}${and}${words.at(-1)}`;
}
