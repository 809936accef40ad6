import type { NumberFormat } from '$lib/i18n/numbers';

/** From here up to 100 %, C/C0 is written with one decimal. */
const CLOSE_TO_BASELINE = 0.95;

/**
 * C/C0 as a percentage: whole, but with one decimal from 95 % up ("98.5%"), where a whole percent would round
 * away the 98.5 % at four hours that question 2 and the hydrotomy article name (science.md D: 0.985). A value
 * that rounds to 100 is written whole.
 */
export function ratioPercent(n: NumberFormat, ratio: number): string {
	return n.percent(ratio, ratio >= CLOSE_TO_BASELINE && ratio * 100 < 99.95 ? 1 : 0);
}
