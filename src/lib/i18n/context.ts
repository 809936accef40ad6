import { getContext, setContext } from 'svelte';
import { defaultLang, type Lang } from './languages';

/**
 * The page's language, for components placed inside prose (<EvidenceBadge> in an mdsvex article) that
 * cannot be handed it as a prop. A getter, because a client-side switch keeps the layout and changes the
 * language.
 */
export const langContextKey = Symbol('lang');

export function provideLang(getLang: () => Lang): void {
	setContext(langContextKey, getLang);
}

/** The language set by the nearest [lang] layout; French where there is none (it never is, on a page). */
export function currentLang(): Lang {
	const getLang = getContext<(() => Lang) | undefined>(langContextKey);
	return getLang ? getLang() : defaultLang;
}
