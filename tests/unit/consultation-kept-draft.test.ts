import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as draft from '$lib/consultation/draft';
import {
	CHANGED_KEY,
	KEY,
	daysBetween,
	isKept,
	keptEntry,
	keptLine,
	keptScenes,
	restoreDraft,
	whileShown
} from '$lib/consultation/kept-draft';
import en from '$lib/consultation/messages/en.json';
import fr from '$lib/consultation/messages/fr.json';

// The draft of a consultation this browser keeps: saved as it is edited, with when it last changed; an edit
// that makes a link's sequence the one kept in place of another says which it replaced (the page offers to
// bring it back); the page says it is the one kept, and since when.
const { readDraft, saveDraft } = draft;
const pump = [{ scene: 'pump', step: null }];
const pumpCushion = [...pump, { scene: 'cushion', step: null }];
const bookmark = [
	{ scene: 'hydrodissection', step: null },
	{ scene: 'trpv1', step: 'channels-open' },
	{ scene: 'k2p', step: null }
];
const day_ms = 86_400_000;

let items: Map<string, string>;
beforeEach(() => {
	items = new Map();
	vi.stubGlobal('localStorage', {
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => void items.set(key, value),
		removeItem: (key: string) => void items.delete(key)
	});
	vi.useFakeTimers({ now: new Date(2026, 2, 10, 15, 0) });
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('the draft kept in this browser', () => {
	it('keeps the sequence and when it changed, not when it is kept again as it was', () => {
		saveDraft(pumpCushion);
		expect(items.get(KEY)).toBe('pump,cushion');
		expect(items.get(CHANGED_KEY)).toBe(String(Date.now()));
		const changed = items.get(CHANGED_KEY);
		vi.advanceTimersByTime(3 * day_ms);
		saveDraft(readDraft());
		expect(items.get(CHANGED_KEY)).toBe(changed);
		saveDraft(pump);
		expect(items.get(CHANGED_KEY)).toBe(String(Date.now()));
	});

	it('names the draft an edit of another sequence replaced, with when it had changed', () => {
		saveDraft(pumpCushion);
		const changed = items.get(CHANGED_KEY)!;
		const edited = bookmark.map((item, i) => (i === 1 ? { ...item, step: null } : item));
		expect(saveDraft(edited, bookmark)).toEqual(['pump,cushion', changed]);
		expect(readDraft()).toEqual(edited);
		// then an edit of the sequence kept replaces nothing
		expect(saveDraft(bookmark, edited)).toBeUndefined();
	});

	it('replaces nothing when there was no draft, or the draft was the sequence edited, or ends as it', () => {
		expect(saveDraft(bookmark, pump)).toBeUndefined();
		expect(saveDraft(pump, bookmark)).toBeUndefined();
		expect(saveDraft(pump, pumpCushion)).toBeUndefined();
	});

	it('keeps nothing once the draft is emptied, and leaves it alone when a link’s sequence is', () => {
		saveDraft(pumpCushion);
		expect(saveDraft([], bookmark)).toBeUndefined();
		expect(readDraft()).toEqual(pumpCushion);
		saveDraft([], pumpCushion);
		expect([...items.keys()]).toEqual([]);
	});

	it('is read and stored with the keys draft.ts uses', () => {
		expect([KEY, CHANGED_KEY]).toEqual([draft.KEY, draft.CHANGED_KEY]);
		saveDraft(bookmark);
		expect(keptEntry()).toEqual(['hydrodissection,trpv1:channels-open,k2p', String(Date.now())]);
		expect(isKept(bookmark)).toBe(true);
		expect(isKept(pump)).toBe(false);
		expect(isKept([])).toBe(false);
	});

	it('comes back as it was stored, the time it changed included', () => {
		saveDraft(bookmark);
		const entry = keptEntry();
		vi.advanceTimersByTime(day_ms);
		saveDraft(pump);
		restoreDraft(entry);
		expect(keptEntry()).toEqual(entry);
		restoreDraft(['pump', null]);
		expect(keptEntry()).toEqual(['pump', null]);
		restoreDraft([null, '5']);
		expect([...items.keys()]).toEqual([]);
	});

	it('lists the figures of a stored draft by scene', () => {
		expect(keptScenes('pump:fuel-cut:glucose_mM=0,cushion')).toEqual(['pump', 'cushion']);
		expect(keptScenes(null)).toEqual([]);
	});
});

describe('when the draft last changed, in words', () => {
	const now_ms = new Date(2026, 2, 10, 9, 0).getTime();

	it('counts calendar days where the reader is, not 24-hour spans', () => {
		expect(daysBetween(new Date(2026, 2, 9, 23, 50).getTime(), now_ms)).toBe(1);
		expect(daysBetween(new Date(2026, 2, 10, 0, 5).getTime(), now_ms)).toBe(0);
		// across the change to summer time (29 March in Europe), still whole days
		expect(daysBetween(new Date(2026, 2, 25).getTime(), new Date(2026, 3, 2).getTime())).toBe(8);
	});

	it.each([
		[0, 'Séquence gardée dans ce navigateur, modifiée aujourd’hui\u00a0:', 'last changed today:'],
		[1, 'modifiée hier\u00a0:', 'last changed yesterday:'],
		[7, 'modifiée il y a 7\u00a0jours\u00a0:', 'last changed 7\u00a0days ago:']
	])('%i days ago', (days, inFrench, inEnglish) => {
		const changed = String(now_ms - days * day_ms);
		expect(keptLine(changed, fr, now_ms)).toContain(inFrench);
		expect(keptLine(changed, en, now_ms)).toContain(inEnglish);
	});

	it('says no time it does not know, and a time to come is today', () => {
		expect(keptLine(null, fr, now_ms)).toBe(fr.consultKeptUndated);
		expect(keptLine('soon', en, now_ms)).toBe(en.consultKeptUndated);
		expect(keptLine(String(now_ms + 3 * day_ms), en, now_ms)).toContain('today');
	});
});

describe('how long Undo stays', () => {
	let listeners: Map<string, () => void>;
	beforeEach(() => {
		listeners = new Map();
		const on = (type: string, listener: () => void) => void listeners.set(type, listener);
		const off = (type: string) => void listeners.delete(type);
		vi.stubGlobal('document', {
			visibilityState: 'visible',
			addEventListener: on,
			removeEventListener: off
		});
		vi.stubGlobal('addEventListener', on);
		vi.stubGlobal('removeEventListener', off);
	});

	it('ends after two minutes, once, and stops listening', () => {
		const end = vi.fn();
		whileShown(end);
		vi.advanceTimersByTime(119_000);
		expect(end).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1_000);
		expect(end).toHaveBeenCalledTimes(1);
		expect([...listeners.keys()]).toEqual([]);
	});

	it('ends as soon as the page is hidden or left, and not when cancelled', () => {
		const end = vi.fn();
		whileShown(end);
		(document as { visibilityState: string }).visibilityState = 'hidden';
		listeners.get('visibilitychange')!();
		expect(end).toHaveBeenCalledTimes(1);
		const left = vi.fn();
		whileShown(left);
		listeners.get('pagehide')!();
		expect(left).toHaveBeenCalledTimes(1);
		const kept = vi.fn();
		whileShown(kept)();
		vi.advanceTimersByTime(200_000);
		expect(kept).not.toHaveBeenCalled();
	});
});
