import { browser } from '$app/environment';
import { loadMeanings } from '$lib/evidence/meanings';
import { loadStudies } from '$lib/evidence/studies';
import { isLang, languages } from '$lib/i18n/languages';
import { loadMessages } from '$lib/i18n/messages';
import { loadDecisionWords } from '$lib/decision/words';
import type { LayoutLoad } from './$types';

// Every page is prerendered to HTML at build time; every URL ends with "/" (/fr/ → build/fr/index.html).
export const prerender = true;
export const trailingSlash = 'always';
// No SvelteKit client on any page: a page is prerendered text, and the parts a reader can use (the header's
// menu, each figure, each badge, each form) are islands, each hydrated on its own by one small script
// (src/lib/islands). What a page downloads is the code of its islands, never the code of its text.
export const csr = false;

// A page in one language needs that language's words; the welcome and not-found pages speak both. The
// prerendered HTML also writes each badge's sheet in full (what its level means, what each source is); in the
// browser those lines wait for a sheet to open.
export const load: LayoutLoad = async ({ params }) => {
	const lang = 'lang' in params ? params.lang : undefined;
	const langs = isLang(lang) ? [lang] : languages;
	await Promise.all([
		loadMessages(...langs),
		browser ? undefined : loadStudies(...langs),
		browser ? undefined : loadMeanings(...langs),
		browser ? undefined : loadDecisionWords(...langs)
	]);
};
