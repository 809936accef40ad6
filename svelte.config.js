import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { headingIds } from './src/lib/markdown/heading-ids.js';
import { spokenArticleUnits } from './src/lib/markdown/spoken-units.js';

// Deploying below a sub-path (https://example.org/explainer/)? Build with BASE_PATH=/explainer.
const base = /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? '');

/**
 * An inline script's hash, for the policy below (SvelteKit quotes it: 'sha256-…'). The page gets the file
 * as it is (hooks.server.ts), so the hash of the file is the hash of the script.
 * @param {string} file
 */
const inlineScriptHash = (file) =>
	/** @type {`sha256-${string}`} */ (
		`sha256-${createHash('sha256').update(readFileSync(file, 'utf8')).digest('base64')}`
	);

// The two inline scripts, and no other: the reader's theme, set before the first paint on every page, and
// on pages that have islands the starter that loads them once the page has painted
// (src/lib/server/islands-script.ts).
export const themeScriptHash = inlineScriptHash('src/lib/theme/before-paint.js');
export const islandsStarterHash = inlineScriptHash('src/lib/islands/start.js');

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	// Markdown headings carry ids written in the text (`## The risks {#risks}`), the same in both languages;
	// the articles' values with a scaled unit ("0,37 mmol/L") are said in words to a screen reader.
	preprocess: [
		vitePreprocess(),
		mdsvex({ extensions: ['.md'], remarkPlugins: [headingIds], rehypePlugins: [spokenArticleUnits] })
	],
	kit: {
		// Every page is prerendered: build/ is a complete static site.
		// precompress: a .br and a .gz beside every file, for hosts that serve them (and for our static server)
		adapter: adapter({ strict: true, precompress: true }),
		// The prose, references and glossary: content, not code.
		alias: { $content: 'src/content' },
		// Every page's CSS (about 15 KB in all) goes inline in its <head>: nothing blocks the first paint, and
		// the CSP below keeps a hash of each inlined <style> (SvelteKit adds it), with no 'unsafe-inline'.
		inlineStyleThreshold: 32 * 1024,
		// The offline worker (src/service-worker.ts) is registered by the header's offline status
		// (src/lib/components/OfflineStatus.svelte): no page runs SvelteKit's client, which would register it
		// (every page is prerendered text with islands, src/lib/islands).
		serviceWorker: { register: false },
		// Absolute asset paths: 404.html is served at any depth (/fr/nope/), where relative paths would break.
		paths: { base, relative: false },
		prerender: {
			entries: ['*', '/fr/', '/en/'],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		},
		// Prerendered pages carry the policy in a <meta> tag. No inline script may run but the theme's and the
		// islands' starter, by their hashes; the code they start is in files (src/lib/islands/boot.ts and the
		// chunks it imports). Style *attributes* are allowed (style-src-attr): Svelte's style:
		// directives set them; <style> elements (inlined, each with its hash) and sheets stay 'self'.
		// frame-ancestors is left out: browsers ignore it in <meta> and log an error.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', themeScriptHash, islandsStarterHash],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				// the offline worker and the web app manifest: this site's own files only
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
