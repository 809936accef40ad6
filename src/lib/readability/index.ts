import type { Lang } from '$lib/i18n/languages';
import { englishSyllables, frenchSyllables } from './syllables';

/**
 * How easy a text is to read, by the formula each language's guidance uses:
 * - English, Flesch–Kincaid grade: 0.39·(words/sentence) + 11.8·(syllables/word) − 15.59 (school years;
 *   ≤ 8 is plain language);
 * - French, Kandel & Moles (Flesch's reading ease adapted to French, 1958):
 *   207 − 1.015·(words/sentence) − 73.6·(syllables/word) (≥ 65 is easy).
 * Patient-facing texts are held to these in tests (issue 12).
 */
export interface Readability {
	sentences: number;
	words: number;
	syllables: number;
	/** Flesch–Kincaid grade for English, Kandel–Moles ease for French */
	score: number;
	formula: 'flesch-kincaid-grade' | 'kandel-moles';
}

/** Sentences end with . ! ? … (a number's decimal point or an abbreviation's dot is not an end). */
export function sentencesOf(text: string): string[] {
	return text
		.replace(/(\d)[.,](\d)/g, '$1$2')
		.split(/(?<=[.!?…])\s+|\n{2,}/)
		.map((sentence) => sentence.trim())
		.filter((sentence) => /\p{L}/u.test(sentence));
}

/** Words: runs of letters (with inner apostrophes and hyphens); numbers and symbols are not words. */
export function wordsOf(text: string): string[] {
	return text.match(/\p{L}+(?:[’'-]\p{L}+)*/gu) ?? [];
}

export function readability(text: string, lang: Lang): Readability {
	const sentences = Math.max(1, sentencesOf(text).length);
	const words = wordsOf(text);
	const count = Math.max(1, words.length);
	const syllable = lang === 'fr' ? frenchSyllables : englishSyllables;
	const syllables = words.reduce((sum, word) => sum + syllable(word), 0);
	const perSentence = count / sentences;
	const perWord = syllables / count;
	return lang === 'fr'
		? {
				sentences,
				words: words.length,
				syllables,
				score: 207 - 1.015 * perSentence - 73.6 * perWord,
				formula: 'kandel-moles'
			}
		: {
				sentences,
				words: words.length,
				syllables,
				score: 0.39 * perSentence + 11.8 * perWord - 15.59,
				formula: 'flesch-kincaid-grade'
			};
}

/**
 * The prose of a Markdown page as a reader reads it: front matter, script blocks, components' tags, badge
 * and citation markers, link targets, heading ids and Markdown marks removed; list items and headings end
 * their sentence.
 */
export function plainText(markdown: string): string {
	return markdown
		.replace(/^---\n[\s\S]*?\n---\n/, '')
		.replace(/<script[\s\S]*?<\/script>/g, '')
		.replace(/<(EvidenceBadge|Cite|Scene|DoseCalculator|TableOfContents)\b[^>]*\/>/g, '')
		.replace(/<\/?[A-Za-z][^>]*>/g, '')
		.replace(/\{#[\w-]+\}/g, '')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/^#{1,6}\s+(.*)$/gm, '$1.')
		.replace(/^\s*[-*]\s+(.*?)[;:,]?$/gm, '$1.')
		.replace(/[*_`]/g, '')
		.replace(/[ \t]+([.;:,])/g, '$1')
		.replace(/\.\.+/g, '.');
}
