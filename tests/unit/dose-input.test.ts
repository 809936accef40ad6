import { describe, expect, it } from 'vitest';
import { readDose } from '$lib/dose/dose-input';

describe('dose calculator input', () => {
	// the volume as the calculator read it: at 5 %, 1 g of glucose in every 20 mL
	const volumeRead = (text: string) => {
		const reading = readDose(text, '5');
		return reading.ok ? Math.round(reading.dose.glucose_g * 20 * 1000) / 1000 : reading.problems[0]!.kind;
	};

	it.each([
		['2,5', 2.5],
		[' 7.5 ', 7.5],
		['20', 20],
		['1 000', 1000],
		['1e3', 1000],
		// typed values the calculator says are wrong, each in its own words
		['abc', 'not-a-number'],
		['2,5,1', 'not-a-number'],
		['--3', 'not-a-number'],
		['5 mL', 5],
		['20mL', 20],
		['20 ml', 20],
		['2,5\u00a0mL', 2.5],
		['20 g', 'other-unit'],
		['20 L', 'other-unit'],
		['20 mg/mL', 'other-unit'],
		['mL', 'not-a-number'],
		['', 'empty'],
		['−5', 'out-of-range'],
		['1e999', 'out-of-range']
	])('reads the volume %j as %j', (text, read) => {
		expect(volumeRead(text)).toBe(read);
	});

	it('gives the article’s example: 20 mL at 5 % is 1 g, about two strawberries, +0.37 mmol/L at most', () => {
		const reading = readDose('20', '5');
		expect(reading.ok).toBe(true);
		if (!reading.ok) return;
		expect(reading.dose.glucose_g).toBeCloseTo(1, 10);
		expect(reading.dose.strawberries).toBeCloseTo(1.7, 1);
		expect(reading.dose.bloodGlucoseRiseUpperBound_mmol_per_L).toBeCloseTo(0.37, 2);
	});

	it('names each field that is empty, not a number or out of range, and computes nothing', () => {
		expect(readDose('-5', '5')).toEqual({ ok: false, problems: [{ field: 'volume', kind: 'out-of-range' }] });
		expect(readDose('', 'abc')).toEqual({
			ok: false,
			problems: [
				{ field: 'volume', kind: 'empty' },
				{ field: 'percent', kind: 'not-a-number' }
			]
		});
		expect(readDose('20', '60')).toEqual({
			ok: false,
			problems: [{ field: 'percent', kind: 'out-of-range' }]
		});
	});
});

describe('a concentration typed with its unit, as a vial or a leaflet prints it', () => {
	// the concentration as the calculator read it: in 20 mL, 1 g of glucose at 5 %
	const percentRead = (text: string, lang: 'fr' | 'en') => {
		const reading = readDose('20', text, lang);
		return reading.ok ? Math.round(reading.dose.glucose_g * 5 * 1000) / 1000 : reading.problems[0]!.kind;
	};

	it.each([
		['5%', 'fr', 5],
		['5 %', 'fr', 5],
		['5,0 %', 'fr', 5],
		['5,0\u00a0%', 'fr', 5],
		['2.5 %', 'en', 2.5],
		['5,0 %', 'en', 5],
		['5 g/L', 'fr', 'other-unit'],
		['5 mM', 'en', 'other-unit'],
		['%', 'en', 'not-a-number'],
		['5 %%', 'en', 'other-unit']
	] as const)('reads %j (%s) as %j', (text, lang, read) => {
		expect(percentRead(text, lang)).toBe(read);
	});
});

describe('a volume typed with English thousands', () => {
	it('asks whether "1,000" mL or "1.000" mL is a thousand or one, on either language’s page (regression review D7)', () => {
		for (const volume of ['1,000', '1.000'])
			for (const lang of ['en', 'fr'] as const) {
				const reading = readDose(volume, '5', lang);
				expect(reading.ok, `${volume} (${lang})`).toBe(false);
				if (!reading.ok)
					expect(reading.problems[0]).toMatchObject({ kind: 'ambiguous', readings: [1000, 1] });
			}
	});
	it('reads a decimal without a group of three digits, and a thousand written with a space, as before', () => {
		// at 5 %, 1 g of glucose in every 20 mL
		const grams = (volume: string, lang: 'en' | 'fr') => {
			const reading = readDose(volume, '5', lang);
			return reading.ok ? reading.dose.glucose_g : NaN;
		};
		expect(grams('1,5', 'fr')).toBeCloseTo(0.075);
		expect(grams('1.5', 'en')).toBeCloseTo(0.075);
		expect(grams('0.125', 'en')).toBeCloseTo(0.00625);
		expect(grams('1 000', 'fr')).toBeCloseTo(50);
	});
});

describe('a separator that could mean thousands or decimals (pharm review D5)', () => {
	const problemOf = (volume: string, lang: 'fr' | 'en') => {
		const reading = readDose(volume, '5', lang);
		return reading.ok ? reading.dose.glucose_g * 20 : reading.problems[0]!;
	};

	it.each([
		// one group of three digits after the other language's mark: asked about, never guessed
		['1.000', 'fr', [1000, 1]],
		['1.000 mL', 'fr', [1000, 1]],
		['1,000', 'en', [1000, 1]],
		// only one reading fits 0–1000 mL: that one alone is asked about (sr56 review D8)
		['1.500', 'fr', [1.5]],
		['12.500', 'fr', [12.5]],
		['1,500', 'en', [1.5]],
		['1,000ml', 'en', [1000, 1]]
	] as const)('%j in %s could be %j', (text, lang, readings) => {
		expect(problemOf(text, lang)).toEqual({ field: 'volume', kind: 'ambiguous', readings });
	});

	it.each([
		// the page's own decimal mark, other digit counts, a leading zero, and no language: read as before
		['1,5', 'fr', 1.5],
		['2.5', 'fr', 2.5],
		['1.50', 'fr', 1.5],
		['0.125', 'fr', 0.125],
		['1 000', 'fr', 1000],
		['1.5', 'en', 1.5],
		['12,345.6', 'en', 'out-of-range'],
		['2,5', 'en', 2.5]
	] as const)('%j in %s reads %j', (text, lang, read) => {
		const reading = readDose(text, '5', lang);
		const got = reading.ok
			? Math.round(reading.dose.glucose_g * 20 * 1000) / 1000
			: reading.problems[0]!.kind;
		expect(got).toBe(read);
	});

	it('asks about the percent field too, and reads "1.000" as before without a language', () => {
		expect(readDose('20', '1.500 %', 'fr')).toEqual({
			ok: false,
			problems: [{ field: 'percent', kind: 'ambiguous', readings: [1.5] }]
		});
		expect(readDose('20', '1,500', 'en')).toEqual({
			ok: false,
			problems: [{ field: 'percent', kind: 'ambiguous', readings: [1.5] }]
		});
		// neither 60 500 % nor 60.5 % fits 0–50 %: the range is what is wrong
		expect(readDose('20', '60.500', 'fr')).toEqual({
			ok: false,
			problems: [{ field: 'percent', kind: 'out-of-range' }]
		});
		expect(readDose('1.000', '5').ok).toBe(true);
	});
});
