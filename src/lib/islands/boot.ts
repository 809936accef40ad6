/*
 * The islands' script of every page that has islands (built as /_app/islands.js, see vite.config.ts).
 * Not linked as a file: the page's inline starter (src/lib/islands/start.js) imports it once the page has
 * painted, so that neither this file nor Svelte's runtime it brings is fetched before the first paint.
 * A failure here (a chunk that cannot load offline) is reported by the starter; the page stays as
 * prerendered.
 */
import { hydrateIslands } from './hydrate';

await hydrateIslands();
