import { LAB_RANGES, type LabKey } from './state';

/** A log slider's stops over its four decades (100 a decade); a linear one goes by its own step. */
export const STOPS = 400;

/** Where a value stands on its slider. */
export function sliderPosition(key: LabKey, value: number): number {
	const range = LAB_RANGES[key];
	if (!range.log) return value;
	const [low, high] = [Math.log10(range.min), Math.log10(range.max)];
	return Math.round((STOPS * (Math.log10(value) - low)) / (high - low));
}

/** The value a slider's position stands for (a concentration to three figures). */
export function fromSlider(key: LabKey, position: number): number {
	const range = LAB_RANGES[key];
	if (!range.log) return position;
	const [low, high] = [Math.log10(range.min), Math.log10(range.max)];
	return +(10 ** (low + (position / STOPS) * (high - low))).toPrecision(3);
}

/**
 * The round values a log slider's PageUp and PageDown go to, a decade's 1, 2, 3, 5 (3, 5 and 10 mM are the
 * potassium buttons' values): four hundred positions make an arrow's step fine, and a page's ×2.7 jumped
 * past 10 mM, so the keys a student reaches for by the page land where a textbook does.
 */
const ROUND = [1, 2, 3, 5];

/** The next round value above `value` (`up`) or below it, within the key's range; none past its end. */
export function nextRoundValue(key: LabKey, value: number, up: boolean): number | null {
	const { min, max } = LAB_RANGES[key];
	const stops: number[] = [];
	for (let decade = Math.floor(Math.log10(min)); 10 ** decade <= max; decade++)
		for (const r of ROUND) stops.push(+(r * 10 ** decade).toPrecision(3));
	const within = stops.filter((stop) => stop >= min && stop <= max);
	const next = up
		? within.find((stop) => stop > value * (1 + 1e-9))
		: [...within].reverse().find((stop) => stop < value * (1 - 1e-9));
	return next ?? null;
}
