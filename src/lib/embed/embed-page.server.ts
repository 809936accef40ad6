import type { Lang } from '$lib/i18n/languages';
import { claimsOf, wordsOf } from '$lib/scenes/scenes.server';

/**
 * What an embedded figure carries besides the figure: its title and the claims it draws, each with its
 * evidence level, so the figure keeps its honesty on another site. Read at build time, as on the scene page.
 */
export function embedPageData(params: { lang: Lang; scene: string }) {
	const words = wordsOf(params.scene, params.lang);
	return {
		lang: params.lang,
		scene: params.scene,
		title: words.title,
		summary: words.summary,
		claims: claimsOf(params.scene, params.lang)
	};
}

export type EmbedPageData = ReturnType<typeof embedPageData>;
