import { describe, expect, it } from 'vitest';
import { bloodRiseDigits, strawberrySentence } from '$lib/dose/wording';

describe('the dose calculator’s strawberries', () => {
	it.each([
		// French keeps the singular below 2, English only for 1
		[1.7, 'fr', 'doseStrawberriesOne'],
		[1, 'fr', 'doseStrawberriesOne'],
		[2, 'fr', 'doseStrawberries'],
		[17, 'fr', 'doseStrawberries'],
		[1, 'en', 'doseStrawberriesOne'],
		[1.7, 'en', 'doseStrawberries'],
		[0.4, 'en', 'doseStrawberries'],
		// a count shown as 0 (under 0.05) says less than a tenth, in both languages
		[0.017, 'fr', 'doseStrawberriesNone'],
		[0, 'en', 'doseStrawberriesNone'],
		// 0.96 shows as "1": singular in both
		[0.96, 'en', 'doseStrawberriesOne']
	] as const)('%s strawberries in %s: %s', (count, lang, sentence) => {
		expect(strawberrySentence(count, lang)).toBe(sentence);
	});
});

describe('the most blood glucose could rise', () => {
	it('shows a tiny rise in mmol/L with as much as its mg/dL twin, a larger one with two decimals', () => {
		// 0.01 g: 0.0037 mmol/L and 0.067 mg/dL, once written "0 mmol/L (0.1 mg/dL)"
		expect(Number((0.0037).toFixed(bloodRiseDigits(0.0037)))).toBeGreaterThan(0);
		expect(bloodRiseDigits(0.37)).toBe(2);
	});
});
