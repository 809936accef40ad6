import { writeSequence, type SequenceItem } from '$lib/address/sequence';
import { format } from '$lib/i18n/format';
import type { DraftEntry } from './draft';
import type { ConsultationMessages } from './messages.server';

/*
 * What the consultation page says of the draft this browser keeps (KeptDraft.svelte, loaded only once a
 * sequence is shown, never with the page's first script): that the sequence shown is the one kept, since
 * when, and the way to empty it or to bring back one just replaced.
 *
 * It imports nothing the page's first script shares with other modules (draft.ts, the scenes' steps, the
 * choosing page's undo-window.ts): imported from a lazy chunk, a module is split out of the chunk it shares,
 * which costs the pages that load it one more file. So the storage keys are draft.ts's, written again (a unit
 * test holds them equal), and the stored text is read as draft.ts writes it (writeSequence).
 */
export const KEY = 'consultation';
export const CHANGED_KEY = 'consultation-changed';

/** The draft as stored now (its sequence's text, when it last changed), to put back as it was. */
export function keptEntry(): DraftEntry {
	try {
		return [localStorage.getItem(KEY), localStorage.getItem(CHANGED_KEY)];
	} catch {
		return [null, null];
	}
}

/** Whether the sequence shown is the draft this browser keeps (not a link's, nor one whose Undo kept another). */
export const isKept = (items: readonly SequenceItem[]) =>
	items.length > 0 && writeSequence(items) === keptEntry()[0];

/** The figures of a stored draft, by scene id (its text is draft.ts's: `pump:fuel-cut:glucose_mM=0,cushion`). */
export const keptScenes = (text: string | null) =>
	text ? text.split(',').map((part) => part.split(':')[0]!) : [];

/** Stores a draft as it was, the time it last changed included; nothing where it had none. */
export function restoreDraft([text, changed]: DraftEntry) {
	try {
		if (text) localStorage.setItem(KEY, text);
		else localStorage.removeItem(KEY);
		if (text && changed) localStorage.setItem(CHANGED_KEY, changed);
		else localStorage.removeItem(CHANGED_KEY);
	} catch {
		// storage refused: nothing was kept, nothing to bring back
	}
}

const dayStart = (ms: number) => new Date(ms).setHours(0, 0, 0, 0);

/** Days from the day of `then_ms` to the day of `now_ms`, by the calendar where the reader is (0: same day). */
export const daysBetween = (then_ms: number, now_ms: number) =>
	Math.round((dayStart(now_ms) - dayStart(then_ms)) / 86_400_000);

/**
 * The line that says the sequence shown is the one kept here, and when it last changed: "today",
 * "yesterday", "3 days ago"; without the time when it is unknown (a draft kept before the site noted it, a
 * time that cannot be read). A time to come (the clock put back since) is today.
 */
export function keptLine(changed: string | null, w: ConsultationMessages, now_ms = Date.now()) {
	const then_ms = Number(changed);
	if (!changed || !Number.isFinite(then_ms)) return w.consultKeptUndated;
	const days = Math.max(0, daysBetween(then_ms, now_ms));
	const when = days > 1 ? format(w.consultDaysAgo, { n: days }) : days ? w.consultYesterday : w.consultToday;
	return format(w.consultKept, { when });
}

/** How long Undo stays after New sequence, or after a draft was replaced: as after "Clear my answers". */
export const UNDO_FOR_ms = 2 * 60_000;

/**
 * Calls `end` once, after `ms` or as soon as the page is hidden, whichever comes first; returns what cancels
 * it. The rule of the choosing page's "Clear my answers" (decision/undo-window.ts), written again here for
 * the reason above: a sequence emptied on a shared computer must not come back for the next person.
 */
export function whileShown(end: () => void, ms = UNDO_FOR_ms): () => void {
	const hidden = () => document.visibilityState === 'hidden' && finish();
	const stop = () => {
		clearTimeout(timer);
		document.removeEventListener('visibilitychange', hidden);
		removeEventListener('pagehide', finish);
	};
	function finish() {
		stop();
		end();
	}
	const timer = setTimeout(finish, ms);
	document.addEventListener('visibilitychange', hidden);
	addEventListener('pagehide', finish);
	return stop;
}
