import type { PlayerAction } from '$lib/player/keys';

/**
 * Where a clicker's key takes a consultation past the steps of the figure shown (figure `at` of `length`,
 * standing at step `index` of `steps`): Page Down on its last step, the figure after; Page Up on its first,
 * the figure before (at its last step); Home on its first, the sequence's first figure, as presentation
 * software's Home goes to the first slide (pressed twice from anywhere: back to the start). A figure that
 * could not start (`failed`) has no steps: the keys move at once. Null: the key is the figure's own.
 */
export function sequenceMove(
	action: PlayerAction | null,
	index: number,
	steps: number,
	at: number,
	length: number,
	failed: boolean
): number | null {
	if (action === 'next') return (failed || index === steps - 1) && at < length - 1 ? at + 1 : null;
	const first = (failed || index === 0) && at > 0;
	return first && action === 'previous' ? at - 1 : first && action === 'restart' ? 0 : null;
}
