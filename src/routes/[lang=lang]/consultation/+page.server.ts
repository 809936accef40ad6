import { consultationMessages } from '$lib/consultation/messages.server';
import { sceneIds } from '$lib/scenes/ids';
import { sceneOf, wordsOf } from '$lib/scenes/scenes.server';
import type { PageServerLoad } from './$types';

/**
 * The consultation page's words and, for its builder, every figure's title and steps' names in the page's
 * language, read at build time: the page needs no scene's code until a figure is shown.
 */
export const load: PageServerLoad = ({ params }) => ({
	words: consultationMessages(params.lang),
	scenes: sceneIds.map((id) => {
		const words = wordsOf(id, params.lang);
		return {
			id,
			title: words.title,
			steps: sceneOf(id).steps.map((step) => ({ id: step.id, name: words.steps[step.id]?.name ?? step.id }))
		};
	})
});
