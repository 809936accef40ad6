import { dev } from '$app/environment';
import { base } from '$lib/i18n/resolve-route';
import islandsStarter from '$lib/islands/start.js?raw';

/** Where the islands' script is built (vite.config.ts, islandsEntry); `vite dev` serves its source. */
export const islandsScript = dev ? `${base}/src/lib/islands/boot.ts` : `${base}/_app/islands.js`;

/**
 * Writes the islands' starter (src/lib/islands/start.js) into a prerendered page that has islands: SvelteKit
 * sends such a page (csr = false) no script of its own. Inline, it costs the first paint no request; it
 * imports the islands' script (data-src) once the page has painted. The Content-Security-Policy allows it by
 * its hash (svelte.config.js), and the script it imports by script-src 'self'.
 */
export function linkIslandsScript(html: string): string {
	if (!/<site-island class="island[^"]*" data-island=/.test(html)) return html;
	// a sheet made to be printed starts its islands at once (start.js, data-now)
	const now = html.includes('data-island="your-answers"') ? ' data-now' : '';
	return html.replace(
		'</head>',
		() => `\t<script data-src="${islandsScript}"${now}>${islandsStarter}</script>\n\t</head>`
	);
}
