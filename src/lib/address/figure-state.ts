/**
 * One figure's state in the address: its step and the parameters the reader changed, named by their keys.
 * On a figure's own page (and the consultation page, which shows one figure at a time) the keys are bare:
 * `?step=sensitised&kind=acid&pH=5.5`. In an article, where several figures share one address, each key
 * carries its scene's id: `?pump.step=run-down&pump.oxygen=off`, so two figures never overwrite each other,
 * and the address still reads as what it is. Anything malformed opens the nearest valid state, never an error.
 * Which keys are a figure's, and clearing them, is figure-keys.ts's.
 */
import { isParameter, safeValue, type Parameter, type ParamValues } from '$lib/player/parameters';
import { isOwnKey, type FigureShape } from './figure-keys';
import { isMissingValueWord } from './missing-value';
import { numberFor, showsAlike, isPercentOfFraction } from './number-shown';
import { onOffFromText } from './on-off';
import { firstValue, namesKey, readQuery, writeQuery, type QueryEntries } from './query';
import { hasOwn } from '$lib/compat/has-own';

export { clearFigureState, type FigureShape } from './figure-keys';

/**
 * What an address says about a figure: the step asked for (null: none), the parameters it names, and a note
 * for each part it could not use as written, so the page can say so instead of silently showing another case.
 */
export interface FigureState {
	step: number | null;
	params: ParamValues;
	notes: AddressNote[];
}

/**
 * A part of the address the figure could not use as written: a step it does not have (it opens at its first),
 * a value that means nothing to a parameter (it keeps its default), a number with no value at all (`no-number`:
 * `?openFraction=`, it keeps its default, `used`, as the lab says of an empty value), a number beyond a
 * parameter's range (the nearest end is used), a number between two of its stops or steps (`nearest`: the
 * nearest is used, which can show another case, 32° as 30°), a bare number above 1 for a fraction its control
 * shows as a percent (`fraction`: 60 for 60 %, the end of the range is used), or a key given more than once
 * (`repeated`, its key 'step' or a parameter's, and every value given, and the one used: the first, or the one
 * spelt exactly, as the lab's address reads it). `given` is the text as the address had it. A number the
 * control shows as it shows the one used (30.0 for 30°, 278 for 5 % dextrose's 277.53 mM) is not noted: the
 * reader sees the case asked for.
 */
export type AddressNote =
	| { kind: 'unknown-step'; given: string }
	| { kind: 'not-a-value'; key: string; given: string }
	| { kind: 'no-number'; key: string; used: number }
	| { kind: 'too-low' | 'too-high' | 'nearest' | 'fraction'; key: string; given: string; used: number }
	| { kind: 'repeated'; key: string; given: string[]; used: string };

/** The keys of a figure in an article: `trpv1.` before each. */
export const articlePrefix = (sceneId: string) => `${sceneId}.`;

/** A value for a parameter, from the text an address gives it; undefined when the text means nothing to it. */
function valueFromText(parameter: Parameter, text: string): unknown {
	const typed = text.trim();
	switch (parameter.kind) {
		case 'range':
		case 'stops': {
			const { value } = numberFor(parameter, typed);
			return Number.isNaN(value) ? undefined : value;
		}
		case 'choice':
			return parameter.options.find((option) => option.toLowerCase() === typed.toLowerCase());
		default:
			return onOffFromText(typed);
	}
}

/**
 * What a query says about one figure. A step that is unknown or empty opens the first step (as `?step=` always
 * has); a value a parameter cannot take is moved to the nearest one it can (clamped, rounded to its step or
 * stop) or, if it means nothing (`pH=abc`, `oxygen=maybe`), left at its default; each of these, but the empty
 * step or switch and a rounding the control does not show, leaves a note (AddressNote). A key in another
 * case is read as the figure's own (`?Step=`, `HEAT_C=`: query.ts). Unknown keys are ignored (a tracker's,
 * another figure's).
 */
export function readFigureState(
	query: string | URLSearchParams,
	scene: FigureShape,
	prefix = ''
): FigureState {
	const entries = readQuery(query);
	const notes: AddressNote[] = [];
	// a key given twice (a link pasted after another): the first wins, and which one is said, not left to guess;
	// "NaN" and its kind are never quoted back (missing-value.ts): a used one has its own note already
	const repeated = (key: string, used: string) => {
		const given = entries
			.filter(([name]) => namesKey(name, prefix + key))
			.map(([, value]) => value)
			.filter((value) => !isMissingValueWord(value));
		if (given.length > 1 && !isMissingValueWord(used)) notes.push({ kind: 'repeated', key, given, used });
	};
	const stepText = firstValue(entries, `${prefix}step`);
	let step: number | null = null;
	if (stepText !== null) {
		const index = scene.steps.findIndex((s) => s.id === stepText.trim().toLowerCase());
		// an empty ?step= has always meant the first step: only a step the figure lacks is worth a word, and
		// it names no step, so the figure opens where its page would open it (a consultation's chosen start)
		step = index >= 0 || !stepText.trim() ? Math.max(0, index) : null;
		if (index < 0 && stepText.trim()) notes.push({ kind: 'unknown-step', given: stepText });
		// a first value the figure cannot use has its own note, which says what is used instead
		else if (index >= 0) repeated('step', stepText);
	}
	const params: ParamValues = {};
	for (const control of scene.controls) {
		if (!isParameter(control)) continue;
		const text = firstValue(entries, prefix + control.key);
		if (text === null) continue;
		const value = valueFromText(control, text);
		if (value === undefined) {
			// an empty number (`openFraction=`) keeps its default, and says so as the lab does; an empty choice
			// or switch (`oxygen=`) says nothing, as an absent one does
			const number = control.kind === 'range' || control.kind === 'stops';
			if (text.trim()) notes.push({ kind: 'not-a-value', key: control.key, given: text });
			else if (number) notes.push({ kind: 'no-number', key: control.key, used: control.default });
			continue;
		}
		const safe = safeValue(control, value);
		params[control.key] = safe;
		const moved = typeof value === 'number' ? movedNumber(control, value, text) : null;
		if (moved) notes.push({ kind: moved, key: control.key, given: text, used: safe as number });
		else repeated(control.key, text);
	}
	return { step, params, notes };
}

/** Whether a note is about the step (one it lacks, or given twice), not a setting. */
export const isStepNote = (note: AddressNote) =>
	note.kind === 'unknown-step' || (note.kind === 'repeated' && note.key === 'step');

/**
 * What a story's figure takes of what its address says (a link written before the figure became a story,
 * `trpv1.step=sensitised`): its text sets the step, and it has no controls. So it takes the step alone, unless
 * a text step is already being read beside it (`textStep`), keeps only the note on a step it lacks, and names
 * the settings the link gave, which it leaves for the figure's own page.
 */
export function storyState(
	read: FigureState,
	textStep: string | null
): { step: number | null; notes: AddressNote[]; settings: string[] } {
	const settings = [
		...Object.keys(read.params),
		...read.notes.flatMap((note) => (note.kind === 'unknown-step' || isStepNote(note) ? [] : [note.key]))
	];
	return {
		step: textStep ? null : read.step,
		notes: read.notes.filter(isStepNote),
		settings: [...new Set(settings)]
	};
}

/**
 * How far past its end a stop may be written and still be that stop, as a share of the end: the slider shows
 * 5 % dextrose's 277.53 mM as "278 mM", and a reader who types what it shows has asked for that stop.
 */
const STOP_END_TOLERANCE = 0.005;

/**
 * What became of a number a range or stops parameter was given, when the reader does not see it as written:
 * beyond its range; a bare number above 1 for a fraction shown as a percent (60 for 60 %: `fraction`); or
 * between two of its steps or stops, shown as another (`nearest`). Null when the control shows it as given.
 */
function movedNumber(
	parameter: Parameter,
	value: number,
	text: string
): 'too-low' | 'too-high' | 'nearest' | 'fraction' | null {
	if (parameter.kind !== 'range' && parameter.kind !== 'stops') return null;
	const beyond = beyondRange(parameter, value);
	const percentLike = value > 1 && value <= 100 && !numberFor(parameter, text).percent;
	if (beyond === 'too-high' && percentLike && isPercentOfFraction(parameter)) return 'fraction';
	if (beyond) return beyond;
	// the stop as this address writes it (textOf: 277.5 for 277.53) is that stop, whatever the control shows
	const used = safeValue(parameter, value) as number;
	const written = value === Number(textOf(parameter, used));
	return written || showsAlike(parameter, value, used) ? null : 'nearest';
}

/** Whether a number lies below or above everything a range or stops parameter can take. */
function beyondRange(parameter: Parameter, value: number): 'too-low' | 'too-high' | null {
	if (parameter.kind === 'range')
		return value < parameter.min ? 'too-low' : value > parameter.max ? 'too-high' : null;
	if (parameter.kind !== 'stops') return null;
	const [low, high] = [Math.min(...parameter.stops), Math.max(...parameter.stops)];
	const [lowest, highest] = [
		low - Math.abs(low) * STOP_END_TOLERANCE,
		high + Math.abs(high) * STOP_END_TOLERANCE
	];
	return value < lowest ? 'too-low' : value > highest ? 'too-high' : null;
}

/**
 * A value as the address writes it: on or off for a switch; a stop in as few digits as keep it within
 * 0.1 % of itself (277.5, not 277.5310834813499), as long as they still read back as that stop.
 */
function textOf(parameter: Parameter, value: ParamValues[string]): string {
	if (typeof value === 'boolean') return value ? 'on' : 'off';
	if (parameter.kind !== 'stops' || typeof value !== 'number') return String(value);
	for (let digits = 1; digits < 17; digits++) {
		const short = Number(value.toPrecision(digits));
		if (Math.abs(short - value) <= Math.abs(value) * 1e-3 && safeValue(parameter, short) === value)
			return String(short);
	}
	return String(value);
}

/**
 * The query with one figure's state written in: its step, and each parameter that is not at its default
 * (the others say nothing a reader changed). Every other key (another figure's, a theme, a sequence) stays
 * where it was; any earlier copy of this figure's keys, repeated ones and ones in another case included, goes.
 */
export function writeFigureState(
	query: string | URLSearchParams,
	scene: FigureShape,
	state: { step: number; params: Readonly<ParamValues> },
	prefix = ''
): string {
	const parameters = scene.controls.filter(isParameter);
	const kept: QueryEntries = readQuery(query).filter(([key]) => !isOwnKey(key, scene, prefix));
	const step = scene.steps[Math.min(scene.steps.length - 1, Math.max(0, Math.round(state.step) || 0))];
	const written: QueryEntries = step ? [[`${prefix}step`, step.id]] : [];
	for (const parameter of parameters) {
		if (!hasOwn(state.params, parameter.key)) continue;
		const value = safeValue(parameter, state.params[parameter.key]);
		if (value !== parameter.default) written.push([prefix + parameter.key, textOf(parameter, value)]);
	}
	return writeQuery([...kept, ...written]);
}
