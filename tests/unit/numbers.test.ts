import { describe, expect, it } from 'vitest';
import { numberFormat } from '$lib/i18n/numbers';

// One number formatter per language for the whole site: what a French and an English reader expect to read.
const fr = numberFormat('fr');
const en = numberFormat('en');
const nb = (text: string) => text.replaceAll(' ', '\u00a0');

describe('the number formatter', () => {
	it.each([
		['mV', -53.2, '−53 mV', '−53 mV'],
		['mV', -0.3, '0 mV', '0 mV'],
		['percent', 0.6, '60 %', '60%'],
		['percent', 0.985, '99 %', '99%'],
		['mM', 5, '5 mM', '5 mM'],
		['mM', 0.5, '0,5 mM', '0.5 mM'],
		['mM', 277.5, '278 mM', '278 mM'],
		['grams', 0.25, '0,25 g', '0.25 g'],
		['grams', 2.5, '2,5 g', '2.5 g'],
		['grams', 25, '25 g', '25 g'],
		['mL', 2.5, '2,5 mL', '2.5 mL'],
		['mL', 20, '20 mL', '20 mL'],
		['mm', 0.1, '0,1 mm', '0.1 mm'],
		['mm', 13, '13 mm', '13 mm'],
		['duration', 45, '45 min', '45 min'],
		['duration', 120, '2 h', '2 h'],
		['duration', 210, '3 h 30', '3 h 30 min']
	] as const)('%s(%d) reads "%s" in French and "%s" in English', (unit, value, french, english) => {
		expect(fr[unit](value)).toBe(nb(french));
		expect(en[unit](value)).toBe(nb(english));
	});

	it('writes decimals the way each language does, with a true minus sign and never −0', () => {
		expect(fr.fixed(0.25, 2)).toBe('0,25');
		expect(en.fixed(0.25, 2)).toBe('0.25');
		expect(fr.fixed(-1.5, 1)).toBe('−1,5');
		expect(en.fixed(-0.004, 2)).toBe('0.00');
		expect(fr.upTo(6, 1)).toBe('6');
		expect(fr.upTo(5.55, 1)).toBe('5,6');
	});

	it('never writes NaN or Infinity', () => {
		for (const value of [Number.NaN, Infinity, -Infinity]) {
			for (const format of [fr, en]) {
				const all = [format.mV(value), format.percent(value), format.mM(value), format.grams(value)];
				all.push(format.mL(value), format.mm(value), format.duration(value), format.fixed(value, 2));
				for (const text of all) expect(text).not.toMatch(/NaN|Infinity|∞/);
			}
		}
	});

	// a scene writing its own percentages with unit(…, '%') gets each language's percent style, as percent() does
	it.each([
		[5, 0, '5 %', '5%'],
		[98.5, 1, '98,5 %', '98.5%'],
		[-2, 0, '−2 %', '−2%'],
		[0.4, 0, '0 %', '0%']
	] as const)(
		'unit(%d, "%", %d) reads "%s" in French and "%s" in English',
		(value, digits, french, english) => {
			expect(fr.unit(value, '%', digits)).toBe(nb(french));
			expect(en.unit(value, '%', digits)).toBe(english);
			expect(fr.percent(value / 100, digits)).toBe(fr.unit(value, '%', digits));
			expect(en.percent(value / 100, digits)).toBe(en.unit(value, '%', digits));
		}
	);

	it('keeps a number and its unit together on one line', () => {
		expect(fr.unit(5, 'mL')).toBe('5\u00a0mL');
		expect(en.percent(0.6)).toBe('60%');
	});
});
