import type { Step } from '$lib/player/steps';

/**
 * The pump story in eight labelled steps (issue 6, 1): one turn of the Na⁺/K⁺-ATPase, each passage a couple
 * of seconds, then the same axon over two hours of model time as its fuel is withdrawn and given back.
 */
export const pumpSteps = [
	{ id: 'na-bind', duration_s: 0 },
	{ id: 'atp-phosphate', duration_s: 2.5 },
	{ id: 'na-out', duration_s: 2.5 },
	{ id: 'k-bind', duration_s: 2.5 },
	{ id: 'k-in', duration_s: 2.5 },
	{ id: 'fuel-cut', duration_s: 4 },
	{ id: 'run-down', duration_s: 4 },
	{ id: 'fuel-back', duration_s: 4 }
] as const satisfies readonly Step[];

export type PumpStepId = (typeof pumpSteps)[number]['id'];
