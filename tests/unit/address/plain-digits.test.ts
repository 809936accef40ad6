import { describe, expect, it } from 'vitest';
import { hasUnitAfterNumber, numberWithUnit } from '$lib/address/number-with-unit';
import { plainDigits } from '$lib/address/plain-digits';
import { readDose } from '$lib/dose/dose-input';
import { typedValue } from '$lib/lab/typed-value';

// A robustness review typed ٣٠ (Arabic-Indic digits) and ５ (a Japanese keyboard's full-width digit) into the
// dose calculator and the lab, and was told "write a number"; a pasted 20 with an invisible right-to-left mark
// after it was called "not millilitres". The fields now read the digits, and ignore the invisible mark.

describe('digits of other scripts, and invisible characters, in a number field', () => {
	it.each([
		['٣٠', '30'],
		['۲٫۵', '2٫5'],
		['５', '5'],
		['１２,５', '12,5'],
		['20\u202e', '20'],
		['\u200b7\u200f', '7'],
		['\ufeff1 000', '1 000'],
		['µM 5', 'µM 5']
	])('%j reads as %j', (typed, plain) => {
		expect(plainDigits(typed)).toBe(plain);
	});

	it('gives the dose calculator and the lab the number meant', () => {
		expect(numberWithUnit('٣٠ mL', ['mL'], 'fr')).toBe(30);
		expect(numberWithUnit('20\u202e', ['mL'], 'fr')).toBe(20);
		expect(hasUnitAfterNumber('20\u202e', 'fr')).toBe(false);
		const dose = readDose('٣٠', '５', 'fr');
		expect(dose.ok && dose.dose.glucose_g).toBeCloseTo(1.5, 6);
		expect(typedValue('pK', '٣', 'fr')).toBe(3);
		expect(typedValue('Ko', '１０ mM', 'en')).toBe(10);
	});

	it('still refuses what is not a number, and another unit', () => {
		expect(numberWithUnit('abc', ['mL'], 'fr')).toBeNaN();
		expect(numberWithUnit('٣٠ g', ['mL'], 'fr')).toBeNaN();
		expect(hasUnitAfterNumber('٣٠ g', 'fr')).toBe(true);
	});
});
