// Where a glossary term's definition (TermTip) is drawn: the arithmetic, from boxes measured by the component.

/** the gap kept between the bubble and the window's edges, or its word (px) */
export const TIP_MARGIN = 8;

type Box = Pick<DOMRect, 'left' | 'right' | 'top' | 'bottom' | 'height'>;

/**
 * How far to scroll the page so that a word reached by Tab or a tap stands clear above its docked definition
 * (WCAG 2.4.11: focus not obscured): 0 when it already does.
 */
export function uncoverBy(word: Box, tip: Box): number {
	return Math.max(0, word.bottom + TIP_MARGIN - tip.top);
}

/**
 * A bubble shown by its word: moved back inside the text's column (`right`, at most the window's `width`) if it
 * would stick out at a side, and opened above the word if it would run past the window's `height` with room
 * above. `tip` is its box as drawn, moved `applied` px to the side by the last placement; `term` is the word's.
 */
export function besideWord(
	tip: Box,
	applied: number,
	term: Box,
	view: { right: number; width: number; height: number }
): { shift: number; above: boolean } {
	const margin = TIP_MARGIN;
	const box = { left: tip.left - applied, right: tip.right - applied, height: tip.height };
	const width = Math.min(view.width, view.right + margin);
	let shift = 0;
	if (box.right > width - margin) shift = width - margin - box.right;
	if (box.left + shift < margin) shift = margin - box.left;
	// measured from the word, wherever the bubble was last shown
	const fitsBelow = term.bottom + box.height + margin <= view.height;
	const above = !fitsBelow && term.top - box.height - margin >= 0;
	return { shift, above };
}

/** How far a point (a mouse on its way to the docked bubble) is from the box: 0 inside it. */
export function distanceTo(box: Box, x: number, y: number): number {
	const dx = Math.max(box.left - x, 0, x - box.right);
	const dy = Math.max(box.top - y, 0, y - box.bottom);
	return Math.hypot(dx, dy);
}
