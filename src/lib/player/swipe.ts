/** How far a finger travels sideways, CSS px, to step a figure (and at least twice as far as up or down) */
export const SWIPE_px = 50;

/**
 * A sideways swipe on a presented figure steps it, as in a slide app: to the left forward, to the right back
 * (`step`, as ▶ and ◀ take it, so a swipe past a figure's last step opens the next one in a sequence). A tablet
 * on the desk has no clicker, and a faded bar asked two taps a step. A finger or a pen on the drawing or the
 * words, not on the bar (its scrub bar is dragged sideways) nor on a button or link; a mouse drags to select.
 * The words scroll up and down as before: the shell lets the browser pan vertically only (player.css).
 * In the page, not presented, the same swipe on the drawing alone steps it too (inline-swipe.ts).
 * `allowed` is read as the finger comes down (a blanked screen's tap only brings the figure back; a page
 * pinch-zoomed is panned, not swiped).
 * Listens on the window, in the capture phase, before the presenter swallows a press on a faded bar.
 */
export function listenForSwipes(
	root: HTMLElement,
	allowed: () => boolean,
	step: (direction: 1 | -1) => void
): () => void {
	let start: { id: number; x: number; y: number } | null = null;
	const down = (event: PointerEvent) => {
		const target = event.target instanceof Element ? event.target : null;
		const onFigure =
			target !== null &&
			root.contains(target) &&
			!target.closest('.scene-controls, dialog, button, a, input, select, [role="slider"]');
		start =
			onFigure && event.isPrimary && event.pointerType !== 'mouse' && allowed()
				? { id: event.pointerId, x: event.clientX, y: event.clientY }
				: null;
	};
	const up = (event: PointerEvent) => {
		if (!start || event.pointerId !== start.id) return;
		const dx = event.clientX - start.x;
		const dy = event.clientY - start.y;
		start = null;
		if (Math.abs(dx) >= SWIPE_px && Math.abs(dx) >= 2 * Math.abs(dy)) step(dx < 0 ? 1 : -1);
	};
	// the browser took the touch over (a vertical scroll of the words, a pinch): no swipe
	const cancel = () => (start = null);
	const listeners: [string, (event: PointerEvent) => void][] = [
		['pointerdown', down],
		['pointerup', up],
		['pointercancel', cancel]
	];
	for (const [type, listener] of listeners) window.addEventListener(type, listener as EventListener, true);
	return () => {
		for (const [type, listener] of listeners)
			window.removeEventListener(type, listener as EventListener, true);
	};
}
