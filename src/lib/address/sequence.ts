import { sequenceParts } from './decimal-comma';
import { firstValue, namesKey, readQuery } from './query';
import { reservedKeys } from './reserved-keys';
import { hasOwn } from '$lib/compat/has-own';
import { MAX_SEQUENCE } from './sequence-size';

/**
 * A consultation: figures in the order a clinician shows them, each from a chosen step and with the settings
 * it was added with, in one address: `?s=trpv1:sensitised,pump:fuel-cut:glucose_mM=0,cushion&at=2`. `s`
 * lists the figures (scene id, then `:` and a step id when it does not start at its first, then `:key=value`
 * for each setting, as the figure's own address names it); `at` is the figure being shown, counted from 1 as
 * a reader counts.
 */
export interface SequenceItem {
	scene: string;
	/** the step it opens at; null: its first */
	step: string | null;
	/**
	 * settings it opens with, as address text (`glucose_mM: '0'`), absent when none: the figure reads them as
	 * it reads its own address (figure-state.ts), which mends or ignores what it cannot take
	 */
	params?: Readonly<Record<string, string>>;
}

/** Each known scene's step ids, in order: what a sequence is checked against. */
export type SceneSteps = Readonly<Record<string, readonly string[]>>;

/**
 * Each known scene's parameter keys, spelt as its figure reads them (`openFraction`): what an item's settings
 * are checked against. A scene not listed keeps any well-formed setting (a draft, read without them).
 */
export type SceneSettings = Readonly<Record<string, readonly string[]>>;

export { MAX_SEQUENCE } from './sequence-size';

/** More than any figure has, and a cap on what a hand-made address can carry. */
export const MAX_ITEM_PARAMS = 8;
// a setting as an address can carry it: a parameter's key (never one the site keeps for itself) and a short
// plain value ('0', '5.5', 'off', 'acid'); anything else is left out
const settingPattern = /^([A-Za-z][A-Za-z0-9_]{0,31})=([A-Za-z0-9.-]{1,16})$/;
const siteKeys = new Set<string>(reservedKeys);

/**
 * The settings of one item, from its `key=value` parts, each key spelt as its figure spells it (`keys`, when
 * known: `openfraction` → `openFraction`); `unknown`: the parts naming a key the figure does not have (or one
 * the site keeps for itself); `unreadable`: the parts that are not a key and a short plain value; `repeats`:
 * a key given again with another value (the first is read, as on a figure's own page).
 */
function settingsOf(parts: readonly string[], keys: readonly string[] | undefined) {
	const params: Record<string, string> = {};
	const unknown: string[] = [];
	const unreadable: string[] = [];
	const repeats: string[] = [];
	for (const part of parts) {
		const [, typed, value] = settingPattern.exec(part.trim()) ?? [];
		if (!typed || !value) {
			unreadable.push(part.trim());
			continue;
		}
		const key = siteKeys.has(typed)
			? undefined
			: keys
				? keys.find((own) => own.toLowerCase() === typed.toLowerCase())
				: typed;
		if (key === undefined) unknown.push(part.trim());
		else if (hasOwn(params, key) && params[key] !== value) repeats.push(`${key}=${value}`);
		if (key === undefined || hasOwn(params, key)) continue;
		params[key] = value;
		if (Object.keys(params).length === MAX_ITEM_PARAMS) break;
	}
	return { params: Object.keys(params).length ? params : undefined, unknown, unreadable, repeats };
}

/**
 * The figures an `s=` value lists. Unknown scenes and empty items are left out; an unknown step opens its
 * figure at the first step; spaces and capitals are forgiven (a setting's key too, when `settings` lists its
 * figure's keys: it is spelt as the figure spells it, and left out when the figure has no such key); a
 * setting that is not `key=value` is left out; a decimal comma (`glucose_mM=3,5`) is read as the figure's own
 * page reads it (decimal-comma.ts). Never more than MAX_SEQUENCE figures.
 */
export function parseSequence(
	value: string | null | undefined,
	known: SceneSteps,
	settings: SceneSettings = {}
): SequenceItem[] {
	return readSequence(value, known, settings).items;
}

/**
 * A part of a consultation's address that could not be used as written, for the page to name: an item
 * naming no figure of the site (left out), a step its figure does not have (it opens at its first), more
 * than one step of its figure (`steps`: it opens at the first named, `step`, the others left out), a setting
 * its figure does not have (left out), a setting not written as a key and a short plain value (left out:
 * `glucose_mM=abc!`, `glucose_mM=`), a setting given again with another value (`repeat`: the first is read),
 * figures past MAX_SEQUENCE (left out), an `at` naming no figure of the
 * sequence, a second `s=` list (not read). `text`: the part as the address wrote it, which the note quotes
 * only if it looks like a value (sequence-quotes.ts, loaded with the note, not with the page).
 */
export type SequenceUnread<Text = string> =
	| { kind: 'figure' | 'step' | 'setting' | 'value' | 'repeat' | 'at'; text: Text }
	| { kind: 'steps'; text: Text; scene: string; step: string }
	| { kind: 'beyond'; count: number }
	| { kind: 'second-list' };

/** The figures an `s=` value lists, and each part of it that had to be left out or replaced. */
function readSequence(value: string | null | undefined, known: SceneSteps, settings: SceneSettings) {
	const items: SequenceItem[] = [];
	const unread: SequenceUnread[] = [];
	if (typeof value !== 'string') return { items, unread };
	const parts = sequenceParts(value).filter((part) => part.trim() !== ''); // an empty item: a stray comma
	for (const [i, part] of parts.entries()) {
		if (items.length === MAX_SEQUENCE) {
			unread.push({ kind: 'beyond', count: parts.length - i });
			break;
		}
		const [sceneText = '', ...rest] = part.split(':');
		const scene = sceneText.trim().toLowerCase();
		if (!hasOwn(known, scene)) {
			unread.push({ kind: 'figure', text: part.trim() });
			continue;
		}
		// the first part that is not a setting names the step; the settings may follow it or stand alone
		const named = rest.filter((text) => !text.includes('='));
		const step = (named[0] ?? '').trim().toLowerCase();
		const keys = hasOwn(settings, scene) ? settings[scene] : undefined;
		const { params, unknown, unreadable, repeats } = settingsOf(
			rest.filter((text) => text.includes('=')),
			keys
		);
		const ownStep = known[scene]!.includes(step);
		// more than one step named: it opens at the first when its figure has it, as for one step named
		if (ownStep && named.length > 1) unread.push({ kind: 'steps', text: part.trim(), scene, step });
		else if ((step !== '' && !ownStep) || named.length > 1) unread.push({ kind: 'step', text: part.trim() });
		for (const setting of unknown) unread.push({ kind: 'setting', text: `${scene}:${setting}` });
		for (const setting of unreadable) unread.push({ kind: 'value', text: `${scene}:${setting}` });
		for (const setting of repeats) unread.push({ kind: 'repeat', text: `${scene}:${setting}` });
		items.push({
			scene,
			step: ownStep && step !== known[scene]![0] ? step : null,
			...(params && { params })
		});
	}
	return { items, unread };
}

/** The `s=` value of a sequence: 'trpv1:sensitised,pump:fuel-cut:glucose_mM=0,cushion'. */
export function writeSequence(items: readonly SequenceItem[]): string {
	return items
		.map(({ scene, step, params = {} }) =>
			[
				scene,
				...(step ? [step] : []),
				...Object.entries(params).map(([key, value]) => `${key}=${value}`)
			].join(':')
		)
		.join(',');
}

/** An item's settings as query entries: the keys its figure reads from the address on the consultation page. */
export const settingEntries = (item: SequenceItem | undefined): [string, string][] =>
	Object.entries(item?.params ?? {});

/** The figure number an `at=` value gives (a whole number, counted from 1 when valid), or NaN. */
const figureNumber = (value: string | null | undefined) =>
	typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;

/** Which figure of the sequence an `at=` value asks for (counted from 1), as an index; anything else: the first. */
export function positionFromText(value: string | null | undefined, length: number): number {
	const number = figureNumber(value);
	if (Number.isNaN(number) || length === 0) return 0;
	return Math.min(length, Math.max(1, number)) - 1;
}

/** Whether an `at=` value names a figure of a sequence of `length` (an empty one names none, as if absent). */
function namesAFigure(value: string | null, length: number): boolean {
	if (value === null || !value.trim()) return true;
	const number = figureNumber(value);
	return number >= 1 && number <= length;
}

/** What a consultation's address is read against: each figure's setting keys, and the sequence kept here. */
export interface ConsultationContext {
	settings?: SceneSettings;
	/** the sequence shown when the query names none (the draft this browser keeps): `at` counts in it */
	draft?: readonly SequenceItem[];
}

/**
 * The sequence and the figure shown, as a query says them (or, when it names no sequence, the draft's
 * figures, which its `at` then counts in); `given`: the query names a sequence; `unread`: each part of it
 * that named no figure, a step or a setting its figure does not have, and was left out or replaced, an `at`
 * that named no figure of the sequence shown (`at=9` of two: the last is shown), a second list.
 */
export function readConsultation(
	query: string | URLSearchParams,
	known: SceneSteps,
	{ settings = {}, draft = [] }: ConsultationContext = {}
) {
	const entries = readQuery(query);
	const value = firstValue(entries, 's');
	const { items: listed, unread } = readSequence(value, known, settings);
	const given = value !== null;
	// the sequence shown is chosen first: the figure asked for is one of it
	const items = given ? listed : [...draft];
	const atText = firstValue(entries, 'at');
	if (items.length > 0 && atText !== null && !namesAFigure(atText, items.length))
		unread.push({ kind: 'at', text: atText.trim() });
	if (entries.filter(([key]) => namesKey(key, 's')).length > 1) unread.push({ kind: 'second-list' });
	return { items, at: positionFromText(atText, items.length), given, unread };
}
