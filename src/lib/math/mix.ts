/** The value a share `p` of the way from `a` to `b` (p = 0 gives a, p = 1 gives b; no clamping). */
export function mix(a: number, b: number, p: number): number {
	return a + (b - a) * p;
}

export interface Point {
	x: number;
	y: number;
}

/** The point a share `p` of the way from `a` to `b`. */
export function mixPoint(a: Point, b: Point, p: number): Point {
	return { x: mix(a.x, b.x, p), y: mix(a.y, b.y, p) };
}

/** Points written as [x, y] pairs, as a drawing's spots read best: `points([36, 100], [92, 64])`. */
export const points = (...pairs: readonly (readonly [number, number])[]): Point[] =>
	pairs.map(([x, y]) => ({ x, y }));
