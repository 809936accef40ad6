import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIRING_THRESHOLD_mV } from '$lib/physiology/constants';
import {
	BLOCK_COMPLETE_mV,
	BLOCK_ONSET_mV,
	blockStage,
	drivenRate_Hz,
	firingRate_Hz,
	MAX_FIRING_RATE_Hz
} from '$lib/physiology/firing';

describe('firing-rate read-out', () => {
	it('is silent at rest and at threshold (−55 mV), fires just above it', () => {
		expect(FIRING_THRESHOLD_mV).toBe(-55);
		expect(firingRate_Hz(-67.2)).toBe(0);
		expect(firingRate_Hz(-55)).toBe(0);
		expect(firingRate_Hz(-54)).toBeGreaterThan(0);
	});
	it('reaches 63 % of its 40 Hz maximum 10 mV above threshold', () =>
		expect(firingRate_Hz(-45)).toBeCloseTo(MAX_FIRING_RATE_Hz * (1 - Math.exp(-1)), 10));
	it('never falls as Vm rises up to the block, never exceeds its maximum (fast-check)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -200, max: BLOCK_ONSET_mV, noNaN: true }),
				fc.double({ min: -200, max: BLOCK_ONSET_mV, noNaN: true }),
				(a, b) => {
					const [lo, hi] = a < b ? [a, b] : [b, a];
					expect(firingRate_Hz(hi)).toBeGreaterThanOrEqual(firingRate_Hz(lo) - 1e-12);
					expect(firingRate_Hz(hi)).toBeLessThanOrEqual(MAX_FIRING_RATE_Hz);
				}
			)
		);
	});
	it('falls silent when held depolarised: less firing above −35 mV, none from −15 mV (depolarisation block)', () => {
		expect(blockStage(-40)).toBe('none');
		expect(blockStage(-30)).toBe('partial');
		expect(blockStage(BLOCK_COMPLETE_mV)).toBe('complete');
		expect(blockStage(0)).toBe('complete');
		expect(firingRate_Hz(-30)).toBeLessThan(firingRate_Hz(BLOCK_ONSET_mV));
		expect(firingRate_Hz(-25)).toBeLessThan(firingRate_Hz(-30));
		expect(firingRate_Hz(BLOCK_COMPLETE_mV)).toBe(0);
		// the case: an ending held at −17 mV must not fire 39 signals a second
		expect(firingRate_Hz(-17)).toBeLessThan(5);
		expect(firingRate_Hz(0)).toBe(0);
	});
	it('says what the depolarisation alone would drive: the rate before the block, equal to it below −35 mV', () => {
		expect(drivenRate_Hz(-40)).toBe(firingRate_Hz(-40));
		// at −30 mV, a quarter of the way from −35 to −15 mV, the block takes a quarter of the drive
		expect(firingRate_Hz(-30)).toBeCloseTo(drivenRate_Hz(-30) * 0.75, 10);
		expect(drivenRate_Hz(0)).toBeGreaterThan(39);
		expect(drivenRate_Hz(-55)).toBe(0);
	});
	it('refuses a non-finite or absurd voltage', () => {
		expect(() => firingRate_Hz(NaN)).toThrow(RangeError);
		expect(() => firingRate_Hz(500)).toThrow(RangeError);
	});
});
