import type { PlayerMessages } from '$lib/player/messages';

/** What a copy dialog (CopyDialog) says: its title and intro, the field's label and its buttons' words. */
export interface CopyWords {
	title: string;
	intro: string;
	/** what the intro says beyond what the reader needs to act, folded under `moreLabel` (none without it) */
	more?: string;
	moreLabel?: string;
	/** the field's label */
	field: string;
	copy: string;
	copied: string;
	copyByHand: string;
	close: string;
}

/** A share dialog's words (ShareDialog): a copy dialog's and the QR code's label. */
export interface ShareWords extends CopyWords {
	qr: string;
	/** said instead of the QR code when the address is too long for one */
	qrTooLong: string;
	/** the button that opens the phone's own share menu, where there is one (none without its words) */
	send?: string;
	/** the button that shows the dialog's other choice instead (Shared.also): its name */
	other?: string;
}

/**
 * What a share dialog gives: an address, in its words; `also`, a second choice the dialog offers by a button
 * (a presented sequence's dialog: this figure alone).
 */
export interface Shared {
	words: ShareWords;
	address: string;
	also?: Shared;
}

/**
 * The share dialog's words for what is shared, in the player's catalogue: its buttons always, the rest
 * (title, intro, field, QR label) a figure's unless the caller says what else it shares (a sequence).
 */
export function shareWords(
	m: PlayerMessages,
	about: Pick<ShareWords, 'title' | 'intro' | 'more' | 'moreLabel' | 'field' | 'qr'> = {
		title: m.addressShareTitle,
		intro: m.addressShareIntro,
		field: m.addressShareLink,
		qr: m.addressShareQr
	}
): ShareWords {
	return {
		...about,
		copy: m.addressCopy,
		copied: m.addressCopied,
		copyByHand: m.addressCopyFailed,
		close: m.addressClose,
		qrTooLong: m.addressQrTooLong,
		send: m.addressSend
	};
}
