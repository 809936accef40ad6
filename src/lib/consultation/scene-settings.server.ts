import type { SceneSettings } from '$lib/address/sequence';
import { isParameter } from '$lib/player/parameters';
import { sceneIds } from '$lib/scenes/ids';
import { sceneOf } from '$lib/scenes/scenes.server';

/**
 * Each scene's parameter keys, as its figure spells them, read at build time from its controls: what a
 * consultation's address checks an item's settings against, without the page loading any scene's code.
 */
export const sceneSettings = (): SceneSettings =>
	Object.fromEntries(
		sceneIds.map((id) => [
			id,
			sceneOf(id)
				.controls.filter(isParameter)
				.map((p) => p.key)
		])
	);
