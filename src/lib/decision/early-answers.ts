import type { DecisionAnswers } from './answers';

/**
 * What a reader ticked on the "what matters to me" form before the page's code arrived: the form works
 * without it (plain radios and boxes, prerendered unticked), so on a slow phone a reader answers before it
 * starts. Hydration then redraws every control from the stored answers, which would untick those choices:
 * they are read first (as the island is made, before its controls are drawn) and laid over the stored ones,
 * the reader's latest act winning. Undefined when nothing is ticked.
 */
export function tickedEarly(form: ParentNode | null): DecisionAnswers | undefined {
	const ticked = [...(form?.querySelectorAll<HTMLInputElement>('input:checked') ?? [])];
	if (!ticked.length) return undefined;
	const answers: DecisionAnswers = { values: {}, sure: {}, questions: [] };
	for (const { name, value } of ticked) {
		if (name.startsWith('value-')) answers.values[name.slice(6)] = Number(value);
		else if (name.startsWith('sure-')) answers.sure[name.slice(5)] = value === 'yes';
		else if (name === 'question') answers.questions.push(value);
	}
	return answers;
}

/** The stored answers with those ticked early, if any, laid over them (a question ticked joins those kept). */
export const withEarly = (stored: DecisionAnswers, early?: DecisionAnswers): DecisionAnswers =>
	early
		? {
				values: { ...stored.values, ...early.values },
				sure: { ...stored.sure, ...early.sure },
				questions: [...new Set([...stored.questions, ...early.questions])]
			}
		: stored;

/** The questions to ask with one ticked (added last) or unticked. */
export const withQuestion = (questions: string[], id: string, ticked: boolean): string[] =>
	ticked ? [...questions.filter((q) => q !== id), id] : questions.filter((q) => q !== id);
