// Axis ticks for the recorder's chart: decades (with 2 and 5) on a log axis, round steps on a linear one.

/** Round values between min and max, about `count` of them: steps of 1, 2 or 5 × 10ⁿ. */
export function linearTicks(min: number, max: number, count = 6): number[] {
	if (!(max > min)) return [min];
	const raw = (max - min) / count;
	const power = 10 ** Math.floor(Math.log10(raw));
	const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
	const ticks: number[] = [];
	for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step)
		ticks.push(+v.toPrecision(12));
	return ticks;
}

/** 1, 2, 5, 10, 20, 50… between min and max (both > 0); only the decades when the range is wide. */
export function logTicks(min: number, max: number): number[] {
	const ticks: number[] = [];
	const decades = Math.log10(max / min);
	const mantissas = decades > 3 ? [1] : [1, 2, 5];
	for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++)
		for (const m of mantissas) {
			const v = +(m * 10 ** e).toPrecision(12);
			if (v >= min * (1 - 1e-9) && v <= max * (1 + 1e-9)) ticks.push(v);
		}
	return ticks;
}
