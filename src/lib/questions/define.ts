import type { EvidenceLevel } from '$lib/evidence/levels';
import type { ShowRequest } from '$lib/player/show';

/**
 * Predict, observe, explain: a question asked beside a figure. The reader chooses what they expect among a
 * few options (radio buttons), then the figure moves to show the case asked about (`show`: a step and
 * parameter values, through player/show.ts), then a short explanation with its evidence follows.
 *
 * Data only, in the scene's folder (`src/lib/scenes/<id>/questions.json`); the words are in the scene's
 * catalogue under `questions.<id>`: `prompt`, `options.<option>`, `explain`, and `whyNot.<option>` for each
 * option that is not the answer (the misconception it holds, and what is true instead).
 * tests/unit/questions.test.ts checks every step, parameter, claim and reference named here.
 */
export interface Question<S = ShowRequest> {
	/** stable: the reader's answer is kept under it (answers.ts) */
	id: string;
	/** why the answer is right, and its source: for whoever checks the question; never shown */
	why?: string;
	/** the options' ids, in the order they are shown */
	options: readonly string[];
	/** the option that is right */
	answer: string;
	/** what the figure shows once the reader has predicted */
	show: S;
	/** how sure science is of the explanation, and the references behind it */
	level: EvidenceLevel;
	refs: readonly string[];
	/**
	 * The scene's claim the question is about, when it is one a source article makes without evidence: the
	 * step the figure draws as a hypothesis (its "unsupported" layer).
	 */
	claim?: string;
}

/** A question as a page shows it: its words in the page's language, its references named. */
export interface AskedQuestion<S = ShowRequest> {
	id: string;
	prompt: string;
	/** each option's words; a wrong one also says why it is wrong (`whyNot`), the answer never does */
	options: readonly { id: string; text: string; whyNot?: string }[];
	answer: string;
	explain: string;
	level: EvidenceLevel;
	sources: readonly { id: string; label: string; lang?: 'fr' }[];
	show: S;
	/** what the figure shows then, in a sentence said to screen readers ("The figure now shows: …") */
	seen: string;
}

/** The words of a question in a catalogue (a scene's `questions.<id>`). */
export interface QuestionWords {
	prompt: string;
	options: Readonly<Record<string, string>>;
	explain: string;
	/** for each option that is not the answer, in a sentence or two: the misconception it holds, corrected */
	whyNot: Readonly<Record<string, string>>;
}
