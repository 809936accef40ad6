// The lab's Share, loaded when its button is first pressed (with the dialog and its QR encoder, ShareButton)
// or when a link carrying runs is opened, never with the page: what the button shares (the link to this case
// and the recorder's runs, share-address.ts) in the dialog's words, which are the player's buttons and the
// lab's own title, intro and labels; and the runs a shared link carries, read back (run-link.ts) with their
// notes. The lab's own modules are handed in (kit.ts).
import type { Lang } from '$lib/i18n/languages';
import { format } from '$lib/i18n/format';
import { takesSingular } from '$lib/i18n/plural';
import { loadPlayerMessages, playerMessages } from '$lib/player/messages';
import { shareWords } from '$lib/share/words';
import type { LabController } from '../lab.svelte';
import type { LabState } from '../state';
import type { LabWords } from '../words';
import type { LabKit } from './kit';
import { readRuns } from './run-link';
import { shareAddress } from './share-address';
import { loadShareLabWords, runsNotes, shareLabWords } from './words';

/** What the Share button shares now: the dialog's words and the link. */
export async function labShare(lab: LabController, lang: Lang, kit: LabKit) {
	await Promise.all([loadPlayerMessages(lang), loadShareLabWords(lang)]);
	const w = shareLabWords(lang);
	const count = lab.runs.length;
	const intro = !count
		? w.shareIntro
		: format(takesSingular(count, lang) ? w.shareIntroRunsOne : w.shareIntroRuns, { count });
	return {
		address: shareAddress(location, lab.state, lab.pump, lab.runs, kit),
		words: shareWords(playerMessages(lang), {
			title: w.shareTitle,
			intro,
			field: w.shareLink,
			qr: w.shareQr
		})
	};
}

/**
 * The runs a shared link carries (the text after `runs=`), against the case it opens, read, with the notes on
 * what was left out.
 */
export async function sharedRuns(text: string, against: LabState, lang: Lang, m: LabWords, kit: LabKit) {
	await loadShareLabWords(lang);
	const read = readRuns(text, against, kit);
	const w = shareLabWords(lang);
	return {
		runs: read.runs,
		notes: runsNotes(w, m, lang, read, kit),
		/** what is said when the link's runs replace the `count` the tab held, and the button that brings them back */
		replacing: (count: number) => ({
			note: format(takesSingular(count, lang) ? w.runsReplaceMineOne : w.runsReplaceMine, { count }),
			bringBack: w.runsBringMineBack
		})
	};
}
