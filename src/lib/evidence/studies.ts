import { defineCatalogue } from '$lib/i18n/catalogue';
import type { Lang } from '$lib/i18n/languages';

/**
 * What each reference is, in one line ("Randomised trial, 60 wrists"), as a badge's sheet shows it.
 * vite.config.ts derives one table per language from the `study` fields of src/content/references.ts at build
 * time (`define`), as it does the short names (citations.ts): a page carries these lines, not the whole
 * bibliography. In the browser a language's table is fetched when a reader first opens a sheet (a sheet is
 * closed until then, and most readers never open one); the prerendered HTML has the lines already, so a page
 * read without a script shows them too.
 */
export type Studies = Readonly<Record<string, { line: string; kind?: string }>>;

const studies = defineCatalogue<Studies>('reference studies', {
	fr: () => import('./studies/fr'),
	en: () => import('./studies/en')
});

/** Fetches a language's lines (a sheet about to open calls it; the prerender calls it for every page). */
export const loadStudies = studies.load;

/** Whether a language's lines are here yet. */
export const studiesLoaded = studies.isLoaded;

/** The line for a reference; undefined where its entry has none or the lines are not loaded yet. */
export function referenceStudy(id: string, lang: Lang): string | undefined {
	return studies.isLoaded(lang) ? studies.get(lang)[id]?.line : undefined;
}

/** The kind of study a reference is (its anchor on the references page, #kind-<id>), where the line has one. */
export function referenceStudyKind(id: string, lang: Lang): string | undefined {
	return studies.isLoaded(lang) ? studies.get(lang)[id]?.kind : undefined;
}
