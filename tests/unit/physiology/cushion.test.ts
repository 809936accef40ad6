import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cushionSeries, CUSHION_DEFAULTS } from '$lib/physiology/cushion';

/** With carry-off the model has a closed form: 1 − C/C0 = (1 − c0)·e^(−k_el·t)·(V(0)/V(t))^(k_el/k_abs). */
function closedForm(t: number, vIsf: number, vBolus: number, tAbs: number, tEl: number): number {
	const kAbs = Math.LN2 / tAbs;
	const kEl = Math.LN2 / tEl;
	const v = vIsf + vBolus * Math.exp(-kAbs * t);
	const c0 = vIsf / (vIsf + vBolus);
	return 1 - (1 - c0) * Math.exp(-kEl * t) * ((vIsf + vBolus) / v) ** (kEl / kAbs);
}

describe('the saline cushion at the defaults of science.md D (V_isf 5 mL, bolus 20 mL, t½ 30/30 min)', () => {
	const s = cushionSeries();
	it('samples every minute from 0 to 240 min', () => {
		expect(s.t_min.length).toBe(241);
		expect(s.t_min[240]).toBe(240);
		expect(CUSHION_DEFAULTS.bolus_mL).toBe(20);
	});
	it('dilutes the mediator fivefold at once, then recovers: C/C0 = 0.20, 0.33, 0.50, 0.80, 0.94 at 0, 30, 60, 120, 180 min', () => {
		expect(s.ratio[0]).toBeCloseTo(0.2, 12);
		expect(s.ratio[30]).toBeCloseTo(1 / 3, 6);
		expect(s.ratio[60]).toBeCloseTo(0.5, 6);
		expect(s.ratio[120]).toBeCloseTo(0.8, 6);
		expect(s.ratio[180]).toBeCloseTo(0.941, 3);
	});
	it('is at 0.985 at 240 min (science.md D rounds this to 0.99; the exact value is 1 − 1/65 = 0.9846)', () =>
		expect(s.ratio[240]).toBeCloseTo(1 - 1 / 65, 6));
	it('matches the closed-form solution at every sample', () => {
		for (let i = 0; i < s.t_min.length; i++)
			expect(s.ratio[i]).toBeCloseTo(closedForm(s.t_min[i]!, 5, 20, 30, 30), 8);
	});
	it('absorbs half the bolus in 30 min', () => {
		expect(s.volume_mL[0]).toBe(25);
		expect(s.volume_mL[30]).toBeCloseTo(15, 10);
	});
	it('leaves the joint or disc untouched: the bolus does not reach it', () => expect(s.jointRatio).toBe(1));
	it('removes some exposure: less mediator over 4 h than without the injection', () => {
		expect(s.exposure).toBeLessThan(0.8);
		expect(s.peakRatio).toBeLessThan(1);
	});
});

describe('without carry-off (pure dilution)', () => {
	const s = cushionSeries({ carryOff: false, duration_min: 1440 });
	it('overshoots to ~1.2·C0 around 2 h (science.md D; this model peaks at 1.25 at 130 min)', () => {
		expect(s.peakRatio).toBeGreaterThan(1.15);
		expect(s.peakRatio).toBeLessThan(1.3);
		expect(s.peakTime_min).toBeGreaterThanOrEqual(100);
		expect(s.peakTime_min).toBeLessThanOrEqual(150);
	});
	it('leaves the total exposure unchanged: dilution alone removes nothing', () =>
		expect(s.exposure).toBeCloseTo(1, 6));
});

const bolus = fc.double({ min: 5, max: 500, noNaN: true });
const isf = fc.double({ min: 0.5, max: 100, noNaN: true });
const tAbs = fc.double({ min: 5, max: 600, noNaN: true });
const tEl = fc.double({ min: 1, max: 600, noNaN: true });

describe('over the whole accepted range (fast-check)', () => {
	it('C/C0 is below 1 right after the injection, V_isf/(V_isf + V_b)', () => {
		fc.assert(
			fc.property(bolus, isf, tAbs, tEl, fc.boolean(), (b, v, a, e, carryOff) => {
				const s = cushionSeries({
					bolus_mL: b,
					interstitial_mL: v,
					absorptionHalfLife_min: a,
					eliminationHalfLife_min: e,
					carryOff,
					duration_min: 10
				});
				expect(s.ratio[0]).toBeLessThan(1);
				expect(s.ratio[0]).toBeCloseTo(v / (v + b), 12);
			})
		);
	});
	it('is back above 0.9 within 4 h at the default tissue and half-lives, for boluses up to 100 mL', () => {
		fc.assert(
			fc.property(fc.double({ min: 5, max: 100, noNaN: true }), (b) => {
				const s = cushionSeries({ bolus_mL: b });
				expect(s.ratio[240]).toBeGreaterThan(0.9);
			})
		);
	});
	it('a larger bolus never gives a higher concentration, and a 500 mL bolus takes about 5 h to get back to 0.9', () => {
		fc.assert(
			fc.property(bolus, bolus, (x, y) => {
				const small = cushionSeries({ bolus_mL: Math.min(x, y) });
				const large = cushionSeries({ bolus_mL: Math.max(x, y) });
				for (let i = 0; i < small.ratio.length; i++)
					expect(large.ratio[i]).toBeLessThanOrEqual(small.ratio[i]! + 1e-12);
			}),
			{ numRuns: 40 }
		);
		const big = cushionSeries({ bolus_mL: 500, duration_min: 600 });
		const back = big.t_min[big.ratio.findIndex((r) => r > 0.9)]!;
		expect(back).toBeGreaterThan(240);
		expect(back).toBeLessThan(360);
	});
	it('with carry-off: follows the closed form, rises monotonically and never overshoots', () => {
		fc.assert(
			fc.property(bolus, isf, tAbs, tEl, (b, v, a, e) => {
				const s = cushionSeries({
					bolus_mL: b,
					interstitial_mL: v,
					absorptionHalfLife_min: a,
					eliminationHalfLife_min: e,
					duration_min: 600,
					sampleEvery_min: 10
				});
				for (let i = 0; i < s.t_min.length; i++) {
					expect(s.ratio[i]).toBeCloseTo(closedForm(s.t_min[i]!, v, b, a, e), 5);
					expect(s.ratio[i]).toBeLessThan(1);
					if (i > 0) expect(s.ratio[i]).toBeGreaterThanOrEqual(s.ratio[i - 1]! - 1e-12);
				}
			}),
			{ numRuns: 60 }
		);
	});
	it('without carry-off the long-run exposure does not fall; with carry-off it does', () => {
		fc.assert(
			fc.property(bolus, isf, tAbs, tEl, (b, v, a, e) => {
				// 20 000 min is over 30 half-lives even at 600 min, so the overshoot has paid back the dip.
				const options = {
					bolus_mL: b,
					interstitial_mL: v,
					absorptionHalfLife_min: a,
					eliminationHalfLife_min: e,
					duration_min: 20_000,
					sampleEvery_min: 20
				};
				const dilution = cushionSeries({ ...options, carryOff: false });
				const carried = cushionSeries({ ...options, carryOff: true });
				expect(dilution.exposure).toBeGreaterThan(1 - 1e-6);
				expect(carried.exposure).toBeLessThan(dilution.exposure);
				expect(Number.isFinite(dilution.peakRatio) && Number.isFinite(carried.minimumRatio)).toBe(true);
			}),
			{ numRuns: 40 }
		);
	});
});

describe('bad input is refused with a RangeError', () => {
	it.each([
		['a 4 mL bolus', { bolus_mL: 4 }],
		['a 501 mL bolus', { bolus_mL: 501 }],
		['a NaN bolus', { bolus_mL: NaN }],
		['no interstitial fluid', { interstitial_mL: 0 }],
		['a zero absorption half-life', { absorptionHalfLife_min: 0 }],
		['an infinite elimination half-life', { eliminationHalfLife_min: Infinity }],
		['a negative duration', { duration_min: -1 }],
		['a zero sample step', { sampleEvery_min: 0 }],
		['a sample step longer than the run', { duration_min: 10, sampleEvery_min: 20 }],
		['carryOff as a string', { carryOff: 'yes' as unknown as boolean }]
	])('%s', (_name, options) => expect(() => cushionSeries(options)).toThrow(RangeError));
});
