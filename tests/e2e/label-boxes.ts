// What is wrong among a drawing's labels, from the boxes the browser gave them: shared by figure-layout.spec.ts
// (every figure) and lab-projector.spec.ts (the lab's scale and recorder on a projector).

/** A box on the screen, CSS px, as `getBoundingClientRect()` gives it. */
export interface Box {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** A label of a drawing: its words, quoted, and its box on the screen. */
export interface PlacedLabel {
	name: string;
	box: Box;
}

/** Whether `box` passes out of `edges` by more than half a pixel (the browser's rounding). */
export const passesOut = (box: Box, edges: Box) =>
	box.left < edges.left - 0.5 ||
	box.right > edges.right + 0.5 ||
	box.top < edges.top - 0.5 ||
	box.bottom > edges.bottom + 0.5;

/** What two boxes share ("3.0×4.5 px") when it is more than `tolerance_px` both ways; null when they at most touch. */
export function overlap(a: Box, b: Box, tolerance_px: number): string | null {
	const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
	const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
	return x > tolerance_px && y > tolerance_px ? `${x.toFixed(1)}×${y.toFixed(1)} px` : null;
}

/**
 * Each label that leaves its drawing's `frame` (said "leaves the `drawing`"), and each pair of labels that
 * overlap by more than `tolerance_px` both ways.
 */
export function labelProblems(labels: PlacedLabel[], frame: Box, tolerance_px: number, drawing: string) {
	const problems: string[] = [];
	labels.forEach((label, i) => {
		if (passesOut(label.box, frame)) problems.push(`${label.name} leaves the ${drawing}`);
		for (const other of labels.slice(i + 1)) {
			const shared = overlap(label.box, other.box, tolerance_px);
			if (shared) problems.push(`${label.name} overlaps ${other.name} by ${shared}`);
		}
	});
	return problems;
}
