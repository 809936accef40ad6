/**
 * A number kept within [min, max]. Anything that is not a finite number (NaN, ±Infinity from a bad slider
 * value or address) becomes `fallback`, itself kept within the range: a figure never draws NaN.
 */
export function clamp(value: number, min: number, max: number, fallback = min): number {
	const safe = Number.isFinite(value) ? value : fallback;
	return Math.min(max, Math.max(min, safe));
}
