import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	atpPerGlucose,
	glucoseUptakeFraction,
	needsAtp,
	next,
	PUMP_CYCLE,
	PUMP_STEPS,
	pumpTurnover_per_s,
	type PumpState
} from '$lib/physiology/pump';

describe('the Na⁺/K⁺-ATPase cycle', () => {
	it('runs through its six states in the textbook order', () => {
		expect(PUMP_CYCLE).toEqual([
			'na-bind-inside',
			'atp-binds-adp-leaves',
			'na-released-outside',
			'k-bind-outside',
			'pi-leaves',
			'k-released-inside'
		]);
		for (let i = 0; i < PUMP_CYCLE.length; i++) expect(next(PUMP_CYCLE[i]!)).toBe(PUMP_CYCLE[(i + 1) % 6]);
	});
	it('binds Na⁺ on the inside, releases it outside, binds K⁺ outside and releases it inside', () => {
		expect(PUMP_STEPS['na-bind-inside']).toMatchObject({ facing: 'inside', naBound: 3, kBound: 0 });
		expect(PUMP_STEPS['na-released-outside']).toMatchObject({ facing: 'outside', naBound: 0 });
		expect(PUMP_STEPS['k-bind-outside']).toMatchObject({ facing: 'outside', kBound: 2 });
		expect(PUMP_STEPS['k-released-inside']).toMatchObject({ facing: 'inside', kBound: 0 });
	});
	it('is phosphorylated from ATP binding until Pi leaves', () =>
		expect(PUMP_CYCLE.map((s) => PUMP_STEPS[s].phosphorylated)).toEqual([
			false,
			true,
			true,
			true,
			false,
			false
		]));
	it('waits for ATP only with 3 Na⁺ bound inside', () =>
		expect(PUMP_CYCLE.filter(needsAtp)).toEqual(['na-bind-inside']));
	it('moves exactly 3 Na⁺ out and 2 K⁺ in per ATP, from any starting state, over any number of cycles', () => {
		fc.assert(
			fc.property(fc.constantFrom(...PUMP_CYCLE), fc.integer({ min: 1, max: 50 }), (start, cycles) => {
				let state: PumpState = start;
				let na = 0;
				let k = 0;
				let atp = 0;
				for (let i = 0; i < 6 * cycles; i++) {
					state = next(state);
					na += PUMP_STEPS[state].naMovedOut;
					k += PUMP_STEPS[state].kMovedIn;
					atp += PUMP_STEPS[state].atpUsed;
				}
				expect(state).toBe(start);
				expect([na, k, atp]).toEqual([3 * cycles, 2 * cycles, cycles]);
			})
		);
	});
	it('refuses an unknown state', () => expect(() => next('open' as PumpState)).toThrow(RangeError));
});

describe('pump turnover', () => {
	it('stops without ATP and stays under ~10² cycles per second (science.md A2)', () => {
		expect(pumpTurnover_per_s(0)).toBe(0);
		expect(pumpTurnover_per_s(20, 1000)).toBeLessThanOrEqual(100);
		expect(pumpTurnover_per_s(3, 12)).toBeGreaterThan(10);
	});
	it('speeds up with more ATP and with more Na⁺ inside', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 20, noNaN: true }),
				fc.double({ min: 0, max: 20, noNaN: true }),
				fc.double({ min: 1, max: 200, noNaN: true }),
				(a, b, na) => {
					const [lo, hi] = a < b ? [a, b] : [b, a];
					// 1e-12 relative: two inputs one rounding apart may round the other way
					expect(pumpTurnover_per_s(hi, na)).toBeGreaterThanOrEqual(pumpTurnover_per_s(lo, na) * (1 - 1e-12));
					expect(pumpTurnover_per_s(3, na + 1)).toBeGreaterThan(pumpTurnover_per_s(3, na));
				}
			)
		);
	});
	it('refuses negative ATP or Na⁺', () => {
		expect(() => pumpTurnover_per_s(-1)).toThrow(RangeError);
		expect(() => pumpTurnover_per_s(3, 0)).toThrow(RangeError);
	});
});

describe('ATP from glucose (science.md A2)', () => {
	it('is 2 per glucose by glycolysis alone, ~30 with oxygen', () => {
		expect(atpPerGlucose(false)).toBe(2);
		expect(atpPerGlucose(true)).toBe(30);
	});
	it('uptake is already most of the way to saturation at 5 mM blood glucose, for any Km in 1–3 mM', () => {
		fc.assert(
			fc.property(fc.double({ min: 1, max: 3, noNaN: true }), (km) => {
				expect(glucoseUptakeFraction(5, km)).toBeGreaterThanOrEqual(0.625);
				// D5W is 278 mM: 55 times more glucose buys less than 1.6 times the uptake capacity.
				expect(glucoseUptakeFraction(278, km) / glucoseUptakeFraction(5, km)).toBeLessThan(1.6);
			})
		);
		expect(glucoseUptakeFraction(5)).toBeCloseTo(0.77, 2);
		expect(glucoseUptakeFraction(278)).toBeGreaterThan(0.99);
	});
	it('refuses a Km outside 1–3 mM, negative glucose or anything but a boolean for oxygen', () => {
		expect(() => glucoseUptakeFraction(5, 10)).toThrow(RangeError);
		expect(() => glucoseUptakeFraction(-1)).toThrow(RangeError);
		expect(() => atpPerGlucose('yes' as unknown as boolean)).toThrow(RangeError);
	});
});
