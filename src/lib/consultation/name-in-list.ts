import type { SequenceItem } from '$lib/address/sequence';

/**
 * The figure at `i` as the builder's buttons name it: with its place too when it is lined up twice, or they
 * would share one name ("Remove TRPV1" twice).
 */
export function nameInList(
	items: readonly SequenceItem[],
	i: number,
	titleOf: (id: string) => string
): string {
	const scene = items[i]!.scene;
	const twice = items.filter((item) => item.scene === scene).length > 1;
	return twice ? `${i + 1}. ${titleOf(scene)}` : titleOf(scene);
}
