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
