import { languages, type Lang } from './languages';

/**
 * The pages whose address is a word, and so differs by language: one key per page, its slug in each
 * language. This one table drives the route (/[lang=lang]/[page=page] serves every slug here and nothing
 * else), the content file it loads (src/content/<lang>/<slug>.md), internal links (pagePath) and the
 * language switch (pageInLanguage translates the [page] segment through it).
 *
 * Pages whose segment is the same in both languages (references, scenes/<id>) keep their own routes.
 */
export const pageSlugs = {
	glucopuncture: { fr: 'glucopuncture', en: 'glucopuncture' },
	hydrotomy: { fr: 'hydrotomie', en: 'hydrotomy' },
	glossary: { fr: 'glossaire', en: 'glossary' },
	about: { fr: 'a-propos', en: 'about' },
	choosing: { fr: 'choisir', en: 'choosing' },
	lab: { fr: 'labo', en: 'lab' },
	'handout-glucopuncture': { fr: 'fiche-glucopuncture', en: 'handout-glucopuncture' },
	'handout-hydrotomy': { fr: 'fiche-hydrotomie', en: 'handout-hydrotomy' }
} as const satisfies Record<string, Record<Lang, string>>;

export type PageKey = keyof typeof pageSlugs;
export const pageKeys = Object.keys(pageSlugs) as PageKey[];

/**
 * The page a slug names. With a language, only that language's slug counts (/en/hydrotomie/ is no page);
 * without one, a slug of any language does (the language switch starts from the page being read).
 */
export function pageKeyOf(slug: string, lang?: Lang): PageKey | undefined {
	return pageKeys.find((key) =>
		lang ? pageSlugs[key][lang] === slug : languages.some((l) => pageSlugs[key][l] === slug)
	);
}

/** Whether a path segment is the slug of one of these pages in some language (the [page] matcher). */
export function isPageSlug(value: string): boolean {
	return pageKeyOf(value) !== undefined;
}

/** The slug of the same page in another language; a slug this table does not know is kept as it is. */
export function translateSlug(slug: string, lang: Lang): string {
	const key = pageKeyOf(slug);
	return key ? pageSlugs[key][lang] : slug;
}
