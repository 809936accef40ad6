import { describe, expect, it } from 'vitest';
import { longestWord, markLongestWords } from '$lib/text/longest-word';

describe('the longest word a line cannot break', () => {
	it.each([
		['Labo de membrane', 8],
		['hyperpolarisation', 17],
		// joined by a no-break space: one piece
		['à 44\u00a0°C', 5],
		// a hyphenated word breaks after its hyphen
		['sodium-potassium', 9]
	] as const)('%s: %d', (text, length) => {
		expect(longestWord(text)).toBe(length);
	});
});

describe('the titles a page marks with their longest word', () => {
	it('marks headings, glossary words and legends, keeping a style they have', () => {
		const html =
			'<h2 id="a">Mécanisme proposé</h2><dt>hyperpolarisation</dt><legend style="color: red">Ce qui compte</legend><p>paragraphe</p>';
		expect(markLongestWords(html)).toBe(
			'<h2 id="a" style="--longest-word: 9">Mécanisme proposé</h2>' +
				'<dt style="--longest-word: 17">hyperpolarisation</dt>' +
				'<legend style="--longest-word: 6; color: red">Ce qui compte</legend><p>paragraphe</p>'
		);
	});
});
