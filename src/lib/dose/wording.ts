import type { Lang } from '$lib/i18n/languages';
import { takesSingular } from '$lib/i18n/plural';

/** The strawberries as the calculator shows them: one decimal. */
export const STRAWBERRY_DIGITS = 1;

/**
 * Which sentence names the strawberries, for the count as shown (one decimal): singular or plural by the
 * language's own rule (French keeps the singular below 2: "1,7 fraise"; English only for 1), and a sentence
 * of its own for a count that shows as 0, where "about 0 strawberries" would say nothing.
 */
export function strawberrySentence(
	count: number,
	lang: Lang
): 'doseStrawberriesNone' | 'doseStrawberriesOne' | 'doseStrawberries' {
	const shown = Number(count.toFixed(STRAWBERRY_DIGITS));
	if (!(shown > 0)) return 'doseStrawberriesNone';
	return takesSingular(shown, lang) ? 'doseStrawberriesOne' : 'doseStrawberries';
}

/**
 * Decimals for the most blood glucose could rise, in mmol/L, so that it shows as much as its mg/dL twin
 * (18 times larger, one decimal): 0.004 mmol/L beside 0.1 mg/dL, not 0 beside 0.1.
 */
export function bloodRiseDigits(rise_mmol_per_L: number): number {
	return rise_mmol_per_L < 0.1 ? 3 : 2;
}
