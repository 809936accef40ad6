import { sceneIds } from '$lib/scenes/ids';
import type { SceneSteps } from './sequence';

/**
 * Each scene's step ids, from its steps.json (a few bytes each): enough to check a consultation's address and
 * offer its steps, without loading any scene's code.
 */
const files = import.meta.glob<Record<string, number>>('../scenes/*/steps.json', {
	eager: true,
	import: 'default'
});

export const sceneSteps: SceneSteps = Object.fromEntries(
	sceneIds.map((id) => [id, Object.keys(files[`../scenes/${id}/steps.json`] ?? {})])
);
