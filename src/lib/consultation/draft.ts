import { sceneSteps } from '$lib/address/scene-steps';
import { parseSequence, writeSequence, type SequenceItem } from '$lib/address/sequence';

/**
 * The consultation being prepared, kept in this browser only (localStorage, never a cookie or a server) in
 * the same words as its address, so a damaged entry is mended the same way an address is.
 */
const KEY = 'consultation';

export function readDraft(): SequenceItem[] {
	try {
		return parseSequence(localStorage.getItem(KEY), sceneSteps);
	} catch {
		return [];
	}
}

export function saveDraft(items: readonly SequenceItem[]) {
	try {
		// nothing to prepare, nothing kept: a bare visit leaves no trace in the browser
		if (items.length === 0) localStorage.removeItem(KEY);
		else localStorage.setItem(KEY, writeSequence(items));
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
