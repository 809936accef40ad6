// The lab's live state, shared by its controls, its voltage scale, its recorder and whatever drives it
// from outside (the predict–observe–explain questions): one object, read and written through methods that
// keep every value valid. See README.md in this folder for the API.
import { labReadout, type LabReadout } from './model';
import {
	holdsPreset,
	NEURON,
	noteIsAbout,
	PRESET_IDS,
	PRESETS,
	safeState,
	type LabKey,
	type LabState,
	type Note,
	type PresetId
} from './state';
import { runSweep, type Sweep, type SweepRequest } from './sweep';
import { RUN_STYLES } from './run-styles';

/** One recorded run: its number, its place in the palette (colour and dash), and its sweep. */
export interface Run {
	n: number;
	style: number;
	sweep: Sweep;
	/** the preset it was recorded from, unchanged (its legend names it) */
	preset?: PresetId;
}

/** as many runs as the recorder has styles to tell them apart */
export const MAX_RUNS = RUN_STYLES.length;

export class LabController {
	/** the ten values (always valid: set them through set()) */
	state = $state<LabState>({ ...NEURON });
	/** whether the pump's own electrogenic share is added */
	pump = $state(false);
	/** what the last set() (or the address) had to change */
	notes = $state<Note[]>([]);
	/** the last preset chosen, until a value is changed by hand */
	preset = $state<PresetId | null>('neuron');
	/**
	 * The values and pump a case replaced when they were the reader's own (set by hand, or with the pump's share
	 * on), and the case that did: the lab offers them back until she restores them, chooses again from a case,
	 * or changes a value. Null when nothing of hers was replaced.
	 */
	replaced = $state.raw<{ state: LabState; pump: boolean; by: PresetId } | null>(null);
	/** the recorder's runs, oldest first, at most four (each replaced whole, never changed in place) */
	runs = $state.raw<Run[]>([]);
	/**
	 * The lab is being moved to a case whose outcome is said elsewhere (a question's verdict names its Vm):
	 * its own spoken Vm keeps quiet, and takes the value it ends at as said (VmReadout).
	 */
	quiet = $state(false);
	/** whether the last run recorded removed others (another swept value's, or a fifth run's oldest) */
	dropped = false;
	#count = 0;

	/** the numbers shown: Nernst potentials, Vm, driving forces */
	readout: LabReadout = $derived(labReadout(this.state, this.pump));

	/** Changes some values (others kept); out-of-range ones are clamped, and the notes say which. */
	set(values: Partial<LabState>, options: { notes?: Note[] } = {}): Note[] {
		const { state, notes } = safeState({ ...this.state, ...values });
		this.state = state;
		this.notes = [...(options.notes ?? []), ...notes];
		this.preset = null;
		this.replaced = null;
		return this.notes;
	}

	/** One value, as typed: a note when it had to change. */
	setValue(key: LabKey, value: number, given?: string): Note[] {
		return this.setTyped([{ key, value, given }]);
	}

	/**
	 * Several values at once, each as typed: one change, so every value that had to move keeps its note (set
	 * one at a time, each set() would replace the notes of the one before).
	 */
	setTyped(values: readonly { key: LabKey; value: number; given?: string }[]): Note[] {
		const notes = this.set(Object.fromEntries(values.map(({ key, value }) => [key, value])));
		for (const note of notes) {
			const given = values.find(({ key }) => key === note.key)?.given;
			if (given !== undefined) note.given = given;
		}
		return notes;
	}

	/** Drops the note about one value: the student is typing it again, so what they typed before is past. */
	forget(key: LabKey) {
		if (this.notes.some((note) => noteIsAbout(note, key)))
			this.notes = this.notes.filter((note) => !noteIsAbout(note, key));
	}

	/**
	 * Opens a preset: its whole state, the pump's share included (no preset adds it, so it is switched off:
	 * a preset's Vm is the one the page quotes, whatever was switched on before), notes cleared.
	 */
	choose(id: PresetId) {
		const own = !PRESET_IDS.some((held) => holdsPreset(this.state, this.pump, held));
		this.replaced = own ? { state: { ...this.state }, pump: this.pump, by: id } : null;
		this.state = { ...PRESETS[id] };
		this.pump = false;
		this.notes = [];
		this.preset = id;
	}

	/** Opens a case as an address gives it (already made valid, address.ts), with its notes. */
	open({ state, pump, notes }: { state: LabState; pump: boolean; notes: Note[] }) {
		this.state = state;
		this.pump = pump;
		this.notes = notes;
		this.preset = PRESET_IDS.find((id) => holdsPreset(state, pump, id)) ?? null;
		this.replaced = null;
	}

	/** Back to the values and pump a case replaced (`replaced`): exactly as they were, as an address opens them. */
	restoreReplaced() {
		if (this.replaced) this.open({ state: { ...this.replaced.state }, pump: this.replaced.pump, notes: [] });
	}

	/** The pump's share on or off; a preset (none adds it) no longer holds once it is on. */
	setPump(on: boolean) {
		this.pump = on;
		this.replaced = null;
		if (on) this.preset = null;
	}

	/** Records a run: the request swept from the present state. */
	record(request: SweepRequest): Run {
		const sweep = runSweep(this.state, this.pump, request);
		// one chart, one x axis: runs of another swept value go, and a fifth run pushes out the oldest
		const same = this.runs.filter((run) => run.sweep.key === sweep.key);
		const kept = same.length >= MAX_RUNS ? same.slice(1) : same;
		this.dropped = kept.length < this.runs.length;
		// kept holds at most MAX_RUNS − 1 runs, so one style is always free
		const style = RUN_STYLES.findIndex((_, s) => !kept.some((run) => run.style === s));
		const run: Run = { n: ++this.#count, style, sweep, ...(this.preset ? { preset: this.preset } : {}) };
		this.runs = [...kept, run];
		return run;
	}

	/** Puts back runs kept while the page was reloaded (kept-runs.ts): the next one recorded takes the next number. */
	restore(runs: readonly Run[]) {
		this.runs = [...runs];
		this.#count = Math.max(this.#count, ...runs.map((run) => run.n));
	}

	clearRuns() {
		this.runs = [];
		this.dropped = false;
	}
}
