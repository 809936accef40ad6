import { numberWithUnit } from '$lib/address/number-with-unit';
import type { Lang } from '$lib/i18n/languages';
import { LAB_RANGES, type LabKey } from './state';

/** Other ways of writing a field's unit: mmol/L is mM, as clinical laboratory reports write it. */
const SAME_UNIT: Partial<Record<string, readonly string[]>> = { mM: ['mmol/L'] };

/**
 * A lab value as a student types it, or an address gives it: the number, with the field's own unit after it
 * or not ("10 mM", "10mM", "10 mmol/L", "37 °C", "37°C"), as the label beside the field prints it. Any other
 * word after the number is still refused, with the field's note (numberFromText reads NaN), rather than
 * guessed at. With no language (an address read before the page's is known), a comma is a decimal one.
 */
export function typedValue(key: LabKey, text: string, lang?: Lang): number {
	const { unit } = LAB_RANGES[key];
	return numberWithUnit(text, [unit, ...(SAME_UNIT[unit] ?? [])], lang);
}
