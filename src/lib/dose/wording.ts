import type { Lang } from '$lib/i18n/languages';
import type { NumberFormat } from '$lib/i18n/numbers';
import { takesSingular } from '$lib/i18n/plural';
import { diabetesConcern, type DextroseDose, type DiabetesConcern } from '$lib/physiology/dose';

/** A number as the calculator writes it, rounded to `digits` decimals: sentences are chosen on it. */
const asShown = (value: number, digits: number) => Number(value.toFixed(digits));

/**
 * The strawberries as the calculator shows them: one decimal under 10 ("about 1.7"), whole from 10 on,
 * where "about 42.5 strawberries" would claim a precision "about" denies.
 */
export const strawberryDigits = (count: number) => (count < 9.95 ? 1 : 0);

/**
 * Which sentence names the strawberries, for the count as shown (strawberryDigits): singular or plural by the
 * language's own rule (French keeps the singular below 2: "1,7 fraise"; English only for 1), and a sentence
 * of its own for a count that shows as 0, where "about 0 strawberries" would say nothing, and for one under
 * half ("less than half a strawberry's sugar", not "the sugar of 0.4 strawberries").
 */
export function strawberrySentence(
	count: number,
	lang: Lang
): 'doseStrawberriesNone' | 'doseStrawberriesUnderHalf' | 'doseStrawberriesOne' | 'doseStrawberries' {
	const shown = asShown(count, strawberryDigits(count));
	if (!(shown > 0)) return 'doseStrawberriesNone';
	if (shown < 0.5) return 'doseStrawberriesUnderHalf';
	return takesSingular(shown, lang) ? 'doseStrawberriesOne' : 'doseStrawberries';
}

/** Grams of glucose as the calculator shows them: two decimals ("0.25 g", "4.99 g"). */
export const GRAMS_DIGITS = 2;
const shownGrams = (grams: number) => asShown(grams, GRAMS_DIGITS);

/** Some glucose, but less than the calculator writes (under 0.005 g shows "0 g"): a sentence of its own. */
export const isTrace = (grams: number) => grams > 0 && shownGrams(grams) === 0;

const diabetesSentences = {
	negligible: 'doseDiabetesNegligible',
	small: 'doseDiabetesSmall',
	notable: 'doseDiabetesLarge'
} as const satisfies Record<DiabetesConcern, string>;

/**
 * The word for people with diabetes, decided on the grams as shown: 4.9995 g is written "5 g", and a sentence
 * calling 5 g small beside it would contradict the note given for 5 g exactly.
 */
export function diabetesSentence(grams: number): (typeof diabetesSentences)[DiabetesConcern] {
	return diabetesSentences[diabetesConcern(shownGrams(grams))];
}

/**
 * Decimals for the most blood glucose could rise, in mmol/L, so that it shows as much as its mg/dL twin
 * (18 times larger, one decimal): 0.004 mmol/L beside 0.1 mg/dL, not 0 beside 0.1.
 */
export function bloodRiseDigits(rise_mmol_per_L: number): number {
	return rise_mmol_per_L < 0.1 ? 3 : 2;
}

/** Decimals for the same rise in mg/dL: one, or two under 0.1 mg/dL (0.04, not 0, for 0.1 mL at 5 %). */
export function bloodRiseMgDigits(rise_mg_per_dL: number): number {
	return rise_mg_per_dL < 0.1 ? 2 : 1;
}

/**
 * The most blood glucose could rise, in the three units readers meet: mmol/L (most of the world's meters and
 * reports), mg/dL (American ones, and many French meters) and g/L (French laboratory reports and meters). Each
 * shows as much as the others: g/L is mg/dL over 100, so two more decimals.
 */
export function bloodRise(dose: DextroseDose, n: NumberFormat): { mmol: string; mg: string; g: string } {
	const mmol = dose.bloodGlucoseRiseUpperBound_mmol_per_L;
	const mgDigits = bloodRiseMgDigits(dose.bloodGlucoseRiseUpperBound_mg_per_dL);
	return {
		mmol: n.upTo(mmol, bloodRiseDigits(mmol)),
		mg: n.upTo(dose.bloodGlucoseRiseUpperBound_mg_per_dL, mgDigits),
		g: n.upTo(dose.bloodGlucoseRiseUpperBound_g_per_L, mgDigits + 2)
	};
}
