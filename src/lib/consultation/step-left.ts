import { keepInHistory, replaceQuery } from '$lib/address/here.svelte';
import { namesKey, readQuery, writeQuery } from '$lib/address/query';
import type { PlayerView } from '$lib/player/player.svelte';

/** The query with `step` set to `id`, where a step was (any case of its key), else after the sequence's keys. */
export function withStep(search: string, id: string): string {
	const entries = readQuery(search);
	const at = entries.findIndex(([key]) => namesKey(key, 'step'));
	const rest = entries.filter(([key]) => !namesKey(key, 'step'));
	// not findLastIndex: Safari before 15.4 lacks it, and the patient's page would not move on
	const sequenceKeys = rest.map(([key]) => namesKey(key, 's') || namesKey(key, 'at'));
	const after = sequenceKeys.lastIndexOf(true) + 1;
	rest.splice(at >= 0 ? Math.min(at, rest.length) : after, 0, ['step', id]);
	return writeQuery(rest);
}

/**
 * The patient's page moves to another figure: the address left behind is kept in the history with the step
 * the figure was at, so that Back shows it there. A figure writes its step only once at rest: left while
 * playing or on its way to a step, the address has not caught up, and Back would show its first step. The
 * step kept is the one it is on or heading for, as its own ◀ ▶ count (PlayerView.destination).
 */
export function keepStepLeft(player?: PlayerView) {
	const id = player?.steps[player.destination]?.id;
	if (id) replaceQuery(withStep(location.search, id));
	keepInHistory();
}
