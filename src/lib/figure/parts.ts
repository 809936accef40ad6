import type { Arrangement } from '$lib/player/scene';
import { FIGURE_WIDTH } from './axis';

/**
 * A figure's landscape arrangement, made of the parts of its portrait one: each part a region of the
 * portrait drawing (the membrane and its channels, the readouts and scale, a chart…) placed whole somewhere
 * else in a wider viewBox. A part keeps its portrait coordinates, its words and its motion; only where it
 * stands changes. So the landscape draws exactly what the portrait draws, side by side instead of stacked.
 */

/** A rectangle in viewBox units. */
export interface Region {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** A part of the portrait drawing (`from`, portrait units) and where its top-left corner goes (`to`). */
export interface Placement {
	from: Region;
	to: { x: number; y: number };
}

export interface Landscape<P extends string> {
	width: number;
	height: number;
	parts: Readonly<Record<P, Placement>>;
}

/** A band across the whole portrait figure (FIGURE_WIDTH wide), from `top` to `bottom`. */
export function band(top: number, bottom: number, width = FIGURE_WIDTH): Region {
	return { x: 0, y: top, width, height: bottom - top };
}

/** What a Figure draws in an arrangement: its viewBox, and where each part goes (nowhere else in portrait). */
export interface Arranged<P extends string> {
	width: number;
	height: number;
	place: Readonly<Record<P, Placement | undefined>>;
}

/** The portrait viewBox with every part where it is, or the landscape one with every part placed. */
export function arrange<P extends string>(
	arrangement: Arrangement | undefined,
	portrait: { width: number; height: number },
	landscape: Landscape<P>
): Arranged<P> {
	if (arrangement === 'landscape') return { ...landscape, place: landscape.parts };
	const place = Object.fromEntries(Object.keys(landscape.parts).map((part) => [part, undefined]));
	return { width: portrait.width, height: portrait.height, place: place as Record<P, undefined> };
}

/** Where a part of the portrait drawing goes in the landscape: the part, and its top-left corner there. */
export type Beside = [from: Region, to: { x: number; y: number }];

/**
 * The landscape most figures use: the portrait's top (from 0 to the landscape's `height`: the drawing) stays
 * in its corner as the left part, and one band from lower down (the readouts, a chart) is placed beside it.
 */
export function sideBySide<L extends string, R extends string>(
	size: { width: number; height: number },
	parts: { left: L; right: R },
	[from, to]: Beside
): Landscape<L | R> {
	const left: Placement = { from: band(0, size.height), to: { x: 0, y: 0 } };
	const right: Placement = { from, to };
	return { ...size, parts: { [parts.left]: left, [parts.right]: right } as Record<L | R, Placement> };
}
