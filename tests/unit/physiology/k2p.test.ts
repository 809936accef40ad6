import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAMMALIAN, NOCICEPTOR } from '$lib/physiology/constants';
import { nernst } from '$lib/physiology/membrane';
import { BLOCK_ONSET_mV } from '$lib/physiology/firing';
import { k2pState, k2pTrace, relaxVm, REST_TIME_CONSTANT_ms } from '$lib/physiology/k2p';
import { trpv1Response } from '$lib/physiology/trpv1';

describe('K2P open fraction → Vm (science.md A1 sensitivity values)', () => {
	it('closed: the resting potential, −67.2 mV, 12.2 mV below threshold', () => {
		const s = k2pState({ openFraction: 0 });
		expect(s.vm_mV).toBeCloseTo(-67.2, 1);
		expect(s.distanceToThreshold_mV).toBeCloseTo(12.2, 1);
		expect(s.eK_mV).toBeCloseTo(-89.1, 1);
	});
	it('a quarter, half and all open give pK ×1.5, ×2, ×3: −71.5, −74.4, −78.0 mV', () => {
		expect(k2pState({ openFraction: 0.25 }).vm_mV).toBeCloseTo(-71.5, 1);
		expect(k2pState({ openFraction: 0.5 }).vm_mV).toBeCloseTo(-74.4, 1);
		expect(k2pState({ openFraction: 1 }).vm_mV).toBeCloseTo(-78.0, 1);
	});
	it('a membrane time constant of 20 ms at rest, shorter as channels open (lower resistance)', () => {
		expect(k2pState({ openFraction: 0 }).tau_ms).toBe(REST_TIME_CONSTANT_ms);
		expect(k2pState({ openFraction: 1 }).tau_ms).toBeCloseTo((20 * 1.5) / 3.5, 10);
	});
	it('silences a nociceptor that TRPV1 has pushed over threshold', () => {
		const cation = trpv1Response({ stimulus: { heat_C: 44 } }).addedCationPermeability;
		const irritated = k2pState({ openFraction: 0, addedCationPermeability: cation });
		const calmed = k2pState({ openFraction: 1, addedCationPermeability: cation });
		expect(irritated.firingRate_Hz).toBeGreaterThan(0);
		expect(calmed.firingRate_Hz).toBe(0);
		expect(calmed.distanceToThreshold_mV).toBeGreaterThan(0);
	});
});

describe('the dextrose-opens-K2P hypothesis is a parameter, off by default', () => {
	it('changes nothing unless asked', () =>
		expect(k2pState({ openFraction: 0.3 })).toEqual(k2pState({ openFraction: 0.3, dextroseOpening: 0 })));
	it('when switched on it opens a share of the closed channels', () => {
		const s = k2pState({ openFraction: 0.2, dextroseOpening: 0.5 });
		expect(s.effectiveOpenFraction).toBeCloseTo(0.6, 12);
		expect(s.vm_mV).toBeLessThan(k2pState({ openFraction: 0.2 }).vm_mV);
	});
});

describe('relaxation in time', () => {
	const trace = k2pTrace({
		before: { openFraction: 0 },
		after: { openFraction: 1 },
		step_ms: 10,
		duration_ms: 200,
		dt_ms: 0.5
	});
	const from = k2pState({ openFraction: 0 }).vm_mV;
	const to = k2pState({ openFraction: 1 }).vm_mV;
	it('holds the old steady state until the step', () => {
		expect(trace.t_ms[0]).toBe(0);
		expect(trace.vm_mV[0]).toBe(from);
		expect(trace.vm_mV[20]).toBe(from); // t = 10 ms
	});
	it('covers 63 % of the way one time constant after the step, and settles on the new steady state', () => {
		const tau = trace.tau_ms;
		expect((relaxVm(from, to, tau, tau) - from) / (to - from)).toBeCloseTo(1 - Math.exp(-1), 12);
		// On the trace itself: 10 ms after the step (t = 20 ms, sample 40), 1 − e^(−10/τ) of the way.
		expect(trace.t_ms[40]).toBe(20);
		expect((trace.vm_mV[40]! - from) / (to - from)).toBeCloseTo(1 - Math.exp(-10 / tau), 12);
		expect(trace.vm_mV[trace.vm_mV.length - 1]).toBeCloseTo(to, 6);
		expect(trace.t_ms[trace.t_ms.length - 1]).toBe(200);
	});
	it('moves monotonically down and never below E_K', () => {
		for (let i = 1; i < trace.vm_mV.length; i++)
			expect(trace.vm_mV[i]).toBeLessThanOrEqual(trace.vm_mV[i - 1]!);
		expect(Math.min(...trace.vm_mV)).toBeGreaterThan(trace.eK_mV);
	});
	it('gives the same curve whatever the frame rate (exact exponential steps)', () => {
		const oneStep = relaxVm(-67, -78, 16, 8.6);
		const twoSteps = relaxVm(relaxVm(-67, -78, 8, 8.6), -78, 8, 8.6);
		expect(twoSteps).toBeCloseTo(oneStep, 12);
	});
});

const unit = fc.double({ min: 0, max: 1, noNaN: true });
const cation = fc.double({ min: 0, max: 100, noNaN: true });
const concentrations = fc.constantFrom(MAMMALIAN, NOCICEPTOR);

describe('over the whole accepted range (fast-check)', () => {
	it('more open K2P never raises Vm, never lowers the distance to threshold, never raises firing below the block', () => {
		fc.assert(
			fc.property(unit, unit, unit, cation, concentrations, (a, b, h, c, conc) => {
				const [lo, hi] = a < b ? [a, b] : [b, a];
				const fewer = k2pState({
					openFraction: lo,
					dextroseOpening: h,
					addedCationPermeability: c,
					concentrations: conc
				});
				const more = k2pState({
					openFraction: hi,
					dextroseOpening: h,
					addedCationPermeability: c,
					concentrations: conc
				});
				expect(more.vm_mV).toBeLessThanOrEqual(fewer.vm_mV + 1e-9);
				expect(more.distanceToThreshold_mV).toBeGreaterThanOrEqual(fewer.distanceToThreshold_mV - 1e-9);
				// a membrane held in depolarisation block can start firing again as K2P pulls it down (firing.ts)
				if (fewer.vm_mV <= BLOCK_ONSET_mV)
					expect(more.firingRate_Hz).toBeLessThanOrEqual(fewer.firingRate_Hz + 1e-9);
			})
		);
	});
	it('Vm never goes below E_K, in the steady state or along a trace', () => {
		fc.assert(
			fc.property(unit, unit, unit, cation, concentrations, (a, b, h, c, conc) => {
				const eK = nernst(1, conc.K.outside_mM, conc.K.inside_mM);
				const s = k2pState({
					openFraction: b,
					dextroseOpening: h,
					addedCationPermeability: c,
					concentrations: conc
				});
				expect(s.vm_mV).toBeGreaterThan(eK);
				expect(Number.isFinite(s.tau_ms) && s.tau_ms > 0 && s.tau_ms <= REST_TIME_CONSTANT_ms).toBe(true);
				const trace = k2pTrace({
					before: { openFraction: a, concentrations: conc },
					after: { openFraction: b, dextroseOpening: h, concentrations: conc },
					duration_ms: 50,
					dt_ms: 1
				});
				for (const v of trace.vm_mV) expect(v).toBeGreaterThan(eK);
			})
		);
	});
});

describe('bad input is refused with a RangeError', () => {
	it.each([
		['open fraction 1.2', () => k2pState({ openFraction: 1.2 })],
		['open fraction NaN', () => k2pState({ openFraction: NaN })],
		['negative dextroseOpening', () => k2pState({ openFraction: 0, dextroseOpening: -0.1 })],
		['negative cation permeability', () => k2pState({ openFraction: 0, addedCationPermeability: -1 })],
		['negative dt', () => relaxVm(-67, -70, -1, 20)],
		['zero tau', () => relaxVm(-67, -70, 1, 0)],
		['infinite voltage', () => relaxVm(-Infinity, -70, 1, 20)],
		[
			'zero trace step',
			() => k2pTrace({ before: { openFraction: 0 }, after: { openFraction: 1 }, dt_ms: 0 })
		],
		[
			'too many samples',
			() =>
				k2pTrace({
					before: { openFraction: 0 },
					after: { openFraction: 1 },
					duration_ms: 10_000,
					dt_ms: 0.01
				})
		]
	])('%s', (_name, call) => expect(call).toThrow(RangeError));
});
