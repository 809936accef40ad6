import type { Lang } from '$lib/i18n/languages';

/**
 * What each reference is, in one line per language ("Randomised trial, 60 wrists"), as a badge's sheet
 * shows it. vite.config.ts derives this table from the `study` fields of src/content/references.ts at build
 * time (`define`), as it does the short names (citations.ts): a page with badges carries these lines, not
 * the whole bibliography.
 */
declare const __REFERENCE_STUDIES__: Readonly<Record<string, { fr: string; en: string }>>;

/** The line for a reference, or undefined where its entry has none (a unit test keeps badges covered). */
export function referenceStudy(id: string, lang: Lang): string | undefined {
	return __REFERENCE_STUDIES__[id]?.[lang];
}
