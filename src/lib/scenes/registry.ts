import type { Lang } from '$lib/i18n/languages';
import type { AnyScene, SceneWords } from '$lib/player/scene';

/**
 * The scenes that exist, found by their folders (src/lib/scenes/<id>/index.ts), and how to load each
 * one's code and words. Only this small table is in a page's first download; a scene's model, drawing,
 * player, GSAP and words arrive when its figure nears the screen. Adding a scene folder adds it here.
 */
const modules = import.meta.glob<{ default: AnyScene }>('./*/index.ts');
const catalogues = import.meta.glob<{ default: SceneWords }>('./*/messages/*.json');

/** "./k2p/index.ts" → "k2p" */
const folderOf = (path: string) => path.split('/')[1]!;

/** Every scene's id, in the order the figures teach: TRPV1, K2P, the pump, the injection, the cushion. */
const teachingOrder = ['trpv1', 'k2p', 'pump', 'injection', 'cushion'];
export const sceneIds: readonly string[] = Object.keys(modules)
	.map(folderOf)
	.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
function rank(id: string): number {
	const i = teachingOrder.indexOf(id);
	return i < 0 ? teachingOrder.length : i;
}

export function isSceneId(value: unknown): value is string {
	return typeof value === 'string' && sceneIds.includes(value);
}

/** A scene's code and its words in one language, fetched together. */
export async function loadScene(id: string, lang: Lang): Promise<{ scene: AnyScene; words: SceneWords }> {
	const code = modules[`./${id}/index.ts`];
	const words = catalogues[`./${id}/messages/${lang}.json`];
	if (!code || !words) throw new Error(`Unknown scene "${id}" or language "${lang}": see src/lib/scenes/`);
	const [scene, catalogue] = await Promise.all([code(), words()]);
	return { scene: scene.default, words: catalogue.default };
}
