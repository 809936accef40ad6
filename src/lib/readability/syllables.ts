/**
 * Syllables of a written word, counted as readability formulas count them: groups of vowels, with the
 * silent endings of each language left out. A heuristic, right for most words and close for the rest,
 * which is all an average over a text needs.
 */

const EN_VOWELS = /[aeiouy]+/g;
const FR_VOWELS = /[aeiouyàâäéèêëîïôöùûüÿœæ]+/g;

/** English: vowel groups, less a silent final "e" ("make"), "es"/"ed" after most consonants ("makes",
 * "jumped"); a final consonant + "le" keeps its syllable ("table"). At least one. */
export function englishSyllables(word: string): number {
	const w = word.toLowerCase().replace(/[^a-z]/g, '');
	if (!w) return 0;
	if (w.length <= 3) return 1;
	let groups = (w.match(EN_VOWELS) ?? []).length;
	if (/[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w)) groups--;
	else if (/[^aeiouytd]e[sd]$/.test(w)) groups--;
	return Math.max(1, groups);
}

/** French: vowel groups, less a mute final "e", "es" or (verbs) "ent" after a consonant ("table",
 * "tables", "mangent"), the u of "qu"/"gu" not counted; at least one. */
export function frenchSyllables(word: string): number {
	const w = word
		.toLowerCase()
		.replace(/^[a-zà-ÿœæ]{1,2}[’']/, '') // l’, d’, qu’: elided, no syllable of their own
		.replace(/[^a-zà-ÿœæ]/g, '')
		// the u of "qu" and of "gu" before e or i is written, not heard
		.replace(/qu/g, 'q')
		.replace(/gu(?=[eéèêi])/g, 'g');
	if (!w) return 0;
	let groups = (w.match(FR_VOWELS) ?? []).length;
	if (groups > 1 && /[^aeiouyàâäéèêëîïôöùûü](e|es|ent)$/.test(w)) groups--;
	return Math.max(1, groups);
}
