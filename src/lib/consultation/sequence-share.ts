import type { SequenceItem } from '$lib/address/sequence';
import type { Lang } from '$lib/i18n/languages';
import { loadPlayerMessages, playerMessages } from '$lib/player/messages';
import { loadScene } from '$lib/scenes/registry';
import { shareWords } from '$lib/share/words';
import { mendedItem } from './mend-item';
import type { ConsultationMessages } from './messages.server';
import { patientPath } from './path';

/**
 * The address a sequence is shared at: the patient's page (the figure on show, its settings and the builder
 * are the clinician's, not the patient's, nor a student's), each figure's settings as it would show them: a
 * setting a figure would refuse (a hand-edited link), mended as that figure would show it, shown yet or not,
 * so that the phone that opens it is not asked for it.
 */
export async function sequenceAddress(items: readonly SequenceItem[], lang: Lang): Promise<string> {
	const mended = await Promise.all(
		items.map(async (item) =>
			item.params ? mendedItem(item, (await loadScene(item.scene, lang)).scene) : item
		)
	);
	return new URL(patientPath(lang, mended), location.origin).href;
}

/**
 * What "Share this sequence" shares: the sequence alone (sequenceAddress), in the dialog's words, which are
 * the player's. Loaded when the button is first pressed, not with the page.
 */
export async function sequenceShare(items: readonly SequenceItem[], lang: Lang, w: ConsultationMessages) {
	const [address] = await Promise.all([sequenceAddress(items, lang), loadPlayerMessages(lang)]);
	return {
		address,
		words: shareWords(playerMessages(lang), {
			title: w.consultShareTitle,
			intro: w.consultShareIntro,
			more: w.consultShareMore,
			moreLabel: w.consultShareMoreLabel,
			field: w.consultShareLink,
			qr: w.consultShareQr
		})
	};
}
