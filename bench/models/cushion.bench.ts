// 4 h of the saline cushion at the cushion scene's resolution (a sample every minute). Target < 5 ms.
import { bench, describe } from 'vitest';
import { cushionSeries } from '$lib/physiology/cushion';

describe('cushion, 4 h', () => {
	bench('defaults, carry-off (1 min samples)', () => {
		cushionSeries({ duration_min: 240, sampleEvery_min: 1 });
	});
	bench('500 mL bolus, no carry-off, fast mediator (t½el 1 min: many sub-steps)', () => {
		cushionSeries({
			bolus_mL: 500,
			carryOff: false,
			eliminationHalfLife_min: 1,
			duration_min: 240,
			sampleEvery_min: 1
		});
	});
});
