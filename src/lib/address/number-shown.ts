import { numberFormat } from '$lib/i18n/numbers';
import type { RangeParameter, StopsParameter } from '$lib/player/parameters';
import { numberFromText } from './number-text';

// What a number parameter's control shows, as its address reads it: whether two numbers look the same there
// (a link's 30.2° is the slider's 30°), and whether its value is a fraction from 0 to 1 shown as a percent.

type NumberParameter = RangeParameter | StopsParameter;

// the words a value shows in are the same in either language but for the decimal mark and spaces: English
// decides, and no catalogue is needed (a named stop's name comes after the same number)
const n = numberFormat('en');
const shown = (parameter: NumberParameter, value: number) =>
	parameter.show ? parameter.show(value, n) : n.upTo(value, 2);

/** Whether the control shows `a` as it shows `b` ("278 mM" for 278 and 277.53): the reader sees one case. */
export const showsAlike = (parameter: NumberParameter, a: number, b: number) =>
	shown(parameter, a) === shown(parameter, b);

const lowest = (p: NumberParameter) => (p.kind === 'range' ? p.min : Math.min(...p.stops));
const highest = (p: NumberParameter) => (p.kind === 'range' ? p.max : Math.max(...p.stops));

/**
 * Whether a parameter's value is a fraction from 0 to 1 that its control shows as a percent (0.6 as "60%"),
 * whatever the figure: its address then also takes a percent ("60%", "60 %"), and a bare 60 is explained.
 */
export function isPercentOfFraction(parameter: NumberParameter): boolean {
	if (lowest(parameter) < 0 || highest(parameter) > 1) return false;
	return shown(parameter, 0.5).replace(/[\s\u00a0\u202f]/g, '') === '50%';
}

const PERCENT = /^(.*\d)[\s\u00a0\u202f]*%$/;

/**
 * A number from an address's text for this parameter: as numberFromText reads it, or, for a fraction shown as
 * a percent, a percent of it ("60%" and "60 %" are 0.6); NaN when it means nothing. `percent`: whether it was
 * written as a percent.
 */
export function numberFor(parameter: NumberParameter, text: string): { value: number; percent: boolean } {
	const percent = PERCENT.exec(text.trim());
	if (percent && isPercentOfFraction(parameter))
		return { value: numberFromText(percent[1]!) / 100, percent: true };
	return { value: numberFromText(text), percent: false };
}
