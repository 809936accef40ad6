// 1 h of the pump–leak model at the pump scene's resolution (a sample every 0.5 min, 5 RK4 steps per
// sample = steps of 0.1 min). Target: well under 5 ms, so the scene can recompute on every slider move.
import { bench, describe } from 'vitest';
import { FUEL_WITHDRAWN_AND_RESTORED, simulatePumpLeak } from '$lib/physiology/pump-leak';

describe('pump–leak, 1 h', () => {
	bench('fuel withdrawn at 10 min (0.5 min samples, 0.1 min steps)', () => {
		simulatePumpLeak({
			schedule: FUEL_WITHDRAWN_AND_RESTORED,
			duration_min: 60,
			sampleEvery_min: 0.5,
			substeps: 5
		});
	});
});

describe('pump–leak, the scene story (2 h)', () => {
	bench('fuel off 10–70 min, back on until 120 min', () => {
		simulatePumpLeak({ schedule: FUEL_WITHDRAWN_AND_RESTORED, duration_min: 120 });
	});
});
