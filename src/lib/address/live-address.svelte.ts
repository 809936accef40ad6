import { replaceState } from '$app/navigation';
import { page } from '$app/state';

/**
 * The query the page's figures have written since it opened. SvelteKit's shallow routing (replaceState)
 * changes the address bar but not page.url, so whatever builds a link from the page's state (the language
 * switch) reads it here.
 */
let written = $state<{ opened: string; query: string } | null>(null);

/**
 * Replaces the address's query, keeping its path and its #section: no history entry, so Back still leaves
 * the page rather than walking back through every step.
 */
export function replaceQuery(query: string) {
	const { pathname, hash, search } = location;
	if (query === search || (query === '' && search === '?')) return;
	// eslint-disable-next-line svelte/no-navigation-without-resolve -- the page's own path, base included
	replaceState(pathname + query + hash, page.state);
	// page.url keeps the address the page was opened at: a later navigation, even to the same page, starts afresh
	written = { opened: page.url.href, query };
}

/** The query of the page at `url` as it stands now: what its figures wrote, else what it opened with. */
export function currentQuery(url: URL): string {
	return written?.opened === url.href ? written.query : url.search;
}
