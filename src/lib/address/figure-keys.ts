import { isParameter, type Control } from '$lib/player/parameters';
import type { Step } from '$lib/player/steps';
import { namesKey, readQuery, writeQuery } from './query';

/**
 * A figure's keys in the address (its step and its parameters, bare or after its id in an article), apart
 * from the reading and writing of their values (figure-state.ts), which re-exports them.
 */
export interface FigureShape {
	steps: readonly Step[];
	controls: readonly Control[];
}

/**
 * Whether a key of the address is one of this figure's: its step or a parameter, in any case (`Step`,
 * `HEAT_C`), as readFigureState reads them, so that a copy in another case never stays beside the one written.
 */
export function isOwnKey(key: string, scene: FigureShape, prefix: string): boolean {
	const own = [`${prefix}step`, ...scene.controls.filter(isParameter).map((p) => prefix + p.key)];
	return own.some((name) => namesKey(key, name));
}

/** The query without any of this figure's keys (a consultation moving on to its next figure). */
export function clearFigureState(query: string | URLSearchParams, scene: FigureShape, prefix = ''): string {
	return writeQuery(readQuery(query).filter(([key]) => !isOwnKey(key, scene, prefix)));
}
