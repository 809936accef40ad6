import { resolve } from '$app/paths';
import type { Lang } from './languages';

type RouteParams = Partial<Record<string, string>>;

// resolve() is typed against the literal route ids; a language switch works on whichever route it is
// shown on, so it takes the id as a plain string (resolve_route fills [lang=lang] and any other segment).
const resolveRoute = resolve as unknown as (routeId: string, params: RouteParams) => string;

/**
 * The URL of the same page in another language, base path included: the route id stays, only the
 * [lang] parameter changes. Every page URL ends with "/" (trailingSlash: 'always').
 */
export function pageInLanguage(routeId: string, params: RouteParams, lang: Lang): string {
	const path = resolveRoute(routeId, { ...params, lang });
	return path.endsWith('/') ? path : `${path}/`;
}

/** The home page of a language: /fr/ or /en/. */
export function homeOf(lang: Lang): string {
	return pageInLanguage('/[lang=lang]', {}, lang);
}
