import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	FUEL_WITHDRAWN_AND_RESTORED,
	NORMAL_FUEL,
	simulatePumpLeak,
	type FuelPhase,
	type PumpLeakSeries
} from '$lib/physiology/pump-leak';

/** First time (min) at or after `from` when the spike drive falls below `level`. */
function firstBelow(s: PumpLeakSeries, level: number, from = 0): number {
	const i = s.t_min.findIndex((t, k) => t >= from && s.spikeDrive[k]! < level);
	return i < 0 ? Infinity : s.t_min[i]!;
}
const at = (s: PumpLeakSeries, t: number) => s.t_min.indexOf(t);

describe('pump–leak model with fuel', () => {
	const fed = simulatePumpLeak({ schedule: NORMAL_FUEL, duration_min: 120 });
	it('starts at the textbook resting state: 12/140 mM, −67.2 mV', () => {
		expect(fed.naInside_mM[0]).toBe(12);
		expect(fed.kInside_mM[0]).toBe(140);
		expect(fed.vm_mV[0]).toBeCloseTo(-67.2, 1);
	});
	it('holds it for two hours: gradients, Vm and pump rate do not drift', () => {
		for (let i = 0; i < fed.t_min.length; i++) {
			expect(fed.naInside_mM[i]).toBeCloseTo(12, 6);
			expect(fed.kInside_mM[i]).toBeCloseTo(140, 6);
			expect(fed.pumpRate[i]).toBeCloseTo(1, 6);
		}
	});
	it('does not pump more when 278 mM glucose (D5W) replaces 5 mM: a fed pump is not fuel-limited', () => {
		const d5w = simulatePumpLeak({
			schedule: [{ start_min: 0, glucose_mM: 278, oxygen: true }],
			duration_min: 60
		});
		expect(d5w.pumpRate.every((r) => Math.abs(r - 1) < 1e-9)).toBe(true);
		expect(d5w.vm_mV.at(-1)).toBeCloseTo(fed.vm_mV[0]!, 9);
	});
});

describe('without glucose (science.md A2: rabbit vagus CAP −50 % at 47 ± 7 min, gone at 69 ± 7 min)', () => {
	const starved = simulatePumpLeak({
		schedule: [{ start_min: 0, glucose_mM: 0, oxygen: true }],
		duration_min: 120
	});
	it('holds for a while on its reserve, then runs down over tens of minutes, not seconds', () => {
		expect(starved.spikeDrive[at(starved, 20)]).toBeCloseTo(1, 6);
		const half = firstBelow(starved, 0.5);
		expect(half).toBeGreaterThanOrEqual(40);
		expect(half).toBeLessThanOrEqual(54);
		expect(firstBelow(starved, 0.2)).toBeLessThanOrEqual(69 + 7);
	});
	it('runs down the way a failing pump does: Na⁺ in, K⁺ out, depolarisation toward 0 mV', () => {
		const end = starved.t_min.length - 1;
		expect(starved.naInside_mM[end]).toBeGreaterThan(100);
		expect(starved.kInside_mM[end]).toBeLessThan(50);
		expect(starved.vm_mV[end]).toBeGreaterThan(-30);
		expect(starved.pumpRate[end]).toBeLessThan(0.01);
	});
	it('runs down faster in anoxia with glucose (2 ATP per glucose) than without glucose with O₂', () => {
		const anoxic = simulatePumpLeak({
			schedule: [{ start_min: 0, glucose_mM: 5, oxygen: false }],
			duration_min: 120
		});
		// Direction of science.md A2 (rat sciatic anoxia halves in ~14 min vs 47 min without glucose, two preparations).
		expect(firstBelow(anoxic, 0.5)).toBeLessThan(firstBelow(starved, 0.5) / 2);
	});
});

describe('fuel withdrawn from 10 to 70 min, then restored', () => {
	const run = simulatePumpLeak({ schedule: FUEL_WITHDRAWN_AND_RESTORED, duration_min: 120 });
	it('recovers when fuel returns: back within 1 mV and 1 mM of rest within 15 min', () => {
		expect(run.spikeDrive[at(run, 70)]).toBeLessThan(0.5);
		const i = at(run, 85);
		expect(Math.abs(run.vm_mV[i]! - run.vm_mV[0]!)).toBeLessThan(1);
		expect(Math.abs(run.naInside_mM[i]! - 12)).toBeLessThan(1);
	});
	it('pumps faster than at rest while it recovers (Na⁺ has piled up inside)', () =>
		expect(Math.max(...run.pumpRate.slice(at(run, 70), at(run, 80)))).toBeGreaterThan(1.5));
	it('overshoots below rest while the pump catches up (post-ischaemic hyperpolarisation), then settles', () => {
		const recovery = run.vm_mV.slice(at(run, 70), at(run, 90));
		expect(Math.min(...recovery)).toBeLessThan(run.vm_mV[0]! - 5);
		expect(run.vm_mV[at(run, 120)]).toBeCloseTo(run.vm_mV[0]!, 2);
	});
	it('recovers faster than it ran down', () => {
		const down = firstBelow(run, 0.5, 10) - 10; // from fuel off to half
		const upIndex = run.t_min.findIndex((t, k) => t > 70 && run.spikeDrive[k]! > 0.9);
		expect(run.t_min[upIndex]! - 70).toBeLessThan(down / 2);
	});
	it('reports the fuel in force at each sample', () => {
		expect(run.glucose_mM[at(run, 5)]).toBe(5);
		expect(run.glucose_mM[at(run, 40)]).toBe(0);
		expect(run.glucose_mM[at(run, 100)]).toBe(5);
	});
	it('gives the same curves with ten times smaller steps (to 0.1 mV and 0.1 mM)', () => {
		const fine = simulatePumpLeak({ schedule: FUEL_WITHDRAWN_AND_RESTORED, duration_min: 120, substeps: 50 });
		for (let i = 0; i < run.t_min.length; i++) {
			expect(Math.abs(fine.vm_mV[i]! - run.vm_mV[i]!)).toBeLessThan(0.1);
			expect(Math.abs(fine.naInside_mM[i]! - run.naInside_mM[i]!)).toBeLessThan(0.1);
		}
	});
});

const phase = fc.record({
	duration: fc.integer({ min: 1, max: 60 }),
	glucose_mM: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 300, noNaN: true })),
	oxygen: fc.boolean()
});
const schedule = fc.array(phase, { minLength: 1, maxLength: 5 }).map((phases) => {
	let start = 0;
	return phases.map(({ duration, glucose_mM, oxygen }): FuelPhase => {
		const p = { start_min: start, glucose_mM, oxygen };
		start += duration;
		return p;
	});
});

describe('over any fuel schedule (fast-check)', () => {
	it('conserves ions (3 Na⁺ out and 2 K⁺ in per ATP, Na⁺ + K⁺ inside constant) and keeps Vm below E_Na', () => {
		fc.assert(
			fc.property(schedule, (phases) => {
				const s = simulatePumpLeak({ schedule: phases, duration_min: 120, sampleEvery_min: 1 });
				const last = s.t_min.length - 1;
				const { atpUsed_mM, naLeakedIn_mM, kLeakedOut_mM } = s.totals;
				// The leaks and the pump are integrated separately from the concentrations, so these
				// balances fail if the model moved any other number of ions per ATP.
				expect(s.naInside_mM[last]! - 12).toBeCloseTo(naLeakedIn_mM - 3 * atpUsed_mM, 6);
				expect(s.kInside_mM[last]! - 140).toBeCloseTo(2 * atpUsed_mM - kLeakedOut_mM, 6);
				for (let i = 0; i <= last; i++) {
					expect(s.naInside_mM[i]! + s.kInside_mM[i]!).toBeCloseTo(152, 6);
					expect(s.vm_mV[i]).toBeLessThan(s.eNa_mV[i]!);
					// Only the pump's own outward current can take Vm below E_K; with the pump stopped, the
					// passive membrane lies between the two equilibrium potentials.
					if (s.pumpRate[i] === 0) expect(s.vm_mV[i]).toBeGreaterThanOrEqual(s.eK_mV[i]! - 1e-9);
					expect(s.reserve[i]).toBeGreaterThanOrEqual(0);
					expect(s.reserve[i]).toBeLessThanOrEqual(1);
					expect(Number.isFinite(s.spikeDrive[i]!)).toBe(true);
				}
			}),
			{ numRuns: 60 }
		);
	});
});

describe('bad input is refused with a RangeError', () => {
	it.each([
		[
			'a schedule not starting at 0',
			() => simulatePumpLeak({ schedule: [{ start_min: 5, glucose_mM: 5, oxygen: true }] })
		],
		['an empty schedule', () => simulatePumpLeak({ schedule: [] })],
		[
			'phases out of order',
			() =>
				simulatePumpLeak({
					schedule: [
						{ start_min: 0, glucose_mM: 5, oxygen: true },
						{ start_min: 30, glucose_mM: 0, oxygen: true },
						{ start_min: 20, glucose_mM: 5, oxygen: true }
					]
				})
		],
		[
			'negative glucose',
			() => simulatePumpLeak({ schedule: [{ start_min: 0, glucose_mM: -1, oxygen: true }] })
		],
		['NaN glucose', () => simulatePumpLeak({ schedule: [{ start_min: 0, glucose_mM: NaN, oxygen: true }] })],
		['zero duration', () => simulatePumpLeak({ duration_min: 0 })],
		['more than a day', () => simulatePumpLeak({ duration_min: 2000 })],
		[
			'a sample step that does not divide the duration',
			() => simulatePumpLeak({ duration_min: 10, sampleEvery_min: 3 })
		],
		['zero substeps', () => simulatePumpLeak({ substeps: 0 })],
		['a Km of 10 mM', () => simulatePumpLeak({ km_mM: 10 })]
	])('%s', (_name, call) => expect(call).toThrow(RangeError));
});
