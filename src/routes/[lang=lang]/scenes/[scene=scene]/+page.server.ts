import { languages } from '$lib/i18n/languages';
import { sceneIds } from '$lib/scenes/ids';
import { scenePageData } from '$lib/scenes/scene-page.server';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every scene page in every language is prerendered.
export const entries: EntryGenerator = () =>
	languages.flatMap((lang) => sceneIds.map((scene) => ({ lang, scene })));

export const load: PageServerLoad = ({ params }) => scenePageData(params);
