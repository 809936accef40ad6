import type { Lang } from '$lib/i18n/languages';
import type { NumberFormat } from '$lib/i18n/numbers';
import { takesSingular } from '$lib/i18n/plural';
import {
	D5W_PERCENT,
	diabetesConcern,
	GLUCOSE_g_per_mol,
	GLUCOSE_MONOHYDRATE_g_per_mol,
	type DextroseDose,
	type DiabetesConcern
} from '$lib/physiology/dose';

/**
 * A number as the calculator writes it, rounded to `digits` decimals: sentences are chosen on it. Rounded as
 * Intl.NumberFormat rounds, on the number's decimal writing, halves away from zero: 12.495 is shown "12.5", where
 * toFixed, working on the binary value just under it, gave 12.49 and a sentence for another number (regression
 * review D5). A number written with an exponent (1e-7) is rounded by toFixed, which is then exact enough.
 */
export const asShown = (value: number, digits: number) =>
	/e/i.test(String(value))
		? Number(value.toFixed(digits))
		: Number(`${Math.round(Number(`${value}e${digits}`))}e-${digits}`);

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

/**
 * The decimals grams of glucose are shown with: two ("0.25 g", "4.99 g"), three under 0.1 g ("0.025 g"), where
 * two wrote 0.5 mL of 5 % as "0.03 g" beside a rise worked out from 0.025 g, which a reader could not check
 * from the grams shown (numbers64 D4).
 */
export const gramsDigits = (grams: number) => (asShown(grams, 2) < 0.1 ? 3 : 2);
const shownGrams = (grams: number) => asShown(grams, gramsDigits(grams));
/** Grams of glucose as the calculator writes them, to those decimals, in the language's digits. */
export const writtenGrams = (grams: number, n: NumberFormat) => n.upTo(grams, gramsDigits(grams));
/** The least the calculator writes: less is a trace. */
export const LEAST_GRAMS_SHOWN = 0.001;

/** Some glucose, but less than the calculator writes (under 0.0005 g shows "0 g"): a sentence of its own. */
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
 * A bound on the rise written to the precision it deserves, one rule for every unit: two significant figures,
 * three when the first is a 1 (where two would move the number by up to 5 %). "0.37", "6.7", "0.067"; "185"
 * (not 185.03), "3,300" (not 3,333.4), "33" (not 33.334); and never 0 for a rise above 0 ("0.0019").
 */
export function significant(value: number): { value: number; digits: number } {
	if (!(value > 0) || !Number.isFinite(value)) return { value: 0, digits: 0 };
	const figures = Number(value.toPrecision(3)).toExponential().startsWith('1') ? 3 : 2;
	const rounded = Number(value.toPrecision(figures));
	// decimals the rounded value needs: 185 → 0, 0.37 → 2, 0.0019 → 4
	const digits = Math.max(0, figures - 1 - Math.floor(Math.log10(rounded)));
	return { value: rounded, digits };
}

// every decimal significant() asks for, trailing zeros too: 1 mg/dL is "1.00", not "1" beside "0.056"
const written = (value: number, n: NumberFormat) => {
	const rounded = significant(value);
	return n.fixed(rounded.value, rounded.digits);
};

/**
 * The most blood glucose could rise, in the three units readers meet: mmol/L (most of the world's meters and
 * reports), mg/dL (American ones, and many French meters) and g/L (French laboratory reports and meters), each
 * to the same precision (significant), in the language's digits and separators.
 */
export function bloodRise(dose: DextroseDose, n: NumberFormat): { mmol: string; mg: string; g: string } {
	return {
		mmol: written(dose.bloodGlucoseRiseUpperBound_mmol_per_L, n),
		mg: written(dose.bloodGlucoseRiseUpperBound_mg_per_dL, n),
		g: written(dose.bloodGlucoseRiseUpperBound_g_per_L, n)
	};
}

/** From this strength the solution is hypertonic: 10 % is ≈ 505–555 mOsm/L (science.md C1 #1). */
export const HYPERTONIC_FROM_PERCENT = 10;
/** From this strength the solution is in the range used for prolotherapy, 12.5–25 % (science.md C1 #2). */
export const PROLOTHERAPY_FROM_PERCENT = 12.5;

/**
 * The sentence on tonicity for a strength above 5 %, decided on the percent as shown, in three bands
 * (science.md C1 #1, #2; sr56 review D1):
 * - above 5 % and below 10 %: stronger than the 5 % the site describes, no claim of hypertonicity (5.1 % is
 *   257–283 mOsm/L, at or below plasma; only 10 % is called hypertonic);
 * - from 10 %: hypertonic, drawing water out of the cells;
 * - from 12.5 %: also prolotherapy's range.
 * Null up to 5 %.
 */
export function tonicitySentence(
	percent: number
): 'doseStronger' | 'doseHypertonic' | 'doseHypertonicProlotherapy' | null {
	const shown = asShown(percent, 2);
	if (!(shown > D5W_PERCENT)) return null;
	if (shown < HYPERTONIC_FROM_PERCENT) return 'doseStronger';
	return shown >= PROLOTHERAPY_FROM_PERCENT ? 'doseHypertonicProlotherapy' : 'doseHypertonic';
}

/**
 * The osmolarity of the solution, whole mOsm/L, as the article gives it for 10 % (505–555): counted as the
 * monohydrate (US labels) and as anhydrous glucose (dose.ts, French labels), from the one figure dose.ts computes.
 */
export function osmolarityRange(dose: DextroseDose, n: NumberFormat): { low: string; high: string } {
	const high = dose.osmolarity_mOsm_per_L;
	return {
		low: n.upTo((high * GLUCOSE_g_per_mol) / GLUCOSE_MONOHYDRATE_g_per_mol, 0),
		high: n.upTo(high, 0)
	};
}
