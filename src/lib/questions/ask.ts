import { citedSource } from '$content/citations';
import type { AskedQuestion, Question, QuestionWords } from './define';

/**
 * A question with its words, for one language; `seen` says what the figure shows then. Each wrong option
 * carries its `whyNot`; the answer carries none (its explanation is the question's own `explain`).
 */
export function askQuestion<S>(question: Question<S>, words: QuestionWords, seen: string): AskedQuestion<S> {
	return {
		id: question.id,
		prompt: words.prompt,
		options: question.options.map((id) => {
			const whyNot = id === question.answer ? undefined : words.whyNot[id];
			return whyNot ? { id, text: words.options[id]!, whyNot } : { id, text: words.options[id]! };
		}),
		answer: question.answer,
		explain: words.explain,
		level: question.level,
		sources: question.refs.map(citedSource),
		show: question.show,
		seen
	};
}
