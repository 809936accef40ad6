import { describe, expect, it } from 'vitest';
import { parseDecimal, readDose } from '$lib/dose/dose-input';

describe('dose calculator input', () => {
	it('reads French and English decimals', () => {
		expect(parseDecimal('2,5')).toBe(2.5);
		expect(parseDecimal(' 7.5 ')).toBe(7.5);
		expect(parseDecimal('20')).toBe(20);
	});

	it('refuses what is not a plain number', () => {
		for (const text of ['abc', '1e3', '2,5,1', '--3', '', '5 mL']) expect(parseDecimal(text)).toBeNaN();
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
