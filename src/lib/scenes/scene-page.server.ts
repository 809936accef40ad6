import { citedSource } from '$content/citations';
import { format } from '$lib/i18n/format';
import { loadMeanings } from '$lib/evidence/meanings';
import { loadStudies } from '$lib/evidence/studies';
import { loadMessages } from '$lib/i18n/messages';
import { numberFormat } from '$lib/i18n/numbers';
import { questionsUi, sceneQuestions, stillQuestions } from '$lib/questions/questions.server';
import { sceneIds } from '$lib/scenes/ids';
import { aboutOf, claimsOf, sceneOf, wordsOf } from '$lib/scenes/scenes.server';
import type { Lang } from '$lib/i18n/languages';

/**
 * What the page says around its figure, in its language, read at build time: the browser gets these
 * words with the page, and none of the scene's code until the figure wakes.
 */
export async function scenePageData(params: { lang: Lang; scene: string }) {
	// the questions' still HTML has evidence badges, which speak the page's language (the layout's load
	// fetches the same words, but a server load may run first)
	await Promise.all([loadMessages(params.lang), loadStudies(params.lang), loadMeanings(params.lang)]);
	const scene = sceneOf(params.scene);
	const words = wordsOf(params.scene, params.lang);
	const n = numberFormat(params.lang);
	const about = words.about ?? {};
	// the figures before and after this one, in teaching order
	const here = sceneIds.indexOf(params.scene);
	const neighbour = (id: string | undefined) => (id ? { id, title: wordsOf(id, params.lang).title } : null);
	// predict, then see: the questions after the figure, written into the page (still) and, for their code
	// that loads when they come near the screen, as data
	const questions = sceneQuestions(params.scene, params.lang);
	return {
		lang: params.lang,
		scene: params.scene,
		title: words.title,
		previous: neighbour(sceneIds[here - 1]),
		next: neighbour(sceneIds[here + 1]),
		summary: words.summary,
		intro: words.intro,
		steps: scene.steps.map((step) => ({ id: step.id, ...words.steps[step.id]! })),
		// each reference named here, at build time: the page carries a few names, not the bibliography's
		claims: claimsOf(params.scene, params.lang),
		// "about this model": each number the figure assumes, what kind of number it is, and its sources
		about: aboutOf(params.scene).map((entry) => ({
			key: entry.key,
			kind: entry.kind,
			text: format(about[entry.key]!, entry.values?.(n) ?? {}),
			sources: (entry.refs ?? []).map(citedSource)
		})),
		questions,
		questionsUi: questionsUi(params.lang),
		questionsHtml: stillQuestions(params.scene, questions, params.lang)
	};
}

export type ScenePageData = Awaited<ReturnType<typeof scenePageData>>;
