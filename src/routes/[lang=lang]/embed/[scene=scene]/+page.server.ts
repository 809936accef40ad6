import { languages } from '$lib/i18n/languages';
import { embedPageData } from '$lib/embed/embed-page.server';
import { sceneIds } from '$lib/scenes/ids';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every scene's embed page in every language is prerendered.
export const entries: EntryGenerator = () =>
	languages.flatMap((lang) => sceneIds.map((scene) => ({ lang, scene })));

export const load: PageServerLoad = ({ params }) => embedPageData(params);
