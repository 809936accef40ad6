// The membrane lab's state: ten numbers (three ions on each side, three permeabilities, a temperature),
// their valid ranges, and the presets. Pure: no DOM, no Svelte. The numbers come from $lib/physiology,
// where each has its source beside it; this file only chooses which of them each preset uses.
import {
	FACILITATED_PERMEABILITY,
	K2P_FIGURE_OPEN_FRACTION,
	LIMITS,
	MAMMALIAN,
	MAMMALIAN_PERMEABILITY,
	MAX_ADDED_K_PERMEABILITY,
	SQUID,
	SQUID_PERMEABILITY,
	SQUID_TEMPERATURE_C,
	TRPV1_ADDED_PNA,
	BODY_TEMPERATURE_C,
	type Concentrations,
	type Permeability
} from '$lib/physiology';

/** The address's names for the ten numbers, in the order the address writes them. */
export const LAB_KEYS = ['Ko', 'Ki', 'Nao', 'Nai', 'Clo', 'Cli', 'pK', 'pNa', 'pCl', 'T'] as const;
export type LabKey = (typeof LAB_KEYS)[number];
export type LabState = Record<LabKey, number>;

export const CONCENTRATION_KEYS = ['Ko', 'Ki', 'Nao', 'Nai', 'Clo', 'Cli'] as const;
export const PERMEABILITY_KEYS = ['pK', 'pNa', 'pCl'] as const;

export interface Range {
	min: number;
	max: number;
	unit: 'mM' | '' | '°C';
	/** the slider moves along log10 of the value (concentrations span four decades) */
	log: boolean;
}

/**
 * Concentrations: 0.1–1000 mM, a lab choice inside the model's accepted (0, 10 000] mM (LIMITS): every
 * biological fluid, squid and sea water included, lies within it, and a log slider over four decades stays
 * usable on a phone. Permeabilities are relative (only ratios matter, model.md): 0–10, a lab choice that
 * holds every preset (at most 1.45) with room to spare. Temperature: the model's own 0–50 °C.
 */
const concentration: Range = { min: 0.1, max: 1000, unit: 'mM', log: true };
const permeability: Range = { min: 0, max: 10, unit: '', log: false };
export const LAB_RANGES: Readonly<Record<LabKey, Range>> = Object.freeze({
	Ko: concentration,
	Ki: concentration,
	Nao: concentration,
	Nai: concentration,
	Clo: concentration,
	Cli: concentration,
	pK: permeability,
	pNa: permeability,
	pCl: permeability,
	T: { min: LIMITS.temperatureMin_C, max: LIMITS.temperatureMax_C, unit: '°C', log: false }
});

/** A state from the physiology module's own shapes. */
export function stateOf(c: Concentrations, p: Permeability, T: number): LabState {
	return {
		Ko: c.K.outside_mM,
		Ki: c.K.inside_mM,
		Nao: c.Na.outside_mM,
		Nai: c.Na.inside_mM,
		Clo: c.Cl.outside_mM,
		Cli: c.Cl.inside_mM,
		pK: p.K,
		pNa: p.Na,
		pCl: p.Cl,
		T
	};
}

/** The physiology module's shapes from a state (what `ghk` and `nernst` take). */
export function concentrationsOf(s: LabState): Concentrations {
	return {
		K: { outside_mM: s.Ko, inside_mM: s.Ki },
		Na: { outside_mM: s.Nao, inside_mM: s.Nai },
		Cl: { outside_mM: s.Clo, inside_mM: s.Cli }
	};
}
export const permeabilityOf = (s: LabState): Permeability => ({ K: s.pK, Na: s.pNa, Cl: s.pCl });

/** The lab opens on the mammalian neuron at 37 °C (physiology/constants.ts: Purves, Hille; science.md A1). */
export const NEURON: Readonly<LabState> = Object.freeze(
	stateOf(MAMMALIAN, MAMMALIAN_PERMEABILITY, BODY_TEMPERATURE_C)
);

export const PRESET_IDS = [
	'neuron',
	'squid',
	'facilitated',
	'k2p-open',
	'trpv1-open',
	'hyperkalaemia-3',
	'hyperkalaemia-5',
	'hyperkalaemia-10'
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/**
 * Each preset is a whole state. Squid: Hodgkin & Katz's concentrations and 1 : 0.04 : 0.45 at 20 °C.
 * The facilitated ending of the K2P figure: pK cut to 0.25 (FACILITATED_PERMEABILITY, a model choice,
 * model.md). K2P opened: that ending with the share of K2P channels the K2P figure opens at first
 * (K2P_FIGURE_OPEN_FRACTION, 60 %: pK + 0.6 × MAX_ADDED_K_PERMEABILITY), so that both show the same Vm.
 * Outside K⁺ 3 (low), 5 (the neuron) and 10 mM (hyperkalaemia; science.md A1: −59.7 mV at 10 mM).
 */
export const PRESETS: Readonly<Record<PresetId, Readonly<LabState>>> = Object.freeze({
	neuron: NEURON,
	squid: Object.freeze(stateOf(SQUID, SQUID_PERMEABILITY, SQUID_TEMPERATURE_C)),
	facilitated: Object.freeze(stateOf(MAMMALIAN, FACILITATED_PERMEABILITY, BODY_TEMPERATURE_C)),
	// as the K2P figure's first view: its share of the channels open (k2pState's pK), the sum as written
	'k2p-open': Object.freeze(
		stateOf(
			MAMMALIAN,
			{
				...FACILITATED_PERMEABILITY,
				K: Number(
					(FACILITATED_PERMEABILITY.K + MAX_ADDED_K_PERMEABILITY * K2P_FIGURE_OPEN_FRACTION).toPrecision(12)
				)
			},
			BODY_TEMPERATURE_C
		)
	),
	// the sum as written (0.15), not as binary floating point makes it (0.15000000000000002): it is read in the address
	'trpv1-open': Object.freeze({
		...NEURON,
		pNa: Number((MAMMALIAN_PERMEABILITY.Na + TRPV1_ADDED_PNA).toPrecision(12))
	}),
	'hyperkalaemia-3': Object.freeze({ ...NEURON, Ko: 3 }),
	'hyperkalaemia-5': Object.freeze({ ...NEURON, Ko: 5 }),
	'hyperkalaemia-10': Object.freeze({ ...NEURON, Ko: 10 })
});

/** Why a value was changed: the reader (or the address) gave something the lab cannot use as it is. */
export interface Note {
	/** the value's key; 'p' the three permeabilities; 'address' a key of the address the lab does not have */
	key: LabKey | 'p' | 'pump' | 'address';
	/** what was given, as text (the address's text, the number typed, or the unknown key's name) */
	given: string;
	kind:
		'not-a-number' | 'too-low' | 'too-high' | 'no-permeability' | 'not-on-off' | 'repeated' | 'unknown-key';
	/** the value used instead */
	used: number;
	/**
	 * given by the address, not typed by the reader: quoted back only when it looks like a value (quotable.ts,
	 * words.ts). Not enumerable, so that it rides along with the note without being part of what it says.
	 */
	readonly address?: true;
}

/** Marks a note as the address's (Note.address): its text is quoted only when it looks like a value. */
export const fromAddress = (note: Note): Note =>
	Object.defineProperty(note, 'address', { value: true, enumerable: false });

/** A value brought into its key's range; a note says so when it had to move. NaN goes to the default. */
export function clampValue(
	key: LabKey,
	value: number,
	given = String(value)
): { value: number; note?: Note } {
	const { min, max } = LAB_RANGES[key];
	if (Number.isNaN(value))
		return { value: NEURON[key], note: { key, given, kind: 'not-a-number', used: NEURON[key] } };
	if (value < min) return { value: min, note: { key, given, kind: 'too-low', used: min } };
	if (value > max) return { value: max, note: { key, given, kind: 'too-high', used: max } };
	return { value };
}

/**
 * GHK needs at least one permeability above 0: when all three are 0, pK goes back to 1 (the resting
 * reference every ratio is taken against), with a note.
 */
export function withSomePermeability(state: LabState): { state: LabState; note?: Note } {
	if (state.pK > 0 || state.pNa > 0 || state.pCl > 0) return { state };
	return {
		state: { ...state, pK: 1 },
		note: { key: 'p', given: '0 : 0 : 0', kind: 'no-permeability', used: 1 }
	};
}

/** A state every model call accepts, from any numbers: each clamped to its range, with the notes. */
export function safeState(input: LabState): { state: LabState; notes: Note[] } {
	const notes: Note[] = [];
	const state = { ...input };
	for (const key of LAB_KEYS) {
		const { value, note } = clampValue(key, input[key]);
		state[key] = value;
		if (note) notes.push(note);
	}
	const checked = withSomePermeability(state);
	if (checked.note) notes.push(checked.note);
	return { state: checked.state, notes };
}

/** Whether a note is about a value's field: the all-zero note ('p') is about pK, the value it moved. */
export const noteIsAbout = (note: Note, key: LabKey) =>
	note.key === key || (note.key === 'p' && key === 'pK');

export const sameState = (a: LabState, b: LabState) => LAB_KEYS.every((key) => a[key] === b[key]);

/**
 * Whether a state holds exactly a preset's values, never with the pump's share on (no preset adds it): the lab
 * names the first preset it holds (two cases can share values: the neuron, K⁺ at 5 mM), and a kept or shared
 * run keeps the name it was recorded under only if it holds it (a stored text or a link can say anything).
 */
export const holdsPreset = (state: LabState, pump: boolean, id: PresetId) =>
	!pump && sameState(PRESETS[id], state);
