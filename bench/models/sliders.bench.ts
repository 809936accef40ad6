// The per-frame computations of the TRPV1 and K2P scenes: one slider position each.
import { bench, describe } from 'vitest';
import { k2pState, k2pTrace } from '$lib/physiology/k2p';
import { trpv1Response } from '$lib/physiology/trpv1';

describe('slider updates', () => {
	bench('trpv1Response (heat 44 °C, 8 weeks of pain)', () => {
		trpv1Response({ stimulus: { heat_C: 44 }, weeksOfPain: 8 });
	});
	bench('k2pState', () => {
		k2pState({ openFraction: 0.5 });
	});
	bench('k2pTrace (100 ms at 0.5 ms)', () => {
		k2pTrace({ before: { openFraction: 0 }, after: { openFraction: 1 } });
	});
});
