import type { Step } from '$lib/player/steps';

/**
 * The K2P story in six labelled steps (issue 4, C). Each passage lasts a few seconds at normal speed:
 * long enough to watch K⁺ leave and the trace fall, short enough for a consultation.
 */
export const k2pSteps = [
	{ id: 'facilitated', duration_s: 0 },
	{ id: 'k2p-opens', duration_s: 2.5 },
	{ id: 'k-efflux', duration_s: 4 },
	{ id: 'repolarised', duration_s: 3 },
	{ id: 'hyperpolarised', duration_s: 3 },
	{ id: 'fewer-signals', duration_s: 3 }
] as const satisfies readonly Step[];

export type K2pStepId = (typeof k2pSteps)[number]['id'];
