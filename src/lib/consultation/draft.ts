import { sceneSteps } from '$lib/address/scene-steps';
import { parseSequence, writeSequence, type SequenceItem } from '$lib/address/sequence';

/**
 * The consultation being prepared, kept in this browser only (localStorage, never a cookie or a server) in
 * the same words as its address, so a damaged entry is mended the same way an address is; beside it, when it
 * last changed (milliseconds since 1970, as text), which the page says (kept-draft.ts).
 */
export const KEY = 'consultation';
export const CHANGED_KEY = 'consultation-changed';

/** A kept draft as stored: its sequence's text and when it last changed, each null when absent. */
export type DraftEntry = [text: string | null, changed: string | null];

export function readDraft(): SequenceItem[] {
	try {
		return parseSequence(localStorage.getItem(KEY), sceneSteps);
	} catch {
		return [];
	}
}

/**
 * Keeps `items` as the draft, and when it changed (not when it is kept again as it was). Returns the draft it
 * replaced when that was another sequence than `shown`, the one just edited into `items` (a link's, a
 * bookmark's, another tab's): the page says so, and its Undo brings that draft back. Emptied, a sequence is
 * no longer kept if it was the draft; a link's emptied leaves the draft as it was (a bare address shows it).
 */
export function saveDraft(items: readonly SequenceItem[], shown = items): DraftEntry | undefined {
	try {
		const text = writeSequence(items);
		const kept = writeSequence(readDraft());
		const other = kept !== writeSequence(shown);
		const entry: DraftEntry = [kept, localStorage.getItem(CHANGED_KEY)];
		if (text) {
			localStorage.setItem(KEY, text);
			if (text !== kept) localStorage.setItem(CHANGED_KEY, String(Date.now()));
			// nothing to prepare, nothing kept: a bare visit leaves no trace in the browser
		} else if (!other) [KEY, CHANGED_KEY].map((key) => localStorage.removeItem(key));
		if (kept && text && text !== kept && other) return entry;
	} catch {
		// storage refused (private mode, full): the address still holds the sequence
	}
}

/** Adds a figure at a step to the end of the draft; the draft as it now is. */
export function addToDraft(item: SequenceItem): SequenceItem[] {
	const items = parseSequence(writeSequence([...readDraft(), item]), sceneSteps);
	saveDraft(items);
	return items;
}
