import type { Step } from '$lib/player/steps';

/**
 * The cushion story in six labelled steps (issue 6, 2): the inflamed tissue, the bolus that dilutes it, four
 * hours of absorption while the mediators keep being made, and the joint the saline never reaches.
 */
export const cushionSteps = [
	{ id: 'inflamed', duration_s: 0 },
	{ id: 'bolus', duration_s: 3 },
	{ id: 'absorbed', duration_s: 4 },
	{ id: 'made-again', duration_s: 4 },
	{ id: 'recovered', duration_s: 4 },
	{ id: 'joint-unchanged', duration_s: 2.5 }
] as const satisfies readonly Step[];

export type CushionStepId = (typeof cushionSteps)[number]['id'];
