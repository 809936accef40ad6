import type { SequenceItem } from '$lib/address/sequence';
import { writeSequence } from '$lib/address/sequence';
import { writeQuery } from '$lib/address/query';
import type { Lang } from '$lib/i18n/languages';
import { consultationPath as builderPath, pageInLanguage } from '$lib/i18n/paths';

/** A page's address with a sequence to play in its query (?s=trpv1:sensitised,k2p), or bare when empty. */
function withSequence(page: string, items: readonly SequenceItem[]): string {
	return page + (items.length ? writeQuery([['s', writeSequence(items)]]) : '');
}

/** The consultation page, with a sequence to play: /fr/consultation/?s=trpv1:sensitised,k2p */
export function consultationPath(lang: Lang, items: readonly SequenceItem[] = []): string {
	return withSequence(builderPath(lang), items);
}

/**
 * The patient's page for a sequence: /fr/consultation/patient/?s=… The figures alone, without the
 * clinician's builder or instructions: the address the clinician shares by link or QR code.
 */
export function patientPath(lang: Lang, items: readonly SequenceItem[]): string {
	return withSequence(pageInLanguage('/[lang=lang]/consultation/patient', {}, lang), items);
}
