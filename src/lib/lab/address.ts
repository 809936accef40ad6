// The lab's state in its address, so that a teacher can hand out a link to one case:
// ?Ko=5&Ki=140&Nao=145&Nai=12&Clo=110&Cli=7&pK=1&pNa=0.05&pCl=0.45&T=37 (mM, relative, °C), and &pump=on
// when the pump's share is added. Pure: reads and writes text. Anything malformed opens the nearest valid
// state with a note naming the value, never an error and never NaN. A value is read in the page's language,
// as its field reads what is typed there (typed-value.ts: its unit may follow it, '37°C'): on the English page
// '1,000' is a thousand, on the French page one.
import { otherLang, type Lang } from '$lib/i18n/languages';
import { unknownKeys } from '$lib/address/unknown-keys';
import { onOffFromText } from '$lib/address/on-off';
import { firstValue, namesKey, readQuery, writeQuery, type QueryEntries } from '$lib/address/query';
import { typedValue } from './typed-value';
import {
	clampValue,
	fromAddress,
	LAB_KEYS,
	NEURON,
	withSomePermeability,
	type LabState,
	type Note
} from './state';

export interface LabAddress {
	state: LabState;
	pump: boolean;
	/** what had to change, one note per value */
	notes: Note[];
	/** whether the address named any of the lab's values (else the page keeps its first view) */
	named: boolean;
	/** the address's other keys (?theme=…), kept as they were when the lab writes its own */
	others: QueryEntries;
	/**
	 * whether a value reads as another number in the other language ('1,000': a thousand in English, one in
	 * French): the lab then writes its address at once, as numbers, so that the language switch, which carries
	 * the address, opens the same case
	 */
	ambiguous: boolean;
	/**
	 * the recorder's runs a shared link carries (`runs=`, share/run-link.ts), as text, read by the recorder;
	 * null without. The lab never writes them itself: they are the Share link's alone (share/share-address.ts)
	 */
	runs: string | null;
}

const PUMP_KEY = 'pump';
/** the key of a shared link's runs */
export const RUNS_KEY = 'runs';
const ours: readonly string[] = [...LAB_KEYS, PUMP_KEY, RUNS_KEY];
/** the settings a link may give, as a note lists them to whoever mistyped one */
export const SETTING_KEYS: readonly string[] = [...LAB_KEYS, PUMP_KEY];

/**
 * The lab's state from a query string ('?' optional), its numbers read in the page's language (none: as in
 * French, a comma is a decimal one). A value not given keeps the mammalian neuron's.
 */
export function readLabAddress(query: string, lang?: Lang): LabAddress {
	const entries = readQuery(query);
	const state: LabState = { ...NEURON };
	const notes: Note[] = [];
	let named = false;
	let ambiguous = false;
	for (const key of LAB_KEYS) {
		// a repeated key: the first wins, as everywhere on the site, and a note says so; `ko` or `KO` is read as
		// Ko (query.ts)
		const text = firstValue(entries, key);
		if (text === null) continue;
		named = true;
		// read as the field reads what is typed in it: '37°C', '10 mM' and '10 mmol/L' are numbers
		const number = typedValue(key, text, lang);
		const elsewhere = typedValue(key, text, otherLang(lang ?? 'fr'));
		if (number !== elsewhere && !Number.isNaN(number + elsewhere)) ambiguous = true;
		const { value, note } = clampValue(key, number, text);
		state[key] = value;
		if (note) notes.push(note);
		// a key given twice (a link pasted after another): which value was used is said, not left to guess
		const all = entries.filter(([name]) => namesKey(name, key)).map(([, given]) => given);
		if (all.length > 1) notes.push({ key, given: all.join('\n'), kind: 'repeated', used: value });
	}
	const checked = withSomePermeability(state);
	if (checked.note) notes.push(checked.note);
	const pumpText = firstValue(entries, PUMP_KEY) ?? undefined;
	const pump = pumpText === undefined ? false : onOffFromText(pumpText);
	if (pumpText !== undefined) named = true;
	// neither on nor off ("pump=maybe", a typo): off, the lab's first view, and a note says so
	if (pump === undefined) notes.push({ key: PUMP_KEY, given: pumpText!, kind: 'not-on-off', used: 0 });
	// a link with runs opens its own case, even when that case is the neuron it names no value of
	const runs = firstValue(entries, RUNS_KEY);
	if (runs !== null) named = true;
	const pumps = entries.filter(([name]) => namesKey(name, PUMP_KEY)).map(([, given]) => given);
	if (pumps.length > 1) notes.push({ key: PUMP_KEY, given: pumps.join('\n'), kind: 'repeated', used: 0 });
	const others = entries.filter(([name]) => !ours.some((key) => namesKey(name, key)));
	// a key the lab does not know (`k_out=20` for `Ko=20`): the case it meant is not the one shown, so a note
	// says so, unless the key is the site's or a link tracker's; several such keys share one note, which
	// quotes three at most (quotable.ts): a crafted link cannot fill the page with them
	const unknown = unknownKeys(
		others.map(([name]) => name),
		() => false
	);
	if (unknown.length) notes.push({ key: 'address', given: unknown.join('\n'), kind: 'unknown-key', used: 0 });
	return {
		state: checked.state,
		pump: pump ?? false,
		// the address's words, not the reader's: a note quotes them only when they look like a value
		notes: notes.map(fromAddress),
		named,
		// a key read as one of the lab's, in whatever case, is the lab's: it is not kept beside the one it writes
		others,
		ambiguous,
		runs
	};
}

/** A query without the runs a shared link carried, its other keys as they were (the recorder has taken them). */
export const withoutRuns = (query: string): string =>
	writeQuery(readQuery(query).filter(([name]) => !namesKey(name, RUNS_KEY)));

/** A number as the address writes it: exactly (String reads back to the same double), '-0' as '0'. */
const written = (value: number) => (Object.is(value, -0) ? '0' : String(value));

/** '?Ko=5&…&T=37' with all ten values (and pump=on when it is), after the address's other keys. */
export function writeLabAddress(state: LabState, pump: boolean, others: QueryEntries = []): string {
	const lab: QueryEntries = LAB_KEYS.map((key) => [key, written(state[key])]);
	if (pump) lab.push([PUMP_KEY, 'on']);
	return writeQuery([...others, ...lab]);
}
