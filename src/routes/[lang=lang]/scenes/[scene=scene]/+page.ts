import { languages } from '$lib/i18n/languages';
import { sceneIds, type SceneId } from '$lib/scenes/registry';
import type { EntryGenerator, PageLoad } from './$types';

// Every scene page in every language is prerendered.
export const entries: EntryGenerator = () =>
	languages.flatMap((lang) => sceneIds.map((scene) => ({ lang, scene })));

// The scene's words and claims, loaded per scene so a page carries only its own.
const pages = import.meta.glob<{ scenePage: import('$lib/scenes/types').ScenePage }>(
	'/src/lib/scenes/*/page.ts'
);

export const load: PageLoad = async ({ params }) => {
	const scene = params.scene as SceneId;
	const module = pages[`/src/lib/scenes/${scene}/page.ts`];
	if (!module) throw new Error(`Scene "${scene}" has no page.ts`);
	return { scene, page: (await module()).scenePage };
};
