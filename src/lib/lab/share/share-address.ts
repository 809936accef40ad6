// The lab's Share link: the case as it is now and the recorder's runs, in as few characters as the lab reads
// back, so that its QR code stays one a phone scans from the back of a lecture hall. Only the values that
// differ from the mammalian neuron (the lab's first case, which a value not given keeps: address.ts), the
// pump's share when it is added, and the runs, each given against that case (run-link.ts). Not the address's other keys: the projector
// theme a lecturer shows it in is not the students' phones'. Loaded later: the lab's modules are handed in
// (kit.ts).
import { writeQuery, type QueryEntries } from '$lib/address/query';
import type { Run } from '../lab.svelte';
import type { LabState } from '../state';
import type { LabKit } from './kit';
import { writeRuns } from './run-link';

const written = (value: number) => (Object.is(value, -0) ? '0' : String(value));

/** '?pNa=0.1&pump=on&runs=1.3~…': what the lab reads back as this case and these runs. */
export function shareQuery(state: LabState, pump: boolean, runs: readonly Run[], kit: LabKit): string {
	const changed = kit.LAB_KEYS.filter((key) => state[key] !== kit.NEURON[key]);
	// at least one value, so that the link opens this case, not the one its reader last used in their tab
	// (kept-settings.ts): the neuron's outside K⁺
	const entries: QueryEntries = (changed.length ? changed : (['Ko'] as const)).map((key) => [
		key,
		written(state[key])
	]);
	if (pump) entries.push(['pump', 'on']);
	if (runs.length) entries.push([kit.RUNS_KEY, writeRuns(runs, state, kit)]);
	return writeQuery(entries);
}

/** The whole link, on this page (`location`'s origin and path, the site's base path kept). */
export const shareAddress = (
	where: Pick<Location, 'origin' | 'pathname'>,
	state: LabState,
	pump: boolean,
	runs: readonly Run[],
	kit: LabKit
) => `${where.origin}${where.pathname}${shareQuery(state, pump, runs, kit)}`;
