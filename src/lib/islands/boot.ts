/*
 * The one script of every page (built as /_app/islands.js, see vite.config.ts; linked by hooks.server.ts).
 *
 * Paint first, then hydrate: the page is complete without JavaScript (prerendered text, first frames), so
 * on a slow phone the islands' code must not compete with the first paint. This file is a few hundred
 * bytes and imports nothing up front: a module script runs before the page's DOMContentLoaded, and a page
 * that is quick to parse is often first painted only then, so Svelte's runtime and the islands' chunks are
 * fetched and run once the first frame is on screen (two animation frames, then a task), or after 150 ms
 * if frames are slow to come (a busy or hidden page).
 */
let started = false;
const start = () => {
	if (started) return;
	started = true;
	import('./hydrate')
		.then(({ hydrateIslands }) => hydrateIslands())
		.catch((error: unknown) => console.error('The page stays as prerendered:', error));
};
requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(start)));
setTimeout(start, 150);
