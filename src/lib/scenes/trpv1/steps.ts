import type { Step } from '$lib/player/steps';

/** The TRPV1 story in six labelled steps (issue 4, B). */
export const trpv1Steps = [
	{ id: 'at-rest', duration_s: 0 },
	{ id: 'stimulus', duration_s: 2 },
	{ id: 'channels-open', duration_s: 2.5 },
	{ id: 'depolarisation', duration_s: 3.5 },
	{ id: 'signal-sent', duration_s: 3.5 },
	{ id: 'sensitised', duration_s: 4 }
] as const satisfies readonly Step[];
