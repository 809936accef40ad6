import type { SequenceItem } from '$lib/address/sequence';
import type { Lang } from '$lib/i18n/languages';
import { loadPlayerMessages, playerMessages } from '$lib/player/messages';
import { shareWords } from '$lib/share/words';
import type { ConsultationMessages } from './messages.server';
import { patientPath } from './path';

/**
 * What "Share this sequence" shares: the sequence alone, on the patient's page (the figure on show, its
 * settings and the builder are the clinician's, not the patient's), in the dialog's words, which are the
 * player's. Loaded when the button is first pressed, not with the page.
 */
export async function sequenceShare(items: readonly SequenceItem[], lang: Lang, w: ConsultationMessages) {
	await loadPlayerMessages(lang);
	return {
		address: new URL(patientPath(lang, items), location.origin).href,
		words: shareWords(playerMessages(lang), {
			title: w.consultShareTitle,
			intro: w.consultShareIntro,
			field: w.consultShareLink,
			qr: w.consultShareQr
		})
	};
}
