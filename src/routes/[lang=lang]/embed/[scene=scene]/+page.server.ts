import { citationLabel } from '$content/citations';
import { languages } from '$lib/i18n/languages';
import { sceneIds } from '$lib/scenes/ids';
import { sceneOf, wordsOf } from '$lib/scenes/scenes.server';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every scene's embed page in every language is prerendered.
export const entries: EntryGenerator = () =>
	languages.flatMap((lang) => sceneIds.map((scene) => ({ lang, scene })));

/**
 * What an embedded figure carries besides the figure: its title and the claims it draws, each with its
 * evidence level, so the figure keeps its honesty on another site. Read at build time, as on the scene page.
 */
export const load: PageServerLoad = ({ params }) => {
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
};
