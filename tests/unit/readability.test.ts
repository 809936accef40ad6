import { describe, expect, it } from 'vitest';
import { plainText, readability, sentencesOf, wordsOf } from '$lib/readability';
import { englishSyllables, frenchSyllables } from '$lib/readability/syllables';

describe('syllables, as readability formulas count them', () => {
	it.each([
		['cat', 1],
		['make', 1],
		['makes', 1],
		['jumped', 1],
		['table', 2],
		['water', 2],
		['injection', 3],
		['anaesthetic', 4],
		['corticosteroid', 5]
	])('English "%s" has %d', (word, count) => expect(englishSyllables(word)).toBe(count));

	it.each([
		['chat', 1],
		['table', 1],
		['tables', 1],
		['mangent', 1],
		['aiguille', 2],
		['douleur', 2],
		['injection', 3],
		['l’hydrotomie', 4],
		['anesthésique', 4],
		['physiologie', 4]
	])('French "%s" has %d', (word, count) => expect(frenchSyllables(word)).toBe(count));
});

describe('sentences and words', () => {
	it('ends sentences at . ! ? … but not inside a number', () => {
		expect(sentencesOf('It costs 2.5 euros. Really? Yes!')).toEqual([
			'It costs 25 euros.',
			'Really?',
			'Yes!'
		]);
	});
	it('counts words, not numbers or symbols', () => {
		expect(wordsOf('5 % de glucose, l’aiguille de 4 mm.')).toEqual([
			'de',
			'glucose',
			'l’aiguille',
			'de',
			'mm'
		]);
	});
});

describe('the formulas', () => {
	it('gives the Flesch–Kincaid grade of a short plain English text, as computed by hand', () => {
		// 2 sentences, 12 words, 13 syllables (11 of one, "table" of two): 0.39·6 + 11.8·(13/12) − 15.59
		const text = 'The cat sat on the mat. The dog ran to the table.';
		const r = readability(text, 'en');
		expect([r.sentences, r.words, r.syllables]).toEqual([2, 12, 13]);
		expect(r.score).toBeCloseTo(0.39 * 6 + 11.8 * (13 / 12) - 15.59, 9);
	});

	it('gives the Kandel–Moles ease of a short French text, as computed by hand', () => {
		// 2 sentences, 10 words, 11 syllables (douleur has two; passe and vite one, their e mute)
		const text = 'Le chat dort sur le lit. La douleur passe vite.';
		const r = readability(text, 'fr');
		expect([r.sentences, r.words, r.syllables]).toEqual([2, 10, 11]);
		expect(r.score).toBeCloseTo(207 - 1.015 * 5 - 73.6 * 1.1, 9);
	});

	it('scores long sentences of long words as hard, short ones as easy, in both languages', () => {
		const hard =
			'Percutaneous hydrotomy administers considerable volumes of physiological saline subcutaneously, purportedly diluting inflammatory mediators responsible for musculoskeletal symptomatology.';
		const easy = 'Salt water goes under the skin. It leaves in a few hours. No trial shows it helps.';
		expect(readability(hard, 'en').score).toBeGreaterThan(12);
		expect(readability(easy, 'en').score).toBeLessThan(6);
		const difficile =
			'L’hydrotomie percutanée administre des volumes considérables de sérum physiologique par voie sous-cutanée, prétendument pour diluer les médiateurs inflammatoires.';
		const facile =
			'On injecte de l’eau salée sous la peau. Elle part en quelques heures. Aucun essai ne montre que ça aide.';
		expect(readability(difficile, 'fr').score).toBeLessThan(40);
		expect(readability(facile, 'fr').score).toBeGreaterThan(80);
	});
});

describe('the prose of a Markdown page', () => {
	it('keeps what a reader reads and drops the markup', () => {
		const md = `---\ntitle: T\ndescription: D\n---\n\n<script>\n\timport X from 'y';\n</script>\n\n## The risks {#risks}\n\n- **Infection** is rare <EvidenceBadge level="established" refs="a b" />;\n- see [the glossary](/en/glossary/) <Cite refs="c" />\n`;
		expect(plainText(md).trim().split(/\s+/).join(' ')).toBe(
			'The risks. Infection is rare. see the glossary.'
		);
	});
});
