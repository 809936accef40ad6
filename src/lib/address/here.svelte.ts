import { untrack } from 'svelte';
import { browser as BROWSER } from '$app/environment';

/**
 * The page's address as it stands now, for whatever builds a link from the page's state (the language
 * switch keeps the figure's step and parameters): the address the page opened at, then each query its
 * figures wrote (replaceQuery) and each #section followed. The pages have no SvelteKit client (they are
 * made of islands, src/lib/islands), so this reads and writes the browser's own location and history.
 */
let href = $state<string | null>(BROWSER ? location.href : null);

if (BROWSER) {
	// a link to #a-section, or Back to the section read before
	addEventListener('hashchange', () => (href = location.href));
	addEventListener('popstate', () => (href = location.href));
}

/** The address now: null while prerendering (the server never sees a query or a #section). */
export function here(): URL | null {
	// a fresh copy on each read, for reading: the state is the address's text
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	return href === null ? null : new URL(href);
}

/**
 * Replaces the address's query, keeping its path and its #section: no history entry, so Back still leaves
 * the page rather than walking back through every step.
 */
export function replaceQuery(query: string) {
	const { pathname, hash, search } = location;
	if (query === search || (query === '' && search === '?')) return;
	history.replaceState(history.state, '', pathname + query + hash);
	href = location.href;
}

/**
 * Keeps the address as it is now in the history: the next replaceQuery writes a new entry, and Back returns
 * here. For a move the reader did not make by hand, which sends a page to another case (a question shows its
 * case in the lab): a case given by a link is then one Back away, not lost.
 */
export function keepInHistory() {
	history.pushState(history.state, '', location.href);
	href = location.href;
}

/**
 * The step a figure's page was opened at (`?step=`), read once when the page opens: the figure then writes
 * its own steps into the address, which must not send it back to where it began. Null while prerendering.
 */
export function openedStep(): string | null {
	return untrack(() => here()?.searchParams.get('step') ?? null);
}
