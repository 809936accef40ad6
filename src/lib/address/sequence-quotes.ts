import { looksLikeValue, quotedValue } from './quotable';
import { MAX_QUOTED, quoted } from './quoted';
import type { SequenceUnread } from './sequence';

/**
 * A part of the address as a note may quote it, or null: one that does not look like a value (a sentence,
 * a phone number) is named by its kind, never repeated (quotable.ts).
 */
export type Quote = string | null;

/**
 * An item of a figure the site has, as a note may quote it: its figure's id, then each piece between the
 * sequence's own marks (`:` and `=`) a value (quotable.ts), the whole no longer than a quote.
 */
const quotedItem = (text: string): Quote =>
	text.length <= MAX_QUOTED && text.split(/[:=]/).every((piece) => piece === '' || looksLikeValue(piece))
		? quoted(text)
		: null;

/** A part left out of a sequence, its text as a note may quote it: a figure or an `at` whole, an item piece by piece. */
export function quotedUnread(part: SequenceUnread): SequenceUnread<Quote> {
	if (!('text' in part)) return part;
	if (part.kind === 'figure' || part.kind === 'at') return { ...part, text: quotedValue(part.text) };
	return { ...part, text: quotedItem(part.text) };
}
