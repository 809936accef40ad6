import type { Component, Snippet } from 'svelte';
import { render } from 'svelte/server';
import SnippetText from './SnippetText.svelte';

/**
 * An island's HTML, rendered on its own (server side, at prerender): exactly what `hydrate` expects to find
 * in its element, hydration markers included, which a component rendered inside the page would not have.
 * Each island of a page has its own `idPrefix`, so that the ids its components make ($props.id()) are
 * unique on the page; the browser reads them back from the HTML when it hydrates.
 */
export function islandHtml<P extends Record<string, unknown>>(
	component: Component<P>,
	props: P,
	context: Map<unknown, unknown>,
	idPrefix: string
): string {
	return render(component, { props, context, idPrefix }).body;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/**
 * The text of a snippet of plain words (a glossary term's words in a sentence), to hand an island as data.
 * Markup in it fails the build: an island would show its tags as text.
 */
export function snippetText(snippet: Snippet): string {
	const html = render(SnippetText, { props: { snippet } }).body.replace(/<!--[^]*?-->/g, '');
	if (/<[a-z]/i.test(html)) throw new Error(`Only plain words can go to an island as text: ${html}`);
	return html.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => entities[name]!).trim();
}
