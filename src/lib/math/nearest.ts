/**
 * The index of the stop nearest `value` (a slider that moves along stops: 5, 10, 20 … 500 mL). A tie goes to
 * the lower stop; a value that is not a finite number gives the index of `fallback`'s nearest stop.
 */
export function nearestStop(stops: readonly number[], value: number, fallback = stops[0] ?? 0): number {
	const target = Number.isFinite(value) ? value : fallback;
	let best = 0;
	stops.forEach((stop, i) => {
		if (Math.abs(stop - target) < Math.abs(stops[best]! - target)) best = i;
	});
	return best;
}
