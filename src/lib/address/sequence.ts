import { firstValue, readQuery } from './query';

/**
 * A consultation: figures in the order a clinician shows them, each from a chosen step, in one address:
 * `?s=trpv1:sensitised,k2p,cushion&at=2`. `s` lists the figures (scene id, then `:` and a step id when it
 * does not start at its first); `at` is the figure being shown, counted from 1 as a reader counts.
 */
export interface SequenceItem {
	scene: string;
	/** the step it opens at; null: its first */
	step: string | null;
}

/** Each known scene's step ids, in order: what a sequence is checked against. */
export type SceneSteps = Readonly<Record<string, readonly string[]>>;

/** Enough for any consultation, and a cap on what a hand-made address can make the page draw. */
export const MAX_SEQUENCE = 24;

/**
 * The figures an `s=` value lists. Unknown scenes and empty items are left out; an unknown step opens its
 * figure at the first step; spaces and capitals are forgiven. Never more than MAX_SEQUENCE figures.
 */
export function parseSequence(value: string | null | undefined, known: SceneSteps): SequenceItem[] {
	if (typeof value !== 'string') return [];
	const items: SequenceItem[] = [];
	for (const part of value.split(',')) {
		const [sceneText = '', stepText = ''] = part.split(':');
		const scene = sceneText.trim().toLowerCase();
		if (!Object.hasOwn(known, scene)) continue;
		const step = stepText.trim().toLowerCase();
		items.push({ scene, step: known[scene]!.includes(step) && step !== known[scene]![0] ? step : null });
		if (items.length === MAX_SEQUENCE) break;
	}
	return items;
}

/** The `s=` value of a sequence: 'trpv1:sensitised,k2p,cushion'. */
export function writeSequence(items: readonly SequenceItem[]): string {
	return items.map(({ scene, step }) => (step ? `${scene}:${step}` : scene)).join(',');
}

/** Which figure of the sequence an `at=` value asks for (counted from 1), as an index; anything else: the first. */
export function positionFromText(value: string | null | undefined, length: number): number {
	if (typeof value !== 'string' || !/^\s*\d+\s*$/.test(value) || length === 0) return 0;
	return Math.min(length, Math.max(1, Number(value))) - 1;
}

/** The sequence and the figure shown, as a query says them. */
export function readConsultation(query: string | URLSearchParams, known: SceneSteps) {
	const entries = readQuery(query);
	const items = parseSequence(firstValue(entries, 's'), known);
	return { items, at: positionFromText(firstValue(entries, 'at'), items.length) };
}
