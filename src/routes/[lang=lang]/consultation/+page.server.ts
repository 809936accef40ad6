import { articleFigures, articleKeys } from '$lib/consultation/article-figures.server';
import { consultationMessages } from '$lib/consultation/messages.server';
import { sceneChoices } from '$lib/consultation/scene-choices.server';
import { sceneSettings } from '$lib/consultation/scene-settings.server';
import { loadMessages, messages } from '$lib/i18n/messages';
import type { PageServerLoad } from './$types';

/**
 * The consultation page's words and, for its builder, every figure's title and steps' names in the page's
 * language, each figure's setting keys (to check a link's settings), and each article's figures in its
 * order, read at build time: the page needs no scene's code until a figure is shown.
 */
export const load: PageServerLoad = async ({ params }) => {
	await loadMessages(params.lang);
	const m = messages(params.lang);
	const articleTitle = { glucopuncture: m.navGlucopuncture, hydrotomy: m.navHydrotomy };
	return {
		words: consultationMessages(params.lang),
		scenes: sceneChoices(params.lang),
		settings: sceneSettings(),
		// an article with no figure (none today) offers no button: it would add nothing
		articles: articleKeys
			.map((key) => ({ key, title: articleTitle[key], scenes: articleFigures(key, params.lang) }))
			.filter((article) => article.scenes.length > 0)
	};
};
