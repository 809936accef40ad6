/*
 * The islands' script of every page that has islands (built as /_app/islands.js, see vite.config.ts).
 * Not linked as a file: the page's inline starter (src/lib/islands/start.js) adds it once the page has
 * painted, so that neither this file nor Svelte's runtime it brings is fetched before the first paint.
 * It marks the page as it starts (the starter takes a script that loaded without this mark for one the
 * browser could not parse), and as failed if the page's words cannot load: the page stays as prerendered,
 * and its figures and tools say so. One island that fails is marked on its own (hydrate.ts).
 */
import { hydrateIslands } from './hydrate';

const root = document.documentElement;
root.setAttribute('data-islands', 'started');
try {
	await hydrateIslands();
} catch (error) {
	root.setAttribute('data-islands', 'failed');
	console.error('The page stays as prerendered:', error);
}
