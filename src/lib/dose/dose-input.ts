// the dose module itself, not the physiology index: that would bring every model with the article's first load
import { hasUnitAfterNumber, numberWithUnit } from '$lib/address/number-with-unit';
import { plainDigits } from '$lib/address/plain-digits';
import type { Lang } from '$lib/i18n/languages';
import { DOSE_LIMITS, dextroseDose, type DextroseDose } from '$lib/physiology/dose';

export type DoseField = 'volume' | 'percent';
export type DoseProblem = {
	field: DoseField;
	kind: 'empty' | 'not-a-number' | 'other-unit' | 'out-of-range' | 'ambiguous';
	/**
	 * for 'ambiguous': the numbers it could mean within the field's range, thousands first ("1.000" in French:
	 * 1000 or 1 mL), or the decimal one alone when only it fits ("1,500" % in English: 1.5, never 1500 %)
	 */
	readings?: readonly [number, number] | readonly [number];
};
// One group of three digits after a point or a comma, on either language's page: "1.000" is a thousand to a
// Belgian or Swiss reader copying a bag's label and 1 to a program; "1,500" is 1500 to an English reader and
// 1.5 to a European one. Readers of each language meet the other's habits (a European on the English page:
// regression review D7), so neither is guessed (pharm review D5).
const ONE_GROUP = /^([1-9]\d{0,2})[.,](\d{3})$/;
const UNIT_AFTER = /[\s\u00a0\u202f]*(ml|%)$/i;

/** The two numbers `text` may mean when its separator is ambiguous in `lang`, thousands first; else null. */
export function ambiguousReadings(text: string, lang?: Lang): readonly [number, number] | null {
	if (!lang) return null;
	const bare = plainDigits(text).trim().replace(UNIT_AFTER, '');
	const match = ONE_GROUP.exec(bare);
	if (!match) return null;
	return [Number(match[1]! + match[2]!), Number(`${match[1]!}.${match[2]!}`)];
}

/**
 * What to ask about a separator read two ways: both readings when both fit the field's range; only the one
 * that fits, still asked and never taken silently (sr56 review D8); when neither fits, the range itself.
 */
function ambiguity(
	field: DoseField,
	[thousands, decimal]: readonly [number, number],
	min: number,
	max: number
): DoseProblem {
	const fits = (value: number) => value >= min && value <= max;
	// the decimal reading is the thousands one over 1000 and at least 1: with a range from 0 (or 1), the
	// thousands reading never fits alone
	if (!fits(decimal)) return { field, kind: 'out-of-range' };
	return { field, kind: 'ambiguous', readings: fits(thousands) ? [thousands, decimal] : [decimal] };
}

export type DoseReading = { ok: true; dose: DextroseDose } | { ok: false; problems: DoseProblem[] };

/**
 * What the dose calculator shows for what was typed: the dose from dose.ts, or what is wrong with each
 * field (empty, not a number, a number in another unit, outside 0–1000 mL or 0–50 %, or a separator that
 * could mean thousands or decimals: "1.000" or "1,500", in either language, which it asks about). It never computes from a
 * bad value. Each field's own unit may follow its number, as a vial or a leaflet prints it ("5 %", "5,0 %",
 * "20 mL", "20ml"); another ("20 g") is refused with a note of its own.
 */
export function readDose(volumeText: string, percentText: string, lang?: Lang): DoseReading {
	const problems: DoseProblem[] = [];
	const fields: [DoseField, string, readonly [number, number], string][] = [
		['volume', volumeText, DOSE_LIMITS.volume_mL, 'mL'],
		['percent', percentText, DOSE_LIMITS.percent, '%']
	];
	const values: number[] = [];
	for (const [field, text, [min, max], unit] of fields) {
		// read as every number field and address of the site reads one: '2,5', '1 000', '−3', '1e3', and as the
		// lab's fields, with the unit beside the field after it or not (number-with-unit.ts)
		const value = numberWithUnit(text, [unit], lang);
		const readings = ambiguousReadings(text, lang);
		if (text.trim() === '') problems.push({ field, kind: 'empty' });
		else if (readings) problems.push(ambiguity(field, readings, min, max));
		else if (Number.isNaN(value))
			problems.push({ field, kind: hasUnitAfterNumber(text, lang) ? 'other-unit' : 'not-a-number' });
		else if (value < min || value > max) problems.push({ field, kind: 'out-of-range' });
		values.push(value);
	}
	if (problems.length) return { ok: false, problems };
	return { ok: true, dose: dextroseDose(values[0]!, values[1]!) };
}
