import type { Lang } from './languages';
import { pageSlugs, translateSlug, type PageKey } from './pages';
import { resolveRoute } from './resolve-route';

type RouteParams = Partial<Record<string, string>>;

/** Where a reader is: the page's language, its SvelteKit route id ("/[lang=lang]/[page=page]") and params. */
export interface PageAddress {
	lang: Lang;
	routeId: string;
	params: RouteParams;
}

/**
 * The URL of the same page in another language, base path included: the route id stays, the [lang]
 * parameter changes, and so does a [page] slug that is a word (hydrotomie ↔ hydrotomy, see pages.ts).
 * Other parameters ([scene]) are the same in every language. Every page URL ends with "/"
 * (trailingSlash: 'always').
 */
export function pageInLanguage(routeId: string, params: RouteParams, lang: Lang): string {
	const translated: RouteParams = { ...params, lang };
	if (params.page !== undefined) translated.page = translateSlug(params.page, lang);
	const path = resolveRoute(routeId, translated);
	return path.endsWith('/') ? path : `${path}/`;
}

/** The home page of a language: /fr/ or /en/. */
export function homeOf(lang: Lang): string {
	return pageInLanguage('/[lang=lang]', {}, lang);
}

/** One of the pages named in pages.ts, in a language: pagePath('hydrotomy', 'fr') → /fr/hydrotomie/. */
export function pagePath(key: PageKey, lang: Lang): string {
	return pageInLanguage('/[lang=lang]/[page=page]', { page: pageSlugs[key][lang] }, lang);
}

/** The references page, or one entry on it: referencePath('fr', 'wu-2017') → /fr/references/#ref-wu-2017. */
export function referencePath(lang: Lang, id?: string): string {
	const page = pageInLanguage('/[lang=lang]/references', {}, lang);
	return id ? `${page}#ref-${id}` : page;
}

/** A figure's own page: scenePath('k2p', 'fr') → /fr/scenes/k2p/. */
export function scenePath(id: string, lang: Lang): string {
	return pageInLanguage('/[lang=lang]/scenes/[scene=scene]', { scene: id }, lang);
}

/** The consultation builder, where figures are lined up: consultationPath('fr') → /fr/consultation/. */
export function consultationPath(lang: Lang): string {
	return pageInLanguage('/[lang=lang]/consultation', {}, lang);
}

/** The index of every figure: scenesIndexPath('fr') → /fr/scenes/. */
export function scenesIndexPath(lang: Lang): string {
	return pageInLanguage('/[lang=lang]/scenes', {}, lang);
}
