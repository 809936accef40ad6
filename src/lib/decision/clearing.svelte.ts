import { clearAnswers, saveAnswers, type DecisionAnswers } from './answers';
import { whileShown } from './undo-window';

/** Whether anything was answered: a value rated, a SURE question, a question ticked. */
export const anyAnswer = (answers: DecisionAnswers) =>
	Object.keys(answers.values).length + Object.keys(answers.sure).length + answers.questions.length > 0;

/**
 * "Clear my answers", wherever it is offered (the choosing page, the printable sheets): one way to clear, so
 * every open tab follows (answers.ts: the `storage` event), and an "Undo" that brings the answers just cleared
 * back, but only for a while (undo-window.ts): never for the next person at a shared computer.
 * `cleared` is state: the answers "Undo" would bring back, or undefined when there is no "Undo".
 */
export class AnswersClearing {
	cleared = $state<DecisionAnswers | undefined>();
	#cancel: (() => void) | undefined;

	/** Clears the stored answers; `before` (the answers shown) can come back for a while, if there were any. */
	clear(before: DecisionAnswers) {
		clearAnswers();
		this.forget();
		if (!anyAnswer(before)) return;
		this.cleared = before;
		this.#cancel = whileShown(() => this.forget());
	}

	/** The answers just cleared, stored again; undefined when "Undo" has gone. */
	undo(): DecisionAnswers | undefined {
		const back = this.cleared;
		this.forget();
		if (back) saveAnswers(back);
		return back;
	}

	/** No "Undo" any more: the answers changed, another tab changed them, the time is up, the page went. */
	forget() {
		this.#cancel?.();
		this.#cancel = undefined;
		this.cleared = undefined;
	}
}
