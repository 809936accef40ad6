import type { Handle } from '@sveltejs/kit';
import { defaultLang, isLang } from '$lib/i18n/languages';
import { injectSceneFrames } from '$lib/scenes/frames.server';

/**
 * At prerender time: writes <html lang> (the page's language segment, else French: the welcome and
 * not-found pages are French first, with their English parts marked lang="en"), and fills each scene's
 * slot with its static first frame (src/lib/scenes/frames.server.ts).
 */
export const handle: Handle = ({ event, resolve }) => {
	const lang = isLang(event.params.lang) ? event.params.lang : defaultLang;
	return resolve(event, {
		transformPageChunk: ({ html }) => injectSceneFrames(html.replace('%lang%', lang))
	});
};
