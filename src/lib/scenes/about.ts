import type { NumberFormat } from '$lib/i18n/numbers';

/**
 * "About this model": what a scene's figure assumes, one entry per number a reader might take for a
 * measurement. Each scene lists its entries in about.ts (read only on the server, at build time); their
 * words are the scene catalogue's `about.<key>`, with its numbers in placeholders (`{value}`). Every entry is also in
 * src/lib/physiology/model.md, under "What each figure assumes", as `scene.key` (a unit test keeps the two
 * lists the same).
 */
export type AboutKind =
	/** measured, or textbook physiology */
	| 'measured'
	/** a value we picked, inside a quoted range where one exists, so the figure teaches the right shape */
	| 'choice'
	/** tuned so that the model reproduces one observation */
	| 'fitted'
	/** taken from a different setting than the one drawn (blood instead of tissue, an animal) */
	| 'borrowed';

export const aboutKinds: readonly AboutKind[] = ['measured', 'choice', 'fitted', 'borrowed'];

export interface AboutEntry {
	key: string;
	kind: AboutKind;
	/** its numbers, written in the page's language, by the placeholder they fill: { value: '−67 mV' } */
	values?: (n: NumberFormat) => Record<string, string>;
	/** references from src/content/references.ts behind it */
	refs?: readonly string[];
}

/** A scene's entries, typed as written. */
export const defineAbout = <const E extends readonly AboutEntry[]>(entries: E): E => entries;
