import { tick } from 'svelte';

/**
 * The keyboard's focus, carried from the figure a consultation shows to the one it opens next. The figure
 * shown is drawn afresh ({#key visit}): the control the reader was on goes with the old figure, and the focus
 * would fall to the page's body, so that a screen reader starts again from the top and Tab from the page's
 * first link. Carried, it lands on the same control of the new figure once that figure is live (its ▶ if the
 * reader was on ▶, its ◀ if on ◀), else on the figure itself.
 *
 * Only a focus that was in the figure is carried: one elsewhere on the page (the list of figures, the
 * sequence's own buttons) stays where it is. A presentation carried over places its own (Presenter.enter).
 *
 * Where the focus was is read here, at once, as the figure goes: a clicker pressed the moment a figure is live
 * is carried too. Only placing it waits for code (focus-arrival.ts), loaded the first time a focus is carried.
 */

/** the figure's controls that have a like in every figure: ◀ and ▶ (PlayerControls' transport) */
const alike = ['.transport button.previous', '.transport button.next'];

/** `stage`: the part of the page the figures come and go in */
export function focusCarry(stage: () => HTMLElement | null) {
	/** what the focus goes to when the next figure comes alive: one of `alike`, or '' for the figure itself */
	let carried: string | null = null;

	return {
		/** the figure shown is about to be replaced; `presented`, the next one opens presented */
		leaving(presented: boolean) {
			const active = document.activeElement;
			// still on the body: a figure before this one was replaced and the next is not yet live (a quick
			// second press), and what was carried then still is
			if (!active || active === document.body) {
				if (presented) carried = null;
				return;
			}
			const inFigure = stage()?.contains(active) && active.closest('figure.scene');
			carried = inFigure && !presented ? (alike.find((control) => active.matches(control)) ?? '') : null;
		},
		/**
		 * A figure has come alive in the stage (attached as it is set up: its controls are drawn once this update
		 * is done). `current`: it is still the one shown once the code has come.
		 */
		arrived(current: () => boolean) {
			if (carried === null) return;
			void import('./focus-arrival')
				.then(async ({ placeFocus }) => {
					await tick();
					if (carried === null || !current()) return;
					const wanted = carried;
					carried = null;
					placeFocus(stage(), wanted);
				})
				// offline before the site was kept: the figure works, the focus is simply not carried
				.catch(() => {});
		}
	};
}
