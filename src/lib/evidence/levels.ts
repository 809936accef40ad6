import type { MessageKey } from '$lib/i18n/messages';

/**
 * How sure science is about a claim (../shared/DESIGN.md, "Honesty is a feature"), from most to least
 * supported. Every claim about a mechanism or an effect carries one.
 */
export const evidenceLevels = ['established', 'trials', 'hypothesis', 'unsupported', 'incorrect'] as const;
export type EvidenceLevel = (typeof evidenceLevels)[number];

export function isEvidenceLevel(value: unknown): value is EvidenceLevel {
	return typeof value === 'string' && (evidenceLevels as readonly string[]).includes(value);
}

/** The catalogue keys of each level's word and of its one-line meaning. */
export const evidenceWords: Record<EvidenceLevel, { label: MessageKey; meaning: MessageKey }> = {
	established: { label: 'evidenceEstablished', meaning: 'evidenceEstablishedMeaning' },
	trials: { label: 'evidenceTrials', meaning: 'evidenceTrialsMeaning' },
	hypothesis: { label: 'evidenceHypothesis', meaning: 'evidenceHypothesisMeaning' },
	unsupported: { label: 'evidenceUnsupported', meaning: 'evidenceUnsupportedMeaning' },
	incorrect: { label: 'evidenceIncorrect', meaning: 'evidenceIncorrectMeaning' }
};

/** The words of a level. A wrong level is a writing mistake: it fails the build, never shows a broken badge. */
export function levelWords(level: EvidenceLevel): { label: MessageKey; meaning: MessageKey } {
	if (!isEvidenceLevel(level)) throw new Error(`Unknown evidence level "${String(level)}"`);
	return evidenceWords[level];
}
