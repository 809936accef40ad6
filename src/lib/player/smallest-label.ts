/**
 * The smallest label of a drawing, in its own units (the font size its SVG text is set in, before the drawing
 * is scaled to its box): times the drawing's scale, it is the smallest label a presentation would show.
 * Hidden and empty texts are left out. Infinity where there is no label.
 */
export function smallestLabelUnits(svg: SVGSVGElement): number {
	let smallest = Infinity;
	for (const text of svg.querySelectorAll('text')) {
		if (!(text.textContent ?? '').trim() || text.closest('[hidden], [display="none"]')) continue;
		const size = parseFloat(getComputedStyle(text).fontSize);
		if (Number.isFinite(size) && size > 0) smallest = Math.min(smallest, size);
	}
	return smallest;
}
