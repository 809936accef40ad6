import { dev } from '$app/environment';
import { base } from '$lib/i18n/resolve-route';

/** Where the islands' script is built (vite.config.ts, islandsEntry); `vite dev` serves its source. */
export const islandsScript = dev ? `${base}/src/lib/islands/boot.ts` : `${base}/_app/islands.js`;

/**
 * Links the islands' script (src/lib/islands/boot.ts) into a prerendered page that has islands: SvelteKit
 * sends such a page (csr = false) no script of its own. A module script: it runs after the page is parsed,
 * and the Content-Security-Policy's script-src 'self' allows it without a hash.
 */
export function linkIslandsScript(html: string): string {
	if (!/<site-island class="island[^"]*" data-island=/.test(html)) return html;
	return html.replace('</head>', `\t<script type="module" src="${islandsScript}"></script>\n\t</head>`);
}
