/**
 * The keyboard's focus, carried from the figure a consultation shows to the one it opens next. The figure
 * shown is drawn afresh ({#key visit}): the control the reader was on goes with the old figure, and the focus
 * would fall to the page's body, so that a screen reader starts again from the top and Tab from the page's
 * first link. Carried, it lands on the same control of the new figure once that figure is live (its ▶ if the
 * reader was on ▶, its ◀ if on ◀), else on the figure itself.
 *
 * Only a focus that was in the figure is carried: one elsewhere on the page (the list of figures, the
 * sequence's own buttons) stays where it is. A presentation carried over places its own (Presenter.enter).
 */

/** the figure's controls that have a like in every figure: ◀ and ▶ (PlayerControls' transport) */
const alike = ['.transport button.previous', '.transport button.next'];

export interface FocusCarry {
	/** the figure shown is about to be replaced; `presented`, the next one opens presented */
	leaving(presented: boolean): void;
	/** a new figure has come alive in the stage (its controls are drawn) */
	arrived(): void;
}

/** `stage`: the part of the page the figures come and go in */
export function focusCarry(stage: () => HTMLElement | null): FocusCarry {
	/** what the focus goes to when the next figure comes alive: one of `alike`, or '' for the figure itself */
	let carried: string | null = null;

	return {
		leaving(presented) {
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
		arrived() {
			if (carried === null) return;
			const wanted = carried;
			carried = null;
			const figure = stage()?.querySelector<HTMLElement>('figure.scene[data-awake="true"]');
			const active = document.activeElement;
			// the reader has gone elsewhere meanwhile: that focus is theirs
			if (!figure || (active && active !== document.body && !figure.contains(active))) return;
			const target =
				(wanted && figure.querySelector<HTMLElement>(wanted)) ||
				figure.querySelector<HTMLElement>('.scene-live[role="group"]');
			if (!target) return;
			// the figure's group takes the focus without entering the Tab order
			if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
			// seen already, it stays where it is on the screen; otherwise the browser brings it into view
			target.focus({ preventScroll: inView(target) });
		}
	};
}

/** the whole of a control in the window; of a figure (taller than a laptop's screen), some of it */
function inView(element: HTMLElement): boolean {
	const box = element.getBoundingClientRect();
	if (element.matches('[role="group"]')) return box.bottom > 0 && box.top < innerHeight;
	return box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth;
}
