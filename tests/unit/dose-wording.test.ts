import { describe, expect, it } from 'vitest';
import {
	asShown,
	bloodRise,
	significant,
	diabetesSentence,
	gramsDigits,
	isTrace,
	strawberryDigits,
	strawberrySentence,
	osmolarityRange,
	tonicitySentence
} from '$lib/dose/wording';
import { numberFormat } from '$lib/i18n/numbers';
import { dextroseDose, glucoseGrams } from '$lib/physiology/dose';

describe('the dose calculator’s strawberries', () => {
	it.each([
		// French keeps the singular below 2, English only for 1
		[1.7, 'fr', 'doseStrawberriesOne'],
		[1, 'fr', 'doseStrawberriesOne'],
		[2, 'fr', 'doseStrawberries'],
		[17, 'fr', 'doseStrawberries'],
		[1, 'en', 'doseStrawberriesOne'],
		[1.7, 'en', 'doseStrawberries'],
		// under half a strawberry, shown: "less than half", not "the sugar of 0.4 medium strawberries"
		[0.4, 'en', 'doseStrawberriesUnderHalf'],
		[0.1, 'fr', 'doseStrawberriesUnderHalf'],
		[0.5, 'en', 'doseStrawberries'],
		[0.5, 'fr', 'doseStrawberriesOne'],
		// a count shown as 0 (under 0.05) says less than a tenth, in both languages
		[0.017, 'fr', 'doseStrawberriesNone'],
		[0, 'en', 'doseStrawberriesNone'],
		// 0.96 shows as "1": singular in both
		[0.96, 'en', 'doseStrawberriesOne']
	] as const)('%s strawberries in %s: %s', (count, lang, sentence) => {
		expect(strawberrySentence(count, lang)).toBe(sentence);
	});

	it.each([
		// 500 mL at 5 %: 25 g, "about 42.5 strawberries" once, a precision "about" denies
		[42.5, '43'],
		[9.96, '10'],
		[9.94, '9.9'],
		[1.66, '1.7']
	])('about %s strawberries are written %s', (count, written) => {
		expect(Number(count.toFixed(strawberryDigits(count))).toString()).toBe(written);
	});
});

describe('the word for people with diabetes', () => {
	it.each([
		// decided on the grams as written: 999.9 mL at 0.5 % is 4.9995 g, written "5 g", like 100 mL at 5 %
		[999.9, 0.5, 'doseDiabetesLarge'],
		[100, 5, 'doseDiabetesLarge'],
		[99, 5, 'doseDiabetesSmall'],
		// 40.09 mL at 5 % is 2.0045 g, written "2 g": still the usual session's order, negligible
		[40.09, 5, 'doseDiabetesNegligible'],
		[40.2, 5, 'doseDiabetesSmall'],
		[20, 5, 'doseDiabetesNegligible']
	] as const)('%s mL at %s %%: %s', (volume, percent, sentence) => {
		expect(diabetesSentence(glucoseGrams(volume, percent))).toBe(sentence);
	});
});

describe('a trace of glucose', () => {
	it('is what three decimals would write as 0 g, and only that', () => {
		expect(isTrace(glucoseGrams(1, 0.02))).toBe(true); // 0.0002 g
		expect(isTrace(1e-300)).toBe(true);
		expect(isTrace(0)).toBe(false); // no glucose at all has its own sentence
		expect(isTrace(glucoseGrams(0.1, 5))).toBe(false); // 0.005 g, written 0.005 g
		expect(isTrace(glucoseGrams(1, 0.05))).toBe(false); // 0.0005 g, written 0.001 g
	});
});

// numbers64 D4: 0.5 mL of 5 % was written "0.03 g" beside a rise worked out from 0.025 g
describe('the grams shown', () => {
	it.each([
		[0.5, 5, '0.025'],
		[1.5, 5, '0.075'],
		[0.1, 5, '0.005'],
		[1.99, 5, '0.1'], // 0.0995 g: two decimals from 0.1 g on
		[5, 5, '0.25'],
		[20, 5, '1'],
		[99.9, 5, '5']
	])(
		'%s mL at %s %% are written %s g, precise enough to check the rise beside them',
		(volume, percent, text) => {
			const grams = glucoseGrams(volume, percent);
			expect(numberFormat('en').upTo(grams, gramsDigits(grams))).toBe(text);
		}
	);
});

describe('the most blood glucose could rise, in three units', () => {
	// one rule for the three units: two significant figures, three when the first is a 1; the language's own
	// decimal mark and thousands separator (French: a narrow no-break space)
	it.each([
		// the article's 1 g: as it always was
		[20, 5, 'fr', { mmol: '0,37', mg: '6,7', g: '0,067' }],
		[20, 5, 'en', { mmol: '0.37', mg: '6.7', g: '0.067' }],
		// a full 500 mL bag at 5 %, 25 g: 9.25, 166.7 and 1.667 were more precise than an upper bound is
		[500, 5, 'fr', { mmol: '9,3', mg: '167', g: '1,67' }],
		[1000, 5, 'en', { mmol: '18.5', mg: '330', g: '3.3' }],
		// the most the calculator takes, 500 g: 185.03 mmol/L, 3,333.4 mg/dL, 33.334 g/L once
		[1000, 50, 'en', { mmol: '185', mg: '3,300', g: '33' }],
		[1000, 50, 'fr', { mmol: '185', mg: '3\u202f300', g: '33' }],
		// round results keep their figures (regress7 D4): 3 mL and 30 mL at 5 % were "1 mg/dL", "0,1 g/L"
		[3, 5, 'fr', { mmol: '0,056', mg: '1,00', g: '0,0100' }],
		[3, 5, 'en', { mmol: '0.056', mg: '1.00', g: '0.0100' }],
		[30, 5, 'fr', { mmol: '0,56', mg: '10,0', g: '0,100' }],
		// 0.1 mL at 5 %: none of the three rounds to 0
		[0.1, 5, 'en', { mmol: '0.00185', mg: '0.033', g: '0.00033' }]
	] as const)('%s mL at %s %% (%s): %o', (volume, percent, lang, written) => {
		expect(bloodRise(dextroseDose(volume, percent), numberFormat(lang))).toEqual(written);
	});

	it.each([
		[0.37, 0.37, 2],
		[6.67, 6.7, 1],
		[185.03, 185, 0],
		[3333.4, 3300, 0],
		[0.0999, 0.1, 2],
		[9.96, 10, 0],
		[0, 0, 0]
	])('rounds %s to %s, written with %s decimals', (value, rounded, digits) => {
		expect(significant(value)).toEqual({ value: rounded, digits });
	});
});

describe('the calculator’s word on tonicity (pharm review D1, sr56 review D1)', () => {
	it.each([
		[0, null],
		[5, null],
		[5.001, null],
		// above 5 % and below 10 %: stronger than the site's 5 %, never called hypertonic
		[5.1, 'doseStronger'],
		[5.5, 'doseStronger'],
		[9.9, 'doseStronger'],
		[9.99, 'doseStronger'],
		// 9.999 is shown as 10 %, and said as 10 % is
		[9.999, 'doseHypertonic'],
		[10, 'doseHypertonic'],
		[12.4, 'doseHypertonic'],
		[12.49, 'doseHypertonic'],
		[12.5, 'doseHypertonicProlotherapy'],
		[25, 'doseHypertonicProlotherapy'],
		[50, 'doseHypertonicProlotherapy']
	] as const)('%s %% → %s', (percent, sentence) => {
		expect(tonicitySentence(percent)).toBe(sentence);
	});

	it('gives 10 % as the article does, 505 to 555 mOsm/L, and 5 % as 252 to 278', () => {
		const n = numberFormat('fr');
		expect(osmolarityRange(dextroseDose(20, 10), n)).toEqual({ low: '505', high: '555' });
		expect(osmolarityRange(dextroseDose(20, 5), n)).toEqual({ low: '252', high: '278' });
	});

	// science.md C1 #1: 5 % (252–278 mOsm/L) is iso-osmolar in the bag and hypotonic in the body, 10 %
	// (505–555) hypertonic. A band that says "hypertonic" starts where the lower figure is 10 %'s; one that
	// does not ends with figures below it; plasma is about 285–295 mOsm/kg
	it.each([
		[5, null, '252', '278'],
		[5.1, 'doseStronger', '257', '283'],
		[9.9, 'doseStronger', '500', '550'],
		[10, 'doseHypertonic', '505', '555'],
		[12.4, 'doseHypertonic', '626', '688'],
		[12.5, 'doseHypertonicProlotherapy', '631', '694'],
		[50, 'doseHypertonicProlotherapy', '2523', '2775']
	] as const)('at %s %%: %s, %s to %s mOsm/L', (percent, sentence, low, high) => {
		const range = osmolarityRange(dextroseDose(20, percent), numberFormat('en'));
		expect({ sentence: tonicitySentence(percent), ...range }).toEqual({
			sentence,
			low: Number(low).toLocaleString('en'),
			high: Number(high).toLocaleString('en')
		});
		const hypertonic = sentence === 'doseHypertonic' || sentence === 'doseHypertonicProlotherapy';
		// hypertonic only from 10 %'s own lower figure, and only above 5 % is anything said
		expect(hypertonic).toBe(Number(low) >= 505);
		expect(sentence === null).toBe(percent <= 5);
	});
});

describe('a sentence is chosen on the number as the calculator writes it (regression review D5)', () => {
	it.each([
		[12.495, 2, 12.5],
		[12.494, 2, 12.49],
		[1.005, 2, 1.01],
		[4.9995, 3, 5],
		[0.0000001, 2, 0],
		[20, 2, 20]
	])('%f to %i decimals is %f, as Intl writes it', (value, digits, shown) => {
		expect(asShown(value, digits)).toBe(shown);
		const written = new Intl.NumberFormat('en', { maximumFractionDigits: digits, useGrouping: false }).format(
			value
		);
		expect(Number(written)).toBe(shown);
	});
	it('12.495 % gets the prolotherapy sentence that the 12.5 % it is shown as gets', () => {
		expect(tonicitySentence(12.495)).toBe(tonicitySentence(12.5));
	});
});
