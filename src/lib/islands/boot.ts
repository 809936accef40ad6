/*
 * The one script of every page (built as /_app/islands.js, see vite.config.ts; linked by hooks.server.ts).
 *
 * Paint first, then hydrate: the page is complete without JavaScript (prerendered text, first frames), so
 * on a slow phone the islands' code must not compete with the first paint. This file is a few hundred
 * bytes and imports nothing up front: a module script runs before the page's DOMContentLoaded, and a page
 * that is quick to parse is often first painted only then. Svelte's runtime and the islands' chunks are
 * fetched once the browser reports the first contentful paint (Paint Timing), then a task later. Where
 * the browser does not report paints, two animation frames stand for it; and if no paint comes within a
 * second (a page opened in a background tab, a very busy phone), the islands start all the same.
 */
let started = false;
const start = () => {
	if (started) return;
	started = true;
	import('./hydrate')
		.then(({ hydrateIslands }) => hydrateIslands())
		.catch((error: unknown) => console.error('The page stays as prerendered:', error));
};
const afterATask = () => setTimeout(start);

if (globalThis.PerformanceObserver?.supportedEntryTypes?.includes('paint')) {
	new PerformanceObserver((list, observer) => {
		if (!list.getEntriesByName('first-contentful-paint').length) return;
		observer.disconnect();
		afterATask();
	}).observe({ type: 'paint', buffered: true });
} else {
	requestAnimationFrame(() => requestAnimationFrame(afterATask));
}
setTimeout(start, 1000);
