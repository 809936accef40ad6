import type { Handle } from '@sveltejs/kit';
import { defaultLang, isLang } from '$lib/i18n/languages';
import { injectSceneFrames, injectSceneThumbs } from '$lib/scenes/frames.server';
import { linkIslandsScript } from '$lib/server/islands-script';
import { markWidestWords } from '$lib/text/widest-word';
import themeBeforePaint from '$lib/theme/before-paint.js?raw';

/**
 * At prerender time: writes <html lang> (the page's language segment, else French: the welcome and
 * not-found pages are French first, with their English parts marked lang="en") and the theme's script
 * that runs before the first paint (src/lib/theme/before-paint.js), fills each scene's
 * slot with its static first frame and each thumbnail of the figures' index with its drawing
 * (src/lib/scenes/frames.server.ts), gives each heading, glossary word and legend the width of its widest
 * word (text/widest-word.ts)
 * and links the page's one script, which hydrates its islands (src/lib/server/islands-script.ts).
 */
export const handle: Handle = ({ event, resolve }) => {
	const lang = isLang(event.params.lang) ? event.params.lang : defaultLang;
	return resolve(event, {
		transformPageChunk: async ({ html }) => {
			const head = html
				.replace('%lang%', lang)
				.replace('<!--theme-before-paint-->', () => `<script>${themeBeforePaint}</script>`);
			const page = markWidestWords(injectSceneThumbs(await injectSceneFrames(head)));
			return linkIslandsScript(page);
		}
	});
};
