import { describe, expect, it } from 'vitest';
import { typedValue } from '$lib/lab/typed-value';

// What a student types in a lab field, often with the unit printed beside it: read as the number, in the
// unit the field is in; any other word still refused (NaN, which the field turns into its note).
describe('a value typed in a lab field', () => {
	it.each([
		['Ko', '10', 'en', 10],
		['Ko', '10 mM', 'en', 10],
		['Ko', '10mM', 'en', 10],
		['Ko', ' 2.5 mm ', 'en', 2.5],
		['Ko', '2,5 mM', 'fr', 2.5],
		['Ko', '2,5\u00a0mM', 'fr', 2.5],
		['T', '37 °C', 'en', 37],
		['T', '37°C', 'fr', 37],
		['pK', '1', 'en', 1],
		// mmol/L is mM, as a clinical laboratory report writes it
		['Ko', '10 mmol/L', 'en', 10],
		['Ko', '10mmol/l', 'en', 10],
		['Nai', '12,5 mmol/L', 'fr', 12.5]
	] as const)('reads %s “%s” (%s) as %s', (key, text, lang, value) => {
		expect(typedValue(key, text, lang)).toBe(value);
	});

	it.each([
		['Ko', '10 mV'],
		['Ko', '10 mmol'],
		['Ko', 'mmol/L'],
		['Ko', 'mM'],
		['T', '37 K'],
		['pK', '1 mM']
	] as const)('refuses %s “%s”: another unit, or a unit alone', (key, text) => {
		expect(typedValue(key, text, 'en')).toBeNaN();
	});
});
