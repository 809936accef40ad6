/**
 * Where tick labels go so that none leaves the figure: a label that would cross an edge is anchored to its
 * tick from the inside ("100" at the right end of a chart ends at its tick instead of being cut in half).
 */

/** Every figure is drawn 480 viewBox units wide (a 30rem stage, 16 units to 1 rem… at 1:1 on a laptop). */
export const FIGURE_WIDTH = 480;

/** Width of one character of a 21-unit label, viewBox units: an upper estimate for digits and signs. */
export const LABEL_CHAR_WIDTH = 12.5;

export type Anchor = 'start' | 'middle' | 'end';

export interface Tick {
	/** position along the axis, viewBox units */
	at: number;
	label: string;
}

export interface PlacedTick extends Tick {
	anchor: Anchor;
}

/** Labels under (or over) a horizontal axis, kept within [left, right]. */
export function placeAlong(ticks: readonly Tick[], left: number, right: number): PlacedTick[] {
	return ticks.map((tick) => {
		const half = (tick.label.length * LABEL_CHAR_WIDTH) / 2;
		if (tick.at - half < left) return { ...tick, anchor: 'start' as const, at: Math.max(tick.at, left) };
		if (tick.at + half > right) return { ...tick, anchor: 'end' as const, at: Math.min(tick.at, right) };
		return { ...tick, anchor: 'middle' as const };
	});
}
