import { languages } from '$lib/i18n/languages';
import { loadMessages } from '$lib/i18n/messages';
import { knownPages } from '$lib/nav/known-pages.server';
import type { PageServerLoad } from './$types';

/** Every page of the site, written into the not-found page for its suggestion ("did you mean…"). */
export const load: PageServerLoad = async () => {
	await loadMessages(...languages);
	return { pages: knownPages() };
};
