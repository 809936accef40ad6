import { describe, expect, it } from 'vitest';
import { letterWidth } from '$lib/text/letter-widths';
import { markWidestWords, widestWord } from '$lib/text/widest-word';

describe('how wide a bold letter is', () => {
	it.each([
		// DejaVu Sans Bold's advances, rounded up to 0.05 em (i 0.34, m 1.04, W 1.10)
		['i', 0.35],
		['m', 1.05],
		['W', 1.15],
		// an accented letter is its letter's width, precomposed or not
		['é', 0.7],
		['e\u0301', 0.7],
		['Ç', 0.75],
		// a character the table does not know counts as the widest it knows, never as narrow
		['漢', 1.2]
	] as const)('%s: %d em', (character, em) => {
		expect(letterWidth(character)).toBe(em);
	});
});

describe('the widest piece of a title a line cannot break, in em', () => {
	it.each([
		// G .85 + l .35 + u .75 + c .6 + o .7 + p .75 + u .75 + n .75 + c .6 + t .5 + u .75 + r .5 + e .7 = 8.55
		// (Chromium measures 8.25 em in DejaVu Sans Bold: the rounding up keeps it on the safe side)
		['Glucopuncture', 8.6],
		// the widest word wins, not the one with most letters: "mmmm" (4.2) over "illicit" (3.5)
		['illicit mmmm', 4.2],
		// joined by a no-break space: one piece (4 .7 + 4 .7 + nbsp .2 + ° .5 + C .75)
		['à 44\u00a0°C', 2.9],
		// a hyphenated word breaks after its hyphen: "potassium" alone (6.0), wider than "sodium-" (4.65)
		['sodium-potassium', 6],
		['', 0]
	] as const)('%s: %d em', (text, em) => {
		expect(widestWord(text)).toBe(em);
	});

	it('is never narrower than the letters counted at 0.6 em, nor wider than at 1.2 em', () => {
		for (const word of ['hyperpolarisation', 'Concentrations', 'Perméabilités', 'membrane', 'Hydrotomy:']) {
			const letters = [...word].length;
			expect(widestWord(word)).toBeGreaterThanOrEqual(letters * 0.6);
			expect(widestWord(word)).toBeLessThanOrEqual(letters * 1.2);
		}
	});
});

describe('the titles a page marks with their widest word', () => {
	it('marks headings, glossary words and legends, keeping a style they have', () => {
		const html =
			'<h2 id="a">Mécanisme proposé</h2><dt>hyperpolarisation</dt><legend style="color: red">Ce qui compte</legend><p>paragraphe</p>';
		expect(markWidestWords(html)).toBe(
			`<h2 id="a" style="--widest-word: ${widestWord('Mécanisme')}">Mécanisme proposé</h2>` +
				`<dt style="--widest-word: ${widestWord('hyperpolarisation')}">hyperpolarisation</dt>` +
				`<legend style="--widest-word: ${widestWord('compte')}; color: red">Ce qui compte</legend><p>paragraphe</p>`
		);
	});
});
