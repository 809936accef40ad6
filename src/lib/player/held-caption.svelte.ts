import { untrack } from 'svelte';

/** A caption's words: the step's name and what the figure shows there. */
export interface CaptionWords {
	name: string;
	description: string;
}

/**
 * The caption's words held while the figure makes a quiet passage (Player.passing): the figure moves, and
 * the words (a polite live region) change once, where it lands, so a screen reader hears that step alone,
 * not each step crossed nor the step it left with the new parameters. The words `shown` are held as a quiet
 * passage begins (a clicker's quick presses), unless some were held for it first (`hold`: a question's
 * answer, before its parameters change them). Released as soon as no quiet passage runs (at once with
 * reduced motion, or when the reader takes the figure over).
 */
export function heldCaption(passing: () => boolean, shown: () => CaptionWords) {
	let held = $state<CaptionWords | null>(null);
	$effect.pre(() => {
		if (!passing()) held &&= null;
		else held ??= untrack(shown);
	});
	return {
		get words(): CaptionWords | null {
			return held;
		},
		hold() {
			held = shown();
		}
	};
}
