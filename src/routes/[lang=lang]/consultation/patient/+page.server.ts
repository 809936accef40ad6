import { languages } from '$lib/i18n/languages';
import type { EntryGenerator } from './$types';

/**
 * The patient's page: the sequence a clinician shared (its link, its QR code), to look at again at home. Its
 * words and figures are the consultation's (../+page.server.ts); it is found by no link of the site, so it is
 * listed for the prerender here.
 */
export { load } from '../+page.server';
export const entries: EntryGenerator = () => languages.map((lang) => ({ lang }));
