import { readFigureState, writeFigureState, type FigureShape } from '$lib/address/figure-state';
import { readQuery, writeQuery } from '$lib/address/query';
import type { SequenceItem } from '$lib/address/sequence';

/**
 * A sequence item's settings as its figure takes them: a value it had to move written where it moved it
 * (`glucose_mM=99999` → the top stop), one that means nothing to it left out (`glucose_mM=abc`), the others
 * as they were. The item itself when its figure took every value as written. The figure shown mends its own
 * item as it wakes (Consultation.island.svelte); the link shared with the patient mends every item, shown
 * or not (sequence-share.ts), so that it never asks the patient's phone for what a figure refuses.
 */
export function mendedItem(item: SequenceItem, scene: FigureShape): SequenceItem {
	if (!item.params) return item;
	const read = readFigureState(writeQuery(Object.entries(item.params)), scene);
	if (!read.notes.length) return item;
	// as the figure's own address writes them: a value left at its default says nothing, and is not written
	const written = readQuery(writeFigureState('', scene, { step: 0, params: read.params })).filter(
		([key]) => key !== 'step'
	);
	return written.length
		? { scene: item.scene, step: item.step, params: Object.fromEntries(written) }
		: { scene: item.scene, step: item.step };
}
