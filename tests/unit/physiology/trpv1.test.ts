import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCK_ONSET_mV, firingRate_Hz } from '$lib/physiology/firing';
import {
	FIRING_THRESHOLD_mV,
	MAMMALIAN,
	MAMMALIAN_PERMEABILITY,
	NOCICEPTOR
} from '$lib/physiology/constants';
import { ghk } from '$lib/physiology/membrane';
import {
	CAPSAICIN_EC50_uM,
	RESTING_STIMULUS,
	trpv1Density,
	trpv1OpenProbability,
	trpv1Response,
	type Trpv1Stimulus
} from '$lib/physiology/trpv1';

const cool = { ...RESTING_STIMULUS, heat_C: 20 }; // isolates capsaicin and protons from heat
const at = (s: Partial<Trpv1Stimulus>) => ({ ...RESTING_STIMULUS, ...s });

describe('TRPV1 open probability (science.md A3)', () => {
	it('is nearly closed at body temperature and pH 7.4', () =>
		expect(trpv1OpenProbability()).toBeLessThan(0.01));
	it('opens steeply above ≈ 43 °C: below 5 % at 42 °C, above 10 % at 44 °C, most channels open at 50 °C', () => {
		expect(trpv1OpenProbability(at({ heat_C: 42 }))).toBeLessThan(0.05);
		expect(trpv1OpenProbability(at({ heat_C: 44 }))).toBeGreaterThan(0.1);
		expect(trpv1OpenProbability(at({ heat_C: 50 }))).toBeGreaterThan(0.8);
	});
	it('is half open at the capsaicin EC50 of ≈ 0.7 µM', () => {
		expect(CAPSAICIN_EC50_uM).toBe(0.7);
		expect(trpv1OpenProbability({ ...cool, capsaicin_uM: 0.7 })).toBeCloseTo(0.5, 2);
		expect(trpv1OpenProbability({ ...cool, capsaicin_uM: 0.07 })).toBeLessThan(0.02);
		expect(trpv1OpenProbability({ ...cool, capsaicin_uM: 7 })).toBeGreaterThan(0.95);
	});
	it('opens with protons below pH ≈ 6, and strongly at the pH of D5W (≈ 4.3)', () => {
		expect(trpv1OpenProbability({ ...cool, pH: 6.4 })).toBeLessThan(0.02);
		expect(trpv1OpenProbability({ ...cool, pH: 5.5 })).toBeGreaterThan(0.2);
		expect(trpv1OpenProbability({ ...cool, pH: 4.3 })).toBeGreaterThan(0.9);
	});
	it('barely opens with light touch: TRPV1 is not what makes touch hurt (Urano 2012)', () => {
		const rise = trpv1OpenProbability(at({ touch: 1 })) - trpv1OpenProbability();
		expect(rise).toBeGreaterThan(0);
		expect(rise).toBeLessThan(0.01);
	});
	it('sensitisation lowers the heat threshold: opening at 40 °C rises more than tenfold', () =>
		expect(trpv1OpenProbability(at({ heat_C: 40 }), 1)).toBeGreaterThan(
			10 * trpv1OpenProbability(at({ heat_C: 40 }), 0)
		));
});

describe('channel density against weeks of pain (a model choice)', () => {
	it('is 1 without pain, rises, and saturates at twice the pain-free density', () => {
		expect(trpv1Density(0)).toBe(1);
		expect(trpv1Density(4)).toBeGreaterThan(1.5);
		expect(trpv1Density(4)).toBeLessThan(1.7);
		expect(trpv1Density(520)).toBeCloseTo(2, 6);
	});
});

describe('from stimulus to Vm and firing', () => {
	it('rests at the GHK resting potential −67.2 mV with nothing open (well, 0.15 % open at 37 °C)', () => {
		const r = trpv1Response();
		expect(r.rest_mV).toBeCloseTo(-67.2, 1);
		expect(r.vm_mV - r.rest_mV).toBeLessThan(0.5);
		expect(r.firingRate_Hz).toBe(0);
	});
	it('the model nociceptor starts firing between 43 and 44 °C (heat threshold ≈ 43 °C)', () => {
		expect(trpv1Response({ stimulus: { heat_C: 43 } }).firingRate_Hz).toBe(0);
		expect(trpv1Response({ stimulus: { heat_C: 44 } }).firingRate_Hz).toBeGreaterThan(0);
	});
	it('after weeks of pain a sensitised nociceptor fires at body temperature, a pain-free one does not', () => {
		expect(trpv1Response({ sensitisation: 1 }).firingRate_Hz).toBe(0);
		expect(trpv1Response({ sensitisation: 1, weeksOfPain: 12 }).firingRate_Hz).toBeGreaterThan(0);
	});
	it('light touch never brings it to threshold, at any density or sensitisation', () => {
		fc.assert(
			fc.property(fc.double({ min: 0, max: 520, noNaN: true }), (weeks) => {
				const r = trpv1Response({ stimulus: { touch: 1 }, weeksOfPain: weeks });
				expect(r.depolarisation_mV).toBeLessThan(5);
				expect(r.firingRate_Hz).toBe(0);
			})
		);
	});
	it('adds cation permeability to both Na⁺ and K⁺, so even fully open it cannot pass the cation reversal (~0 mV), and falls silent there', () => {
		const r = trpv1Response({
			stimulus: { heat_C: 60, capsaicin_uM: 100, pH: 3 },
			weeksOfPain: 520,
			sensitisation: 1
		});
		const reversal = ghk({ K: 1, Na: 1, Cl: 0 }, MAMMALIAN);
		expect(r.vm_mV).toBeLessThan(reversal);
		expect(r.vm_mV).toBeGreaterThan(-30);
		// held this depolarised, its Na⁺ channels inactivate: depolarisation block
		expect(r.firingRate_Hz).toBeLessThan(firingRate_Hz(BLOCK_ONSET_mV));
	});
	it('its depolarisation matches GHK with the added permeability', () => {
		const r = trpv1Response({ stimulus: { capsaicin_uM: 0.3 } });
		const p = MAMMALIAN_PERMEABILITY;
		const added = r.addedCationPermeability;
		expect(r.vm_mV).toBeCloseTo(ghk({ K: p.K + added, Na: p.Na + added, Cl: p.Cl }, MAMMALIAN), 10);
		expect(r.distanceToThreshold_mV).toBeCloseTo(FIRING_THRESHOLD_mV - r.vm_mV, 10);
	});
});

describe('the dextrose hypothesis is a parameter, off by default', () => {
	const hot = { stimulus: { heat_C: 46 }, weeksOfPain: 8 };
	it('changes nothing unless asked', () =>
		expect(trpv1Response(hot)).toEqual(trpv1Response({ ...hot, dextroseBlock: 0 })));
	it('never changes the established open probability, only what follows from the hypothesis', () => {
		const blocked = trpv1Response({ ...hot, dextroseBlock: 0.5 });
		expect(blocked.openProbability).toBe(trpv1Response(hot).openProbability);
		expect(blocked.openProbabilityWithHypothesis).toBeCloseTo(blocked.openProbability / 2, 12);
		expect(blocked.vm_mV).toBeLessThan(trpv1Response(hot).vm_mV);
	});
});

const stimulus = fc.record({
	heat_C: fc.double({ min: 0, max: 60, noNaN: true }),
	capsaicin_uM: fc.double({ min: 0, max: 100, noNaN: true }),
	pH: fc.double({ min: 3, max: 9, noNaN: true }),
	touch: fc.double({ min: 0, max: 1, noNaN: true })
});
const unit = fc.double({ min: 0, max: 1, noNaN: true });
const weeks = fc.double({ min: 0, max: 520, noNaN: true });
const concentrations = fc.constantFrom(MAMMALIAN, NOCICEPTOR);

describe('over the whole accepted range (fast-check)', () => {
	it('more stimulus, density or sensitisation never lowers Vm', () => {
		fc.assert(
			fc.property(stimulus, stimulus, weeks, weeks, unit, unit, concentrations, (a, b, w1, w2, s1, s2, c) => {
				// "more" in every direction at once: hotter, more capsaicin, more acid, more touch, longer, more sensitised.
				const less = {
					heat_C: Math.min(a.heat_C, b.heat_C),
					capsaicin_uM: Math.min(a.capsaicin_uM, b.capsaicin_uM),
					pH: Math.max(a.pH, b.pH),
					touch: Math.min(a.touch, b.touch)
				};
				const more = {
					heat_C: Math.max(a.heat_C, b.heat_C),
					capsaicin_uM: Math.max(a.capsaicin_uM, b.capsaicin_uM),
					pH: Math.min(a.pH, b.pH),
					touch: Math.max(a.touch, b.touch)
				};
				const low = trpv1Response({
					stimulus: less,
					weeksOfPain: Math.min(w1, w2),
					sensitisation: Math.min(s1, s2),
					concentrations: c
				});
				const high = trpv1Response({
					stimulus: more,
					weeksOfPain: Math.max(w1, w2),
					sensitisation: Math.max(s1, s2),
					concentrations: c
				});
				expect(high.openProbability).toBeGreaterThanOrEqual(low.openProbability - 1e-12);
				expect(high.vm_mV).toBeGreaterThanOrEqual(low.vm_mV - 1e-9);
				// more firing too, until the membrane is so depolarised that it blocks (firing.ts)
				if (high.vm_mV <= BLOCK_ONSET_mV)
					expect(high.firingRate_Hz).toBeGreaterThanOrEqual(low.firingRate_Hz - 1e-9);
			})
		);
	});

	it('each stimulus alone never lowers Vm either', () => {
		fc.assert(
			fc.property(
				stimulus,
				fc.constantFrom('heat_C', 'capsaicin_uM', 'touch', 'pH'),
				unit,
				(s, key, step) => {
					const bigger = { ...s };
					if (key === 'pH') bigger.pH = Math.max(3, s.pH - step * 6);
					else if (key === 'heat_C') bigger.heat_C = Math.min(60, s.heat_C + step * 60);
					else if (key === 'capsaicin_uM') bigger.capsaicin_uM = Math.min(100, s.capsaicin_uM + step * 100);
					else bigger.touch = Math.min(1, s.touch + step);
					expect(trpv1Response({ stimulus: bigger }).vm_mV).toBeGreaterThanOrEqual(
						trpv1Response({ stimulus: s }).vm_mV - 1e-9
					);
				}
			)
		);
	});

	it('all outputs are finite, P_open in [0, 1], Vm between rest and the cation reversal', () => {
		fc.assert(
			fc.property(stimulus, weeks, unit, unit, concentrations, (s, w, sens, block, c) => {
				const r = trpv1Response({
					stimulus: s,
					weeksOfPain: w,
					sensitisation: sens,
					dextroseBlock: block,
					concentrations: c
				});
				for (const value of Object.values(r))
					if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
				expect(r.openProbability).toBeGreaterThanOrEqual(0);
				expect(r.openProbability).toBeLessThanOrEqual(1);
				expect(r.vm_mV).toBeGreaterThanOrEqual(r.rest_mV - 1e-9);
				expect(r.vm_mV).toBeLessThan(ghk({ K: 1, Na: 1, Cl: 0 }, c));
			})
		);
	});
});

describe('bad input is refused with a RangeError', () => {
	it.each([
		['heat 61 °C', () => trpv1Response({ stimulus: { heat_C: 61 } })],
		['heat NaN', () => trpv1Response({ stimulus: { heat_C: NaN } })],
		['negative capsaicin', () => trpv1Response({ stimulus: { capsaicin_uM: -1 } })],
		['pH 2', () => trpv1Response({ stimulus: { pH: 2 } })],
		['touch 1.5', () => trpv1Response({ stimulus: { touch: 1.5 } })],
		['sensitisation −0.1', () => trpv1Response({ sensitisation: -0.1 })],
		['dextroseBlock 2', () => trpv1Response({ dextroseBlock: 2 })],
		['negative weeks', () => trpv1Density(-1)],
		['infinite weeks', () => trpv1Density(Infinity)],
		[
			'a zero concentration',
			() => trpv1Response({ concentrations: { ...MAMMALIAN, K: { outside_mM: 0, inside_mM: 140 } } })
		]
	])('%s', (_name, call) => expect(call).toThrow(RangeError));
});
