import { render } from 'svelte/server';
import { format } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/languages';
import type { ShowRequest } from '$lib/player/show';
import { sceneOf, wordsOf } from '$lib/scenes/scenes.server';
import { askQuestion } from './ask';
import type { AskedQuestion, Question, QuestionWords } from './define';
import { questionsUi } from './messages';
import Questions from './Questions.svelte';

export { questionsUi };

/**
 * A scene page's questions, read at build time: their data from the scene's questions.json, their words
 * from its catalogue (`questions`), their references named. The browser gets the words with the page, and
 * the questions' code only when they come near the screen.
 */
const modules = import.meta.glob<readonly Question[]>('../scenes/*/questions.json', {
	eager: true,
	import: 'default'
});

/** The questions declared in a scene's folder (none: an empty list). */
export const questionsOf = (sceneId: string): readonly Question[] =>
	modules[`../scenes/${sceneId}/questions.json`] ?? [];

/** The words of a scene's questions in one language (its catalogue's `questions`). */
export function questionWordsOf(sceneId: string, lang: Lang): Readonly<Record<string, QuestionWords>> {
	const words = wordsOf(sceneId, lang) as { questions?: Record<string, QuestionWords> };
	return words.questions ?? {};
}

/** A scene's questions as its page shows them. */
export function sceneQuestions(sceneId: string, lang: Lang): AskedQuestion<ShowRequest>[] {
	const scene = sceneOf(sceneId);
	const words = wordsOf(sceneId, lang);
	const all = questionWordsOf(sceneId, lang);
	const ui = questionsUi(lang);
	return questionsOf(sceneId).map((question) => {
		const step = question.show.step ?? scene.steps[0]!.id;
		return askQuestion(
			question,
			all[question.id]!,
			format(ui.figureShows, { step: words.steps[step]!.name })
		);
	});
}

/** The questions' still HTML: what the page shows before their code loads, and without JavaScript. */
export function stillQuestions(
	scope: string,
	questions: readonly AskedQuestion<unknown>[],
	lang: Lang
): string {
	if (!questions.length) return '';
	return render(Questions, {
		props: { scope, questions, ui: questionsUi(lang), lang, live: false },
		idPrefix: 'q-'
	}).body.replace(/<!--[[\]!]*-->/g, ''); // Svelte's hydration marks: inside {@html} they mean nothing
}
