import { getContext, setContext } from 'svelte';
import { langContextKey } from '$lib/i18n/context';
import type { Lang } from '$lib/i18n/languages';

const islandPageKey = Symbol('island page');

/** An island page as it is prerendered: how many islands it has so far. */
export interface IslandPage {
	islands: number;
}

/**
 * Marks the page being prerendered as made of islands (every page is: csr = false in routes/+layout.ts):
 * SvelteKit sends it no script, and each <Island> in it is hydrated on its own by boot.ts. Set by the
 * root layout, read by <Island>; absent in the component tests, where <Island> renders its component.
 */
export const provideIslandPage = (islands: boolean) =>
	setContext<IslandPage | null>(islandPageKey, islands ? { islands: 0 } : null);
/** The island page being prerendered; null inside an island, and outside a page (the component tests). */
export const islandPage = () => getContext<IslandPage | null | undefined>(islandPageKey) ?? null;

/**
 * What an island's components may read from context, rebuilt the same way at prerender and in the browser:
 * an island has no parent component to inherit it from. Only the page's language (i18n/context.ts).
 */
export function islandContext(lang: Lang): Map<unknown, unknown> {
	return new Map([[langContextKey, () => lang]]);
}
