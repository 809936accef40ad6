// The recorder's runs in a shared link (`&runs=1.3~Ko,1,100,pNa0.04,log~Ko,1,100,pNa0.1,log~Ko,1,100,log.p`):
// what each run asked, never its points, which are swept again here by runSweep from values made valid, so a
// link can never put on screen a number the lab refuses. Pure: text in, runs and what was left out out.
//
// Version 1, the text after `runs=`:
//   header "~" run ( "~" run )*     header: the version, a dot, how many runs the link holds ("1.3")
//   run:   key "," from "," to ( "," value )* "," flags
//   value: a key and its number ("pNa0.04"): what this run held otherwise than the case the link opens (its
//          `?pNa=0.1&…`, read as the lab reads it, address.ts; a run with "c": than that preset), the swept
//          value's own included. Against the link's case, not the run before: each run reads on its own (one
//          changed on the way leaves the others whole), and the lecturer's runs, which differ little from the
//          case shown, take a few characters each. A case's value changed by hand in the link changes the
//          runs that held it too, as it would have had they been recorded from it.
//   flags: "log" or "lin" (the x axis), then, each after a dot: "p" the pump's share added, "c<d>" the case
//          it was recorded from unchanged (PRESET_IDS), "s<d>" its colour and dash when not its place's,
//          "n<d>" its number when not the one after the run before's (the first: not 1)
// Every character is one a query carries as it is (query.ts): the link stays readable, and short enough
// for a QR code a phone scans from a projector. The flags come last: a link cut short inside its last run
// ends in no "log" or "lin", and that run is not read as a shorter one.
// Loaded with the Share dialog or a link that carries runs: the lab's own modules are handed in (kit.ts).
import type { Run } from '../lab.svelte';
import type { LabKey, LabState } from '../state';
import type { LabKit } from './kit';

export const RUNS_VERSION = 1;

/** A number as the link writes it: exactly (String reads back to the same double), '-0' as '0'. */
const written = (value: number) => (Object.is(value, -0) ? '0' : String(value));

/** The runs as the link writes them (the recorder's order, oldest first), against the case it opens. */
export function writeRuns(runs: readonly Run[], against: LabState, kit: LabKit): string {
	let number = 0;
	const pieces = runs.map(({ n, style, preset, sweep }, place) => {
		// a run recorded from a preset unchanged holds that preset's values: the preset says them
		const from = preset ? kit.PRESETS[preset] : against;
		const held = kit.LAB_KEYS.filter((key) => sweep.base[key] !== from[key]).map(
			(key) => key + written(sweep.base[key])
		);
		const flags = [sweep.log ? 'log' : 'lin'];
		if (sweep.pump) flags.push('p');
		if (preset) flags.push(`c${kit.PRESET_IDS.indexOf(preset)}`);
		if (style !== place) flags.push(`s${style}`);
		if (n !== number + 1) flags.push(`n${n}`);
		number = n;
		return [sweep.key, written(sweep.from), written(sweep.to), ...held, flags.join('.')].join(',');
	});
	return [`${RUNS_VERSION}.${runs.length}`, ...pieces].join('~');
}

/** What reading a link's runs kept, and what it left out, counted (never quoted: see runsNotes). */
export interface ReadRuns {
	runs: Run[];
	/** written by another version of the site: none read */
	unknownVersion: boolean;
	/** runs the link said it held but does not (a link cut short) */
	missing: number;
	/** runs that could not be read */
	unreadable: number;
	/** readable runs of another swept value than the newest's (a chart has one x axis) */
	otherValue: number;
	/** the value the kept runs sweep, when runs of another were left out */
	swept?: LabKey;
	/** the oldest runs beyond the recorder's four */
	tooMany: number;
	/** the numbers of the runs kept whose values were outside the lab's ranges, brought to the nearest end */
	moved: number[];
}

// a number as written, or with an exponent ('1e-7'); a sign for a value below range, which is then clamped
const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:e-?\d+)?$/i;
const readNumber = (text: string | undefined) =>
	text !== undefined && NUMBER.test(text) ? Number(text) : NaN;
// a value: its key's letters, then its number
const HELD = /^([a-z]+)(.*)$/i;
const FLAGS = /^(log|lin)(\.p)?(?:\.c(\d))?(?:\.s(\d))?(?:\.n(\d{1,6}))?$/;
// the version, then a dot and the count of runs; a count past MOST_READ, or not a number, is not believed
// (mangled by hand or by a messenger): the runs are read all the same, none said missing
const HEADER = /^(\d{1,3})(?:\.(.*))?$/;
/** a link holds a handful of runs: more pieces than this are not looked at (counted as beyond four) */
const MOST_READ = 64;

const isKey = (kit: LabKit, text: string | undefined): text is LabKey =>
	kit.LAB_KEYS.includes(text as LabKey);

/** The values one run held, from those it is given against, or null when one cannot be read. */
function heldValues(kit: LabKit, fields: readonly string[], before: LabState): LabState | null {
	const state = { ...before };
	const seen = new Set<string>();
	for (const field of fields) {
		const [, key, number] = HELD.exec(field) ?? [];
		const value = readNumber(number);
		if (!isKey(kit, key) || Number.isNaN(value) || seen.has(key)) return null;
		seen.add(key);
		state[key] = value;
	}
	return state;
}

type Piece = { run: Run; moved: boolean } | 'unreadable';

/**
 * One run from its piece of the link, swept again; `n`: its number, which the run after it follows. Its
 * style is the link's, checked by readRuns.
 */
function readPiece(
	kit: LabKit,
	piece: string,
	against: LabState,
	number: number,
	place: number
): { piece: Piece; n: number } {
	const fields = piece.split(',');
	const [key, fromText, toText] = fields;
	const flags = FLAGS.exec(fields[fields.length - 1] ?? '');
	const [, scale, pump, preset, style, given] = flags ?? [];
	// the preset a run was recorded from: its values are those the run's are given against
	const id = preset === undefined ? undefined : kit.PRESET_IDS[Number(preset)];
	const base = preset === undefined ? against : id && kit.PRESETS[id];
	const held = fields.length >= 4 && base ? heldValues(kit, fields.slice(3, -1), base) : null;
	const n = given === undefined ? number + 1 : Number(given);
	const from = readNumber(fromText);
	const to = readNumber(toText);
	if (!held || !flags || !isKey(kit, key) || Number.isNaN(from) || Number.isNaN(to) || n < 1)
		return { piece: 'unreadable', n };
	const safe = kit.safeState(held);
	const request = { key, from, to, points: kit.RECORDER_POINTS, log: scale === 'log' };
	const asked = kit.safeRequest(request);
	const sweep = kit.runSweep(safe.state, pump !== undefined, request);
	const run: Run = { n, style: style === undefined ? place : Number(style), sweep };
	// named by that preset in its legend if the run held exactly its values (a link can say anything)
	if (id && kit.holdsPreset(sweep.base, sweep.pump, id)) run.preset = id;
	// two ends made one by their range ("from 2000 to 5000 mM") draw nothing: not a run
	const drawn = sweep.data.length > 1 && sweep.from !== sweep.to;
	const moved = safe.notes.length > 0 || asked.from !== from || asked.to !== to;
	return { piece: drawn ? { run, moved } : 'unreadable', n };
}

/**
 * Each run its own colour and dash: the link's where it names one of the recorder's and no run before took
 * it, else the first free one (a link of more runs than styles, or changed by hand).
 */
function styled(kit: LabKit, runs: readonly Run[]): Run[] {
	const taken: number[] = [];
	const wished = runs.map(({ style }) => style);
	const first = (test: (s: number) => boolean) => kit.RUN_STYLES.findIndex((_, s) => test(s));
	return runs.map((run, i) => {
		const wish = wished[i]!;
		if (wish < kit.RUN_STYLES.length && !taken.includes(wish)) {
			taken.push(wish);
			return run;
		}
		// one no later run asks for, if there is one
		const unasked = first((s) => !taken.includes(s) && !wished.slice(i + 1).includes(s));
		const style = unasked >= 0 ? unasked : first((s) => !taken.includes(s));
		taken.push(style);
		return { ...run, style };
	});
}

/**
 * A link's runs (the text after `runs=`), against the case the link opens (`against`, as the lab reads it),
 * each checked, as the recorder shows them; see ReadRuns.
 */
export function readRuns(text: string, against: LabState, kit: LabKit): ReadRuns {
	const read: ReadRuns = {
		runs: [],
		unknownVersion: false,
		missing: 0,
		unreadable: 0,
		otherValue: 0,
		tooMany: 0,
		moved: []
	};
	const [header = '', ...pieces] = text.split('~');
	const [, version, count] = HEADER.exec(header) ?? [];
	if (Number(version) !== RUNS_VERSION) {
		// another version's runs (or no header at all): none is guessed at
		if (version !== undefined && version !== '0') read.unknownVersion = true;
		else read.unreadable = Math.max(1, pieces.length);
		return read;
	}
	const believed = count !== undefined && /^\d{1,3}$/.test(count) && Number(count) <= MOST_READ;
	read.missing = believed ? Math.max(0, Number(count) - pieces.length) : 0;
	const looked = pieces.slice(0, MOST_READ);
	const kept: { run: Run; moved: boolean }[] = [];
	let number = 0;
	looked.forEach((piece, place) => {
		const { piece: got, n } = readPiece(kit, piece, against, number, place);
		number = n;
		// two runs with one number cannot be told apart: the later one is not read
		if (got === 'unreadable' || kept.some(({ run }) => run.n === got.run.n)) read.unreadable += 1;
		else kept.push(got);
	});
	// one chart, one x axis: the runs of the newest run's swept value, as the recorder keeps them
	const swept = kept[kept.length - 1]?.run.sweep.key;
	const same = kept.filter(({ run }) => run.sweep.key === swept);
	read.otherValue = kept.length - same.length;
	if (read.otherValue) read.swept = swept;
	// the recorder's four, the newest, as recording a fifth pushes out the oldest
	read.tooMany = Math.max(0, same.length - kit.MAX_RUNS) + (pieces.length - looked.length);
	const shown = same.slice(-kit.MAX_RUNS);
	read.runs = styled(
		kit,
		shown.map(({ run }) => run)
	);
	read.moved = shown.filter(({ moved }) => moved).map(({ run }) => run.n);
	return read;
}
