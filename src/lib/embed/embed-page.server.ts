import { citationLabel } from '$content/citations';
import type { Lang } from '$lib/i18n/languages';
import { sceneOf, wordsOf } from '$lib/scenes/scenes.server';

/**
 * What an embedded figure carries besides the figure: its title and the claims it draws, each with its
 * evidence level, so the figure keeps its honesty on another site. Read at build time, as on the scene page.
 */
export function embedPageData(params: { lang: Lang; scene: string }) {
	const scene = sceneOf(params.scene);
	const words = wordsOf(params.scene, params.lang);
	return {
		lang: params.lang,
		scene: params.scene,
		title: words.title,
		summary: words.summary,
		claims: scene.claims.map((claim) => ({
			id: claim.id,
			level: claim.level,
			sources: claim.refs.map((id) => ({ id, label: citationLabel(id) })),
			text: words.claims[claim.id]!
		}))
	};
}

export type EmbedPageData = ReturnType<typeof embedPageData>;
