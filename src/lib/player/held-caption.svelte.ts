import { untrack } from 'svelte';

/**
 * The sentence a screen reader hears, held while the figure makes a quiet passage (Player.passing): the figure
 * moves, and its live region changes once, where it lands, so a screen reader hears that step alone, not each
 * step crossed nor the step it left with the new parameters. What is seen is not held: the caption shows the
 * step its counter says at every moment (SceneCaption, `said`). The sentence `shown` is held as a quiet
 * passage begins (a clicker's quick presses), unless one was held for it first (`hold`: a question's answer,
 * before its parameters change it). Released as soon as no quiet passage runs (at once with reduced motion,
 * or when the reader takes the figure over).
 */
export function heldCaption(passing: () => boolean, shown: () => string) {
	let held = $state<string | null>(null);
	$effect.pre(() => {
		if (!passing()) held &&= null;
		else held ??= untrack(shown);
	});
	return {
		/** the sentence held, while a quiet passage runs; undefined otherwise */
		get said(): string | undefined {
			return held ?? undefined;
		},
		hold() {
			held = shown();
		}
	};
}
