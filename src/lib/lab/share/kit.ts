// What the lab's Share code, loaded later (run-link.ts, share-address.ts, words.ts, lab-share.ts), uses of the
// lab's own modules, handed to it rather than imported: a module imported both by the lab's first chunk and by
// code loaded later is moved by Rolldown into a third chunk that both import (it cannot have the later code
// import the lab's chunk: rolldown issue #7000, see vite-plugins/skip-dynamic-facades.ts), and the lab's code
// cut in two cost its page 0.7 KB gzip more and one more request. Those files import the lab's modules for
// their types only.
import { RUNS_KEY } from '../address';
import { MAX_RUNS } from '../lab.svelte';
import { RUN_STYLES } from '../run-styles';
import { LAB_KEYS, NEURON, PRESET_IDS, PRESETS, holdsPreset, safeState } from '../state';
import { RECORDER_POINTS, runSweep, safeRequest } from '../sweep';
import { nameInText } from '../words';

export const labKit = {
	LAB_KEYS,
	NEURON,
	PRESET_IDS,
	PRESETS,
	holdsPreset,
	safeState,
	runSweep,
	safeRequest,
	RECORDER_POINTS,
	RUN_STYLES,
	MAX_RUNS,
	RUNS_KEY,
	nameInText
};
export type LabKit = typeof labKit;
