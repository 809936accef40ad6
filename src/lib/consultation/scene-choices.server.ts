import type { Lang } from '$lib/i18n/languages';
import { sceneIds } from '$lib/scenes/ids';
import { sceneOf, wordsOf } from '$lib/scenes/scenes.server';
import type { SceneChoice } from './types';

/** Every figure as the consultation page offers it: its title and its steps' names, in `lang`. */
export const sceneChoices = (lang: Lang): SceneChoice[] =>
	sceneIds.map((id) => {
		const words = wordsOf(id, lang);
		return {
			id,
			title: words.title,
			steps: sceneOf(id).steps.map((step) => ({ id: step.id, name: words.steps[step.id]?.name ?? step.id }))
		};
	});
