import { getContext, setContext } from 'svelte';

/**
 * Whether a figure's moving parts are being drawn in a layer of their own now.
 *
 * A browser repaints the whole layer that holds anything that changed: with the moving parts in the same
 * SVG as the rest, every played frame repainted the whole figure, labels, axes and all (about half of a
 * frame's work on a slow phone, bench/browser/scenes.bench.ts). While the figure moves, FigureSvg lifts
 * its moving parts into a second SVG over the first, composited apart, so a frame repaints only them;
 * at rest they go back into the one drawing, which is what a reader, a screen reader, a print and the
 * tests see.
 *
 * The live shell (SceneView) says when its figure moves; a still frame says nothing, and draws one SVG.
 */
const key = Symbol('moving-layer');

/** the figure's shell: `moving()` is true while the figure plays or passes to a step */
export function provideMovingLayer(moving: () => boolean): void {
	setContext(key, moving);
}

/** in FigureSvg: undefined in a still frame (no shell that moves) */
export function movingLayer(): (() => boolean) | undefined {
	return getContext<(() => boolean) | undefined>(key);
}
