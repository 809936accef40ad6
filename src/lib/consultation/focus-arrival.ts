/**
 * Where a carried focus lands once the next figure is live (focus-carry.ts): on the control `wanted` (its ▶ if
 * the reader was on ▶), else on the figure itself. Loaded only when a focus is carried.
 */
export function placeFocus(stage: HTMLElement | null, wanted: string) {
	const figure = stage?.querySelector<HTMLElement>('figure.scene[data-awake="true"]');
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

/** the whole of a control in the window; of a figure (taller than a laptop's screen), some of it */
function inView(element: HTMLElement): boolean {
	const box = element.getBoundingClientRect();
	if (element.matches('[role="group"]')) return box.bottom > 0 && box.top < innerHeight;
	return box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth;
}
