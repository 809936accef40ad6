import { hydrate, type Component } from 'svelte';
import { loadMessages } from '$lib/i18n/messages';
import { defaultLang, isLang, type Lang } from '$lib/i18n/languages';
import { addressLinksForPrint } from '$lib/styles/print-links';
import { islandContext } from './context';
import { takeEarlyKeys } from './early-keys';
import { readIslandProps } from './props';
import { isIslandName, islands, startsWhenNear } from './registry';
import { keepTypedFields } from './keep-typed-fields';
import { whenNear } from './when-near';
import { onePerTask } from './one-per-task';

/*
 * Hydrates each [data-island] element of the page with its own component and props (run by boot.ts, which
 * the page's inline starter imports once the page has painted). The rest of the page is text and stays as
 * it was prerendered.
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
	// an island with words of its own loads its language's before it starts (decision/words.ts)
	const { default: component, prepare } = (await islands[name]()) as {
		default: Component;
		prepare?: (lang: Lang) => Promise<void>;
	};
	await prepare?.(lang);
	// A component that throws while hydrating (a browser that lacks what its code calls) leaves Svelte
	// halfway through the island's nodes: the lab was left empty. A copy puts the prerendered island back,
	// readable, with the note that says its tool did not start.
	const prerendered = [...element.childNodes].map((node) => node.cloneNode(true));
	keepTypedFields(element);
	try {
		hydrate(component, { target: element, props, context: islandContext(lang) });
	} catch (error) {
		element.replaceChildren(...prerendered);
		throw error;
	}
}

/** Starts fetching an island's code; a failure is reported when the island itself is started. */
function prefetchIsland(name: string | undefined) {
	if (isIslandName(name)) islands[name]().catch(() => {});
}

/** Marked, so that what it holds can say it did not start (a figure's note: player.css; a tool's: global.css), and logged. */
const reportFailure = (element: HTMLElement) => (error: unknown) => {
	element.dataset.hydration = 'failed';
	console.error(`Island "${element.dataset.island ?? '?'}" left as prerendered:`, error);
};

/** Whether an island waits until it is near: not one that keeps, in this tab, what the reader typed (registry.ts). */
function startsLater(name: string): boolean {
	const key = startsWhenNear.get(name);
	if (key === undefined) return false;
	try {
		return !sessionStorage.getItem(key);
	} catch {
		return true;
	}
}

export async function hydrateIslands() {
	const pageLang = document.documentElement.lang;
	const elements = [...document.querySelectorAll<HTMLElement>('[data-island]')];
	const later = elements.filter((element) => startsLater(element.dataset.island ?? ''));
	const pageWords = loadMessages(isLang(pageLang) ? pageLang : defaultLang);
	// the code of the islands that start now comes in while the words do: on a phone's slow link, one round
	// trip fewer before the page starts (a module is fetched once: hydrateIsland's import then finds it)
	for (const element of elements) if (!later.includes(element)) prefetchIsland(element.dataset.island);
	await pageWords;
	// each island on its own: one that fails (its chunk cannot load offline, a bug) leaves the others working
	const start = (element: HTMLElement) => hydrateIsland(element).catch(reportFailure(element));
	// an island's own element has no box (display: contents) to come near: its first child has
	for (const element of later) whenNear(element.firstElementChild ?? element, () => void start(element));
	// One island per task, in the page's order: all at once, the choosing page's 25 badges and its what-matters
	// tool made one 323 ms task on a slow phone (4× CPU throttle); one at a time, the longest is one island's,
	// and the page answers a tap between two. (Their code was asked for above, all at once.)
	await onePerTask(
		elements.filter((element) => !later.includes(element)),
		start
	);
	addressLinksForPrint();
	// keys the starter held for a figure that takes the page's keys (start.js): that figure has taken them by
	// now, once its effects have run; if it failed to start, they are the page's again
	setTimeout(takeEarlyKeys);
	// the page's script has taken over (keys, menus, stored answers): what a test waits for before it
	// presses keys, since a page paints and can be used before its script runs
	document.documentElement.dataset.hydrated = '';
}
