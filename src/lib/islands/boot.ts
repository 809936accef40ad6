import { hydrate, type Component } from 'svelte';
import { loadMessages } from '$lib/i18n/messages';
import { defaultLang, isLang } from '$lib/i18n/languages';
import { addressLinksForPrint } from '$lib/styles/print-links';
import { islandContext } from './context';
import { readIslandProps } from './props';
import { isIslandName, islands } from './registry';

/*
 * The one script of an island page (built as /_app/islands.js, see vite.config.ts; the page links it in
 * hooks.server.ts): once the page has painted from its HTML, hydrates each [data-island] element with its
 * own component and props. The rest of the page is text and stays as it was prerendered.
 *
 * An island the registry does not know, or whose props cannot be read, stays as prerendered (readable,
 * inert) and is reported in the console; the others are hydrated all the same.
 */

/** Hydrates one island with the component its name stands for, its props and its language. */
async function hydrateIsland(element: HTMLElement) {
	const name = element.dataset.island;
	const props = readIslandProps(element.dataset.props);
	const lang = element.dataset.lang;
	if (!isIslandName(name) || !props || !isLang(lang)) {
		throw new Error('unknown name, props or language');
	}
	const speaks = (element.dataset.speaks ?? '').split(' ').filter(isLang);
	await loadMessages(lang, ...speaks);
	const { default: component } = (await islands[name]()) as { default: Component };
	hydrate(component, { target: element, props, context: islandContext(lang) });
}

const reportFailure = (element: HTMLElement) => (error: unknown) =>
	console.error(`Island "${element.dataset.island ?? '?'}" left as prerendered:`, error);

async function hydrateIslands() {
	const pageLang = document.documentElement.lang;
	const elements = [...document.querySelectorAll<HTMLElement>('[data-island]')];
	await loadMessages(isLang(pageLang) ? pageLang : defaultLang);
	// each island on its own: one that fails (its chunk cannot load offline, a bug) leaves the others working
	await Promise.all(elements.map((element) => hydrateIsland(element).catch(reportFailure(element))));
	addressLinksForPrint();
	// the page's script has taken over (keys, menus, stored answers): what a test waits for before it
	// presses keys, since a page paints and can be used before its script runs
	document.documentElement.dataset.hydrated = '';
}

// Paint first, then hydrate: the page is complete without JavaScript (prerendered text, first frames), so
// on a slow phone the islands' code should not compete with the first paint. Their chunks are fetched and
// run once the first frame is on screen (two animation frames, then a task), or after 150 ms if frames
// are slow to come; only Svelte's runtime, which this file imports, loads alongside the page.
let started = false;
const start = () => {
	if (started) return;
	started = true;
	hydrateIslands().catch((error: unknown) => console.error('The page stays as prerendered:', error));
};
requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(start)));
setTimeout(start, 150);
