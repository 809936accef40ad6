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

/** The step shown at t: a passage counts as its destination once it is over halfway. */
export function stepIndexAt(t: number, stepCount: number): number {
	if (!Number.isFinite(t)) return 0;
	return Math.min(stepCount - 1, Math.max(0, Math.round(t)));
}

/** Where a passage stands: 0 at the step it leaves, 1 at the step it reaches. */
export function passage(t: number): { from: number; to: number; progress: number } {
	const from = Math.floor(t);
	const progress = t - from;
	return progress === 0 ? { from, to: from, progress: 1 } : { from, to: from + 1, progress };
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

/** Keeps t on the scrub bar: finite, from the first step to the last. */
export function clampT(t: number, stepCount: number): number {
	if (!Number.isFinite(t)) return 0;
	return Math.min(stepCount - 1, Math.max(0, t));
}
