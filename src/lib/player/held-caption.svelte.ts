/** A caption's words: the step's name and what the figure shows there. */
export interface CaptionWords {
	name: string;
	description: string;
}

/**
 * The caption's words held while the figure makes a quiet passage (Player.passing): the figure moves, and
 * the words (a polite live region) change once, where it lands, so a screen reader hears that step alone,
 * not each step crossed nor the step it left with the new parameters. Released as soon as no quiet passage
 * runs (at once with reduced motion, or when the reader takes the figure over).
 */
export function heldCaption(passing: () => boolean) {
	let held = $state<CaptionWords | null>(null);
	$effect(() => {
		if (held && !passing()) held = null;
	});
	return {
		get words(): CaptionWords | null {
			return held;
		},
		hold(words: CaptionWords) {
			held = words;
		}
	};
}
