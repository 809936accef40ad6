import { defineCatalogue } from '$lib/i18n/catalogue';
import type { Lang } from '$lib/i18n/languages';
import { isEvidenceLevel, type EvidenceLevel } from './levels';

/**
 * What a level means, for a patient first: a plain sentence ("A few small trials point this way, but we are
 * not sure yet."), then the technical detail ("Randomised trials … of low-to-moderate certainty."), as in
 * ../shared/DESIGN.md. Their own catalogue (./messages), fetched like the references' study lines
 * (studies.ts): the prerendered page has them, and the browser fetches its language's the first time a
 * reader opens a badge's sheet. Every page loads the site's catalogue; these stay out of it.
 */
type Meanings = typeof import('./messages/fr.json');

const meanings = defineCatalogue<Meanings>('level meanings', {
	fr: () => import('./messages/fr.json'),
	en: () => import('./messages/en.json')
});

/** Fetches a language's meanings (a sheet about to open calls it; the prerender calls it for every page). */
export const loadMeanings = meanings.load;

/** Whether a language's meanings are here yet. */
export const meaningsLoaded = meanings.isLoaded;

const keys: Record<EvidenceLevel, { meaning: keyof Meanings; detail: keyof Meanings }> = {
	established: { meaning: 'evidenceEstablishedMeaning', detail: 'evidenceEstablishedDetail' },
	trials: { meaning: 'evidenceTrialsMeaning', detail: 'evidenceTrialsDetail' },
	hypothesis: { meaning: 'evidenceHypothesisMeaning', detail: 'evidenceHypothesisDetail' },
	unsupported: { meaning: 'evidenceUnsupportedMeaning', detail: 'evidenceUnsupportedDetail' },
	incorrect: { meaning: 'evidenceIncorrectMeaning', detail: 'evidenceIncorrectDetail' }
};

/** A level's plain sentence and its detail; undefined while the language's meanings are not loaded. */
export function levelMeaning(
	level: EvidenceLevel,
	lang: Lang
): { meaning: string; detail: string } | undefined {
	if (!isEvidenceLevel(level)) throw new Error(`Unknown evidence level "${String(level)}"`);
	if (!meanings.isLoaded(lang)) return undefined;
	const words = meanings.get(lang);
	return { meaning: words[keys[level].meaning], detail: words[keys[level].detail] };
}
