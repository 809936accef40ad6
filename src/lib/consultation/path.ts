import type { SequenceItem } from '$lib/address/sequence';
import { writeSequence } from '$lib/address/sequence';
import { writeQuery } from '$lib/address/query';
import type { Lang } from '$lib/i18n/languages';
import { pageInLanguage } from '$lib/i18n/paths';

/** The consultation page, with a sequence to play: /fr/consultation/?s=trpv1:sensitised,k2p */
export function consultationPath(lang: Lang, items: readonly SequenceItem[] = []): string {
	const page = pageInLanguage('/[lang=lang]/consultation', {}, lang);
	return page + (items.length ? writeQuery([['s', writeSequence(items)]]) : '');
}
