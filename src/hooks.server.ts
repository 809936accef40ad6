import type { Handle } from '@sveltejs/kit';
import { defaultLang, isLang } from '$lib/i18n/languages';

/**
 * Writes <html lang> at prerender time: the page's language segment, else French (the welcome and
 * not-found pages are French first, with their English parts marked lang="en").
 */
export const handle: Handle = ({ event, resolve }) => {
	const lang = isLang(event.params.lang) ? event.params.lang : defaultLang;
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
