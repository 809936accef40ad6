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

/** The catalogue key of each level's word (the site's catalogue: every badge shows it). */
export const evidenceWords: Record<EvidenceLevel, { label: MessageKey }> = {
	established: { label: 'evidenceEstablished' },
	trials: { label: 'evidenceTrials' },
	hypothesis: { label: 'evidenceHypothesis' },
	unsupported: { label: 'evidenceUnsupported' },
	incorrect: { label: 'evidenceIncorrect' }
};

/** The words of a level. A wrong level is a writing mistake: it fails the build, never shows a broken badge. */
export function levelWords(level: EvidenceLevel): { label: MessageKey } {
	if (!isEvidenceLevel(level)) throw new Error(`Unknown evidence level "${String(level)}"`);
	return evidenceWords[level];
}
