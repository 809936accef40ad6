/**
 * The index of the stop nearest `value` (a slider that moves along stops: 5, 10, 20 … 500 mL). A tie goes to
 * the lower stop; a value that is not a finite number gives the index of `fallback`'s nearest stop; a value
 * beyond the stops gives the end it lies past.
 */
export function nearestStop(stops: readonly number[], value: number, fallback = stops[0] ?? 0): number {
	// brought inside the stops first: 1e20 − 5 and 1e20 − 500 are the same double, so every stop would tie
	const inside = Math.min(Math.max(value, Math.min(...stops)), Math.max(...stops));
	const target = Number.isFinite(value) ? inside : fallback;
	let best = 0;
	stops.forEach((stop, i) => {
		if (Math.abs(stop - target) < Math.abs(stops[best]! - target)) best = i;
	});
	return best;
}
