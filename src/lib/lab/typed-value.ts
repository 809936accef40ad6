import { numberFromText } from '$lib/address/number-text';
import type { Lang } from '$lib/i18n/languages';
import { LAB_RANGES, type LabKey } from './state';

/**
 * A lab value as a student types it: the number, with the field's own unit after it or not ("10 mM",
 * "10mM", "37 °C", "37°C"), as the label beside the field prints it. Any other word after the number is
 * still refused, with the field's note (numberFromText reads NaN), rather than guessed at.
 */
export function typedValue(key: LabKey, text: string, lang: Lang): number {
	const { unit } = LAB_RANGES[key];
	const trimmed = text.trim();
	const bare =
		unit && trimmed.toLowerCase().endsWith(unit.toLowerCase())
			? trimmed.slice(0, -unit.length).replace(/[\s\u00a0\u202f]+$/, '')
			: trimmed;
	return numberFromText(bare, lang);
}
