import type * as server from './island-html.server';

/*
 * In the browser an island is hydrated (boot.ts), never rendered to a string; outside an island page (the
 * component tests) <Island> renders its component in place. Resolved instead of island-html.server.ts for
 * the browser (package.json "imports"), so that no script ever carries Svelte's server renderer.
 */

export const islandHtml: typeof server.islandHtml = () => {
	throw new Error('An island is rendered to HTML at prerender only');
};

export const snippetText: typeof server.snippetText = () => {
	throw new Error("A snippet's text is read at prerender only");
};
