import { clamp } from '$lib/math/clamp';
import { mix } from '$lib/math/mix';

/**
 * The labelled steps of a scene and the one number that says where the scene is: `t`, measured in steps.
 * t = 3 shows step 3 settled; 2 < t < 3 is the passage from step 2 to step 3 (ions crossing, a trace
 * moving). Play, ◀ ▶, the scrub bar and the text scrolled into view all write t; everything drawn is
 * derived from it.
 */
export interface Step {
	/** stable id used in URLs (?step=hyperpolarised) and as the GSAP label */
	id: string;
	/** how long, at normal speed, the passage into this step lasts (s); the first step's is ignored */
	duration_s: number;
}

/**
 * A scene's steps, in the order they are told, from its `steps.json`: each step's id and how long (s) the
 * passage into it lasts, `{ "facilitated": 0, "k2p-opens": 2.5, … }` (the first step's is ignored). The
 * ids keep their literal types, so per-step tables and `reached('k2p-opens')` are checked.
 */
export function stepsFrom<const T extends Readonly<Record<string, number>>>(
	durations: T
): readonly { id: Extract<keyof T, string>; duration_s: number }[] {
	return Object.entries(durations).map(([id, duration_s]) => ({
		id: id as Extract<keyof T, string>,
		duration_s
	}));
}

/** The ids of a scene's steps, as a type: `StepId<typeof steps>` is 'facilitated' | 'k2p-opens' | … */
export type StepId<S extends readonly Step[]> = S[number]['id'];

/** A value for every step of a scene, by id: a table that cannot silently fall out of step order. */
export type StepTable<S extends readonly Step[], V> = Readonly<Record<StepId<S>, V>>;

/** The step shown at t: a passage counts as its destination once it is over halfway. */
export function stepIndexAt(t: number, stepCount: number): number {
	if (!Number.isFinite(t)) return 0;
	return Math.min(stepCount - 1, Math.max(0, Math.round(t)));
}

/** Keeps t on the scrub bar: finite, from the first step to the last. */
export function clampT(t: number, stepCount: number): number {
	return clamp(t, 0, stepCount - 1, 0);
}

/** Where a passage stands: 0 at the step it leaves, 1 at the step it reaches. */
export function passage(t: number): { from: number; to: number; progress: number } {
	const from = Math.floor(t);
	const progress = t - from;
	return progress === 0 ? { from, to: from, progress: 1 } : { from, to: from + 1, progress };
}

/**
 * Where a scene is at t, by step id: the step it leaves, the step it reaches (the same when settled), how
 * far along it is, and the step a reader would name (the destination past halfway).
 */
export interface Position<S extends readonly Step[]> {
	t: number;
	from: StepId<S>;
	to: StepId<S>;
	progress: number;
	step: StepId<S>;
	/** how far the scene has got into step `id`: 0 before the passage into it, 1 there and after */
	reached(id: StepId<S>): number;
	/** how many steps the scene is past step `id`: 0 until it is there, then 1, 2 … (fractions in passages) */
	since(id: StepId<S>): number;
	/** whether the step a reader names is `id` or a later one */
	atOrAfter(id: StepId<S>): boolean;
}

/** What a scene's frame says of where it is: the step shown (a passage counts as its destination past
 * halfway) and the position itself, for the values that follow the passage. */
export interface StepFrame<S extends readonly Step[]> {
	step: Position<S>['step'];
	position: Position<S>;
}

export function positionAt<S extends readonly Step[]>(steps: S, t: number): Position<S> {
	const safe = clampT(t, steps.length);
	const { from, to, progress } = passage(safe);
	const indexOf = (id: StepId<S>) => steps.findIndex((step) => step.id === id);
	return {
		t: safe,
		from: steps[from]!.id,
		to: steps[to]!.id,
		progress,
		step: steps[stepIndexAt(safe, steps.length)]!.id,
		reached: (id) => clamp(safe - indexOf(id) + 1, 0, 1),
		since: (id) => Math.max(0, safe - indexOf(id)),
		atOrAfter: (id) => stepIndexAt(safe, steps.length) >= indexOf(id)
	};
}

/** A per-step number read at a position: the value of the step left, moving linearly to the next one. */
export function along<S extends readonly Step[]>(
	table: StepTable<S, number>,
	position: Position<S>,
	shape: (p: number) => number = (p) => p
): number {
	const key = (id: StepId<S>) => id as keyof typeof table;
	return mix(table[key(position.from)], table[key(position.to)], shape(position.progress));
}

/**
 * The step a URL asks for (?step=hyperpolarised). Anything else — missing, unknown, malformed, an
 * array of values — opens the first step, without an error: a shared link never breaks the page.
 */
export function stepFromParam(value: string | null | undefined, steps: readonly Step[]): number {
	if (typeof value !== 'string') return 0;
	const index = steps.findIndex((step) => step.id === value.trim().toLowerCase());
	return index >= 0 ? index : 0;
}
