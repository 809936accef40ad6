import { replaceState } from '$app/navigation';
import { page } from '$app/state';
import { rememberQuery } from './live-address.svelte';

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
	rememberQuery(page.url.href, query);
}
