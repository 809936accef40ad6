/**
 * The query the page's figures have written since it opened. SvelteKit's shallow routing (replaceState)
 * changes the address bar but not page.url, so whatever builds a link from the page's state (the language
 * switch) reads it here. Writing is in replace-query.ts, loaded with the figures, not with every page.
 */
let written = $state<{ opened: string; query: string } | null>(null);

/** Notes the query written over the page opened at `opened` (page.url.href, which shallow routing keeps). */
export function rememberQuery(opened: string, query: string) {
	written = { opened, query };
}

/** The query of the page at `url` as it stands now: what its figures wrote, else what it opened with. */
export function currentQuery(url: URL): string {
	return written?.opened === url.href ? written.query : url.search;
}
