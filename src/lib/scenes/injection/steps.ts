import type { Step } from '$lib/player/steps';

/**
 * The injection in six labelled steps (issue 6, 3): the skin layers and two needles to scale, each needle
 * placed straight in, then an ultrasound-guided hydrodissection of the median nerve in the carpal tunnel.
 */
export const injectionSteps = [
	{ id: 'layers', duration_s: 0 },
	{ id: 'needle-4mm', duration_s: 3 },
	{ id: 'needle-13mm', duration_s: 3.5 },
	{ id: 'carpal-tunnel', duration_s: 3 },
	{ id: 'dextrose-in', duration_s: 3.5 },
	{ id: 'nerve-surrounded', duration_s: 3.5 }
] as const satisfies readonly Step[];

export type InjectionStepId = (typeof injectionSteps)[number]['id'];
