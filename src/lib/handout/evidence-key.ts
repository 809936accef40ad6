import { evidenceLevels, isEvidenceLevel, levelWords, type EvidenceLevel } from '$lib/evidence/levels';
import { levelMeaning } from '$lib/evidence/meanings';
import type { Lang } from '$lib/i18n/languages';
import { messages } from '$lib/i18n/messages';

/** One line of a sheet's key: a level's word, as its badge shows it, and what it means in plain words. */
export interface KeyLine {
	level: EvidenceLevel;
	label: string;
	meaning: string;
}

/**
 * The levels a sheet's key explains, as the Markdown writes them ("established trials unsupported"): each
 * once, from most to least supported, as the badges' own order. An unknown level is a writing mistake and
 * fails the build.
 */
export function keyLevels(levels: string): EvidenceLevel[] {
	const named = levels.split(/\s+/).filter(Boolean);
	for (const level of named)
		if (!isEvidenceLevel(level)) throw new Error(`Unknown evidence level "${level}" in a sheet's key`);
	return evidenceLevels.filter((level) => named.includes(level));
}

/**
 * The key's lines in a language, from the site's own words for each level (the badge's word, the plain
 * sentence of its sheet: src/lib/evidence/meanings.ts). Called at prerender, where both are loaded.
 */
export function keyLines(levels: string, lang: Lang): KeyLine[] {
	const m = messages(lang);
	return keyLevels(levels).map((level) => {
		const words = levelMeaning(level, lang);
		if (!words) throw new Error(`The level meanings in "${lang}" are not loaded`);
		return { level, label: m[levelWords(level).label], meaning: words.meaning };
	});
}
