/**
 * A sampled series' value at time `t`, read linearly between samples. The samples are evenly spaced,
 * `step` apart, from time 0 (the models' series all are); before 0 or past the end it holds the first or
 * last value.
 */
export function valueAt(values: ArrayLike<number>, step: number, t: number): number {
	const last = values.length - 1;
	if (last < 0) return Number.NaN;
	const i = Math.min(last, Math.max(0, Number.isFinite(t) ? t / step : 0));
	const lo = Math.floor(i);
	const hi = Math.min(last, lo + 1);
	return values[lo]! + (values[hi]! - values[lo]!) * (i - lo);
}
