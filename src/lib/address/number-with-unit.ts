import type { Lang } from '$lib/i18n/languages';
import { numberFromText } from './number-text';
import { plainDigits } from './plain-digits';

// A number as a reader types it beside the unit printed by its field ("10 mM", "37 °C", "5 %", "20 mL"), and
// a number followed by some other unit ("20 g" in a field of millilitres), which is refused, never guessed at.

const TRAILING_SPACE = /[\s\u00a0\u202f]+$/;

/**
 * The number in `text`, with one of `units` after it or not, in any case and with or without a space
 * ("5 %", "5%", "5,0 %", "20 mL", "20ml"); read as numberFromText reads a number ('2,5', '1 000'), its
 * digits in any script a keyboard types and without invisible characters (plain-digits.ts). Any other word
 * after the number reads NaN.
 */
export function numberWithUnit(text: string, units: readonly string[], lang?: Lang): number {
	const trimmed = plainDigits(text).trim();
	const lower = trimmed.toLowerCase();
	const unit = units.find((each) => each && lower.endsWith(each.toLowerCase()));
	const bare = unit ? trimmed.slice(0, -unit.length).replace(TRAILING_SPACE, '') : trimmed;
	return numberFromText(bare, lang);
}

// a number, then a word that is no part of one (a unit: "g", "mg/mL", "°F", "mmol")
const NUMBER_THEN_WORD = /^(.*?\d[.,]?)[\s\u00a0\u202f]*([^\d\s\u00a0\u202f.,][^\d]*)$/u;

/** Whether `text` is a number followed by a unit (any word): "20 g", "5 mg/mL"; not "abc", "1e3", "2,5". */
export function hasUnitAfterNumber(text: string, lang?: Lang): boolean {
	const match = NUMBER_THEN_WORD.exec(plainDigits(text).trim());
	return match !== null && !Number.isNaN(numberFromText(match[1]!, lang));
}
