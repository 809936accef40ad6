// The recorder's runs kept for this tab while the page is reloaded: in sessionStorage (gone with the tab,
// never sent anywhere; never localStorage, which would keep a student's runs for the next person at the same
// computer), under the page's path without its language (kept-runs-key.ts), so that they follow the student to
// the other language's page. What each run asked is kept, not its points: they are computed again by
// runSweep, from values made valid again, so a stored text can never put a value the lab refuses on screen.
import { tabStorage } from '$lib/storage/browser-storage';
import type { Run } from './lab.svelte';
import { RUN_STYLES } from './run-styles';
import {
	holdsPreset,
	LAB_KEYS,
	PRESET_IDS,
	safeState,
	type LabKey,
	type LabState,
	type PresetId
} from './state';
import { runSweep, type Sweep } from './sweep';
import { oldRunKeys, runsKey } from './kept-runs-key';

/** The runs as text: each one's number, style, and what it asked (its state, pump and ends). */
export function runsToText(runs: readonly Run[]): string {
	return JSON.stringify(
		runs.map(({ n, style, preset, sweep: { base, pump, key, from, to, points, log } }) => ({
			n,
			style,
			preset,
			base,
			pump,
			key,
			from,
			to,
			points,
			log
		}))
	);
}

const isKey = (key: unknown): key is LabKey => LAB_KEYS.includes(key as LabKey);

/** A kept run's preset, if it is one and the run held exactly its values. */
const named = (preset: unknown, sweep: Sweep): { preset?: PresetId } =>
	PRESET_IDS.includes(preset as PresetId) && holdsPreset(sweep.base, sweep.pump, preset as PresetId)
		? { preset: preset as PresetId }
		: {};

/** Runs read back from text: each swept again; anything unreadable is left out, a text of nothing gives []. */
export function runsFromText(text: string | null | undefined): Run[] {
	let list: unknown;
	try {
		list = JSON.parse(text ?? '[]');
	} catch {
		return [];
	}
	if (!Array.isArray(list)) return [];
	const runs: Run[] = [];
	for (const item of list.slice(-RUN_STYLES.length)) {
		if (typeof item !== 'object' || item === null) continue;
		const { n, style, preset, base, pump, key, from, to, points, log } = item as Record<string, unknown>;
		if (!Number.isInteger(n) || !Number.isInteger(style) || (style as number) < 0) continue;
		if ((style as number) >= RUN_STYLES.length || !isKey(key) || typeof base !== 'object' || !base) continue;
		if (runs.some((run) => run.n === n || run.style === style || run.sweep.key !== key)) continue;
		const state = Object.fromEntries(LAB_KEYS.map((k) => [k, Number((base as LabState)[k])])) as LabState;
		const sweep = runSweep(safeState(state).state, pump === true, {
			key,
			from: Number(from),
			to: Number(to),
			points: Number(points),
			log: log === true
		});
		if (sweep.data.length > 1)
			runs.push({ n: n as number, style: style as number, sweep, ...named(preset, sweep) });
	}
	return runs;
}

/**
 * The runs kept for the page at `path` in this tab, in whichever language they were recorded. Runs an earlier
 * version kept under one language's path are read once, moved under the page's key, and their old copies go.
 */
export const keptRuns = (path: string): Run[] => {
	try {
		const storage = tabStorage();
		const text = storage?.getItem(runsKey(path));
		if (text !== null && text !== undefined) return runsFromText(text);
		for (const old of oldRunKeys(path)) {
			const was = storage?.getItem(old);
			if (was === null || was === undefined) continue;
			storage?.setItem(runsKey(path), was);
			for (const key of oldRunKeys(path)) storage?.removeItem(key);
			return runsFromText(was);
		}
		return [];
	} catch {
		return [];
	}
};

/** Keeps the runs for the page at `path` in this tab (none: forgets them); a full or refused store keeps nothing. */
export function keepRuns(path: string, runs: readonly Run[]) {
	try {
		if (runs.length) tabStorage()?.setItem(runsKey(path), runsToText(runs));
		else tabStorage()?.removeItem(runsKey(path));
	} catch {
		// the runs stay on the page; only a reload loses them, as before
	}
}
