import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as membrane from '$lib/physiology/membrane';
import { ghk, nernst, type Ion } from '$lib/physiology/membrane';
import {
	CALCIUM,
	MAMMALIAN,
	MAMMALIAN_PERMEABILITY,
	NOCICEPTOR,
	SQUID,
	SQUID_PERMEABILITY,
	SQUID_TEMPERATURE_C
} from '$lib/physiology/constants';

// toBeCloseTo(x, 1) passes when |actual − x| < 0.05: the 0.1 mV precision science.md A1 quotes.
describe('Nernst potentials at 37 °C (science.md A1)', () => {
	it('E_K at 5/140 mM is −89.1 mV', () => expect(nernst(1, 5, 140)).toBeCloseTo(-89.1, 1));
	it('E_K at 4/140 mM is −95.0 mV', () => expect(nernst(1, 4, 140)).toBeCloseTo(-95.0, 1));
	it('E_Na at 145/12 mM is +66.6 mV', () => expect(nernst(1, 145, 12)).toBeCloseTo(66.6, 1));
	it('E_Na at 145/15 and 145/5 mM are +60.6 and +90.0 mV', () => {
		expect(nernst(1, 145, 15)).toBeCloseTo(60.6, 1);
		expect(nernst(1, 145, 5)).toBeCloseTo(90.0, 1);
	});
	it('E_Cl at 110/7 mM is −73.6 mV (an anion: z = −1)', () =>
		expect(nernst(-1, 110, 7)).toBeCloseTo(-73.6, 1));
	it('E_Cl at 110/10 is −64.1 mV and in DRG-like 120/30 mM is −37.1 mV', () => {
		expect(nernst(-1, 110, 10)).toBeCloseTo(-64.1, 1);
		expect(nernst(-1, 120, 30)).toBeCloseTo(-37.1, 1);
	});
	it("the model nociceptor's Cl⁻ (110/30 mM) gives E_Cl ≈ −35 mV, as science.md says of small DRG cells", () =>
		expect(nernst(-1, NOCICEPTOR.Cl.outside_mM, NOCICEPTOR.Cl.inside_mM)).toBeCloseTo(-34.7, 1));
	it('E_Ca at 1.2 mM / 100 nM is +125.5 mV (z = 2), +132.3 mV at 2 mM outside', () => {
		expect(nernst(2, CALCIUM.outside_mM, CALCIUM.inside_mM)).toBeCloseTo(125.5, 1);
		expect(nernst(2, 2, 0.0001)).toBeCloseTo(132.3, 1);
	});
	it('RT/F·ln 10 is 61.54 mV per decade at 37 °C', () => expect(nernst(1, 10, 1)).toBeCloseTo(61.54, 2));
	it('is zero when the two sides are equal', () => expect(nernst(1, 42, 42)).toBe(0));
});

describe('Goldman–Hodgkin–Katz resting potential', () => {
	it('is −67.2 mV for the mammalian neuron at 1 : 0.05 : 0.45 (science.md A1)', () =>
		expect(ghk(MAMMALIAN_PERMEABILITY, MAMMALIAN)).toBeCloseTo(-67.2, 1));
	it('is −69.8 mV for the mammalian neuron at the squid ratio 1 : 0.04 : 0.45', () =>
		expect(ghk(SQUID_PERMEABILITY, MAMMALIAN)).toBeCloseTo(-69.8, 1));
	it('gives −59.9 mV for the Hodgkin–Katz squid axon at 20 °C (K 20/400, Na 440/50, Cl 560/52 mM)', () =>
		expect(ghk(SQUID_PERMEABILITY, SQUID, SQUID_TEMPERATURE_C)).toBeCloseTo(-59.9, 1));
	it('moves toward E_K when pK doubles, ×1.5 or ×3: −74.4, −71.5, −78.0 mV (science.md A1)', () => {
		const p = MAMMALIAN_PERMEABILITY;
		expect(ghk({ ...p, K: 2 }, MAMMALIAN)).toBeCloseTo(-74.4, 1);
		expect(ghk({ ...p, K: 1.5 }, MAMMALIAN)).toBeCloseTo(-71.5, 1);
		expect(ghk({ ...p, K: 3 }, MAMMALIAN)).toBeCloseTo(-78.0, 1);
	});
	it('depolarises with an extra pNa of 0.02 / 0.05 / 0.10: −62.6 / −56.9 / −49.6 mV (science.md A1)', () => {
		const p = MAMMALIAN_PERMEABILITY;
		expect(ghk({ ...p, Na: p.Na + 0.02 }, MAMMALIAN)).toBeCloseTo(-62.6, 1);
		expect(ghk({ ...p, Na: p.Na + 0.05 }, MAMMALIAN)).toBeCloseTo(-56.9, 1);
		expect(ghk({ ...p, Na: p.Na + 0.1 }, MAMMALIAN)).toBeCloseTo(-49.6, 1);
	});
	it('depolarises to −59.7 mV when outside K⁺ rises to 10 mM (science.md A1)', () =>
		expect(ghk(MAMMALIAN_PERMEABILITY, { ...MAMMALIAN, K: { outside_mM: 10, inside_mM: 140 } })).toBeCloseTo(
			-59.7,
			1
		));
	it('equals the Nernst potential of the only permeant ion', () => {
		expect(ghk({ K: 1, Na: 0, Cl: 0 }, MAMMALIAN)).toBeCloseTo(nernst(1, 5, 140), 10);
		expect(ghk({ K: 0, Na: 1, Cl: 0 }, MAMMALIAN)).toBeCloseTo(nernst(1, 145, 12), 10);
		expect(ghk({ K: 0, Na: 0, Cl: 1 }, MAMMALIAN)).toBeCloseTo(nernst(-1, 110, 7), 10);
	});
});

const concentration = fc.double({ min: 1e-4, max: 10_000, noNaN: true });
const ion = fc.record({ outside_mM: concentration, inside_mM: concentration });
const permeability = fc.double({ min: 0, max: 1e6, noNaN: true });
const positivePermeability = fc.double({ min: 1e-6, max: 1e6, noNaN: true });
const temperature = fc.double({ min: 0, max: 50, noNaN: true });

describe('over the whole accepted range (fast-check)', () => {
	it('Vm lies between the lowest and highest Nernst potential of the permeant ions, and is finite', () => {
		fc.assert(
			fc.property(
				ion,
				ion,
				ion,
				permeability,
				permeability,
				permeability,
				temperature,
				(K, Na, Cl, pK, pNa, pCl, T) => {
					fc.pre(pK + pNa + pCl > 0);
					const vm = ghk({ K: pK, Na: pNa, Cl: pCl }, { K, Na, Cl }, T);
					const potentials = [
						pK > 0 ? nernst(1, K.outside_mM, K.inside_mM, T) : NaN,
						pNa > 0 ? nernst(1, Na.outside_mM, Na.inside_mM, T) : NaN,
						pCl > 0 ? nernst(-1, Cl.outside_mM, Cl.inside_mM, T) : NaN
					].filter((e) => !Number.isNaN(e));
					expect(Number.isFinite(vm)).toBe(true);
					expect(vm).toBeGreaterThanOrEqual(Math.min(...potentials) - 1e-9);
					expect(vm).toBeLessThanOrEqual(Math.max(...potentials) + 1e-9);
				}
			)
		);
	});

	it('only the ratios of the permeabilities matter', () => {
		fc.assert(
			fc.property(
				positivePermeability,
				positivePermeability,
				positivePermeability,
				fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
				(pK, pNa, pCl, s) => {
					const a = ghk({ K: pK, Na: pNa, Cl: pCl }, MAMMALIAN);
					const b = ghk({ K: pK * s, Na: pNa * s, Cl: pCl * s }, MAMMALIAN);
					expect(b).toBeCloseTo(a, 9);
				}
			)
		);
	});

	it('more K⁺ permeability never raises Vm, more Na⁺ permeability never lowers it', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 100, noNaN: true }),
				fc.double({ min: 0, max: 100, noNaN: true }),
				(a, b) => {
					const [lo, hi] = a < b ? [a, b] : [b, a];
					const p = MAMMALIAN_PERMEABILITY;
					expect(ghk({ ...p, K: p.K + hi }, MAMMALIAN)).toBeLessThanOrEqual(
						ghk({ ...p, K: p.K + lo }, MAMMALIAN) + 1e-12
					);
					expect(ghk({ ...p, Na: p.Na + hi }, MAMMALIAN)).toBeGreaterThanOrEqual(
						ghk({ ...p, Na: p.Na + lo }, MAMMALIAN) - 1e-12
					);
				}
			)
		);
	});

	it('Nernst potentials scale with absolute temperature and flip sign with the charge', () => {
		fc.assert(
			fc.property(concentration, concentration, temperature, fc.constantFrom(1, 2, 3), (o, i, T, z) => {
				const e = nernst(z, o, i, T);
				expect(Number.isFinite(e)).toBe(true);
				expect(nernst(-z, o, i, T)).toBeCloseTo(-e, 9);
				expect(nernst(z, o, i, 37) * (T + 273.15)).toBeCloseTo(e * 310.15, 6);
				// A divalent ion needs half the potential to balance the same gradient.
				if (z === 1) expect(2 * nernst(2, o, i, T)).toBeCloseTo(e, 9);
			})
		);
	});
});

describe('bad input is refused with a RangeError', () => {
	const K: Ion = { outside_mM: 5, inside_mM: 140 };
	it.each([
		['zero outside', () => nernst(1, 0, 140)],
		['negative inside', () => nernst(1, 5, -1)],
		['NaN', () => nernst(1, NaN, 140)],
		['Infinity', () => nernst(1, Infinity, 140)],
		['above 10 M', () => nernst(1, 20_000, 140)],
		['valence 0', () => nernst(0, 5, 140)],
		['fractional valence', () => nernst(1.5, 5, 140)],
		['valence 4', () => nernst(4, 5, 140)],
		['60 °C', () => nernst(1, 5, 140, 60)],
		['−10 °C', () => nernst(1, 5, 140, -10)],
		['NaN °C', () => nernst(1, 5, 140, NaN)]
	])('nernst: %s', (_name, call) => expect(call).toThrow(RangeError));

	it.each([
		['all permeabilities zero', () => ghk({ K: 0, Na: 0, Cl: 0 }, MAMMALIAN)],
		['a negative permeability', () => ghk({ K: 1, Na: -0.05, Cl: 0.45 }, MAMMALIAN)],
		['a NaN permeability', () => ghk({ K: NaN, Na: 0.05, Cl: 0.45 }, MAMMALIAN)],
		['an infinite permeability', () => ghk({ K: Infinity, Na: 0.05, Cl: 0.45 }, MAMMALIAN)],
		[
			'a zero concentration',
			() => ghk(MAMMALIAN_PERMEABILITY, { ...MAMMALIAN, Na: { outside_mM: 145, inside_mM: 0 } })
		],
		['a missing ion', () => ghk(MAMMALIAN_PERMEABILITY, { K, Na: K } as unknown as typeof MAMMALIAN)],
		['a temperature of 100 °C', () => ghk(MAMMALIAN_PERMEABILITY, MAMMALIAN, 100)]
	])('ghk: %s', (_name, call) => expect(call).toThrow(RangeError));

	it('names the input and the value in the message', () => {
		expect(() => nernst(1, 0, 140)).toThrow(/nernst: outside_mM .* got 0/);
		expect(() => ghk(MAMMALIAN_PERMEABILITY, MAMMALIAN, 100)).toThrow(/ghk: temperature_C .* got 100/);
	});
});

it('membrane.ts exports exactly nernst and ghk (and the type Ion)', () => {
	expect(Object.keys(membrane).sort()).toEqual(['ghk', 'nernst']);
});
