import type { Lang } from '$lib/i18n/languages';
import { loadPlayerMessages } from '$lib/player/messages';
import type { AnyScene, SceneWords } from '$lib/player/scene';

/**
 * How to load each scene's code and words, found by their folders (src/lib/scenes/<id>/index.ts and
 * messages/<lang>.json). Loaded itself only when a figure wakes: a page carries none of it before.
 */
const modules = import.meta.glob<{ default: AnyScene }>('./*/index.ts');
const catalogues = import.meta.glob<{ default: SceneWords }>('./*/messages/*.json');

/** A scene's code and its words in one language, with the player's words, fetched together. */
export async function loadScene(id: string, lang: Lang): Promise<{ scene: AnyScene; words: SceneWords }> {
	const code = modules[`./${id}/index.ts`];
	const words = catalogues[`./${id}/messages/${lang}.json`];
	if (!code || !words) throw new Error(`Unknown scene "${id}" or language "${lang}": see src/lib/scenes/`);
	const [scene, catalogue] = await Promise.all([code(), words(), loadPlayerMessages(lang)]);
	return { scene: scene.default, words: catalogue.default };
}
