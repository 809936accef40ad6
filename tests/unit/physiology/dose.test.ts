import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	bloodGlucoseRiseUpperBound_mmol_per_L,
	dextroseDose,
	DIABETES_NOTE_FROM_g,
	glucoseGrams,
	diabetesConcern,
	DIABETES_NEGLIGIBLE_UP_TO_g,
	glucoseOsmolarity_mOsm_per_L,
	strawberryEquivalent,
	SUGAR_PER_STRAWBERRY_g
} from '$lib/physiology/dose';

describe('dextrose dose (science.md C1 #15–17)', () => {
	it('20 mL at 5 % is 1 g of glucose', () => expect(glucoseGrams(20, 5)).toBe(1));
	it('1 g is 5.55 mmol and about 4 kcal as anhydrous glucose, 5.05 mmol and 3.4 kcal as the monohydrate', () => {
		const d = dextroseDose(20, 5);
		expect(d.glucose_mmol).toBeCloseTo(5.55, 2);
		expect(d.kcal).toBe(4);
		expect(d.glucose_mmol_if_monohydrate).toBeCloseTo(5.05, 2);
		expect(d.kcal_if_monohydrate).toBeCloseTo(3.4, 9);
	});
	it('a medium strawberry holds ≈ 0.59 g of sugar, so 1 g is under two strawberries (2 berries ≈ 1.2 g)', () => {
		expect(SUGAR_PER_STRAWBERRY_g).toBeCloseTo(0.59, 2);
		expect(strawberryEquivalent(1)).toBeCloseTo(1.7, 1);
		expect(2 * SUGAR_PER_STRAWBERRY_g).toBeCloseTo(1.2, 1);
	});
	it('even all at once in 15 L of extracellular fluid, 1 g raises blood glucose by at most 0.37 mmol/L (6.7 mg/dL)', () => {
		expect(bloodGlucoseRiseUpperBound_mmol_per_L(1)).toBeCloseTo(0.37, 2);
		expect(dextroseDose(20, 5).bloodGlucoseRiseUpperBound_mg_per_dL).toBeCloseTo(6.7, 1);
		// as a French laboratory writes it: 1 g/L is 100 mg/dL (5.55 mmol/L)
		expect(dextroseDose(20, 5).bloodGlucoseRiseUpperBound_g_per_L).toBeCloseTo(0.067, 3);
	});
	it('5 % is roughly iso-osmolar (278 mOsm/L), 10 % is hypertonic (555 mOsm/L)', () => {
		expect(glucoseOsmolarity_mOsm_per_L(5)).toBeCloseTo(278, 0);
		expect(glucoseOsmolarity_mOsm_per_L(10)).toBeCloseTo(555, 0);
	});
	it('grams grow in proportion to volume and to strength, and every output is finite (fast-check)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 500, noNaN: true }),
				fc.double({ min: 0, max: 25, noNaN: true }),
				(v, p) => {
					expect(glucoseGrams(2 * v, p)).toBeCloseTo(2 * glucoseGrams(v, p), 9);
					expect(glucoseGrams(v, 2 * p)).toBeCloseTo(2 * glucoseGrams(v, p), 9);
					for (const value of Object.values(dextroseDose(v, p))) {
						expect(Number.isFinite(value)).toBe(true);
						expect(value).toBeGreaterThanOrEqual(0);
					}
				}
			)
		);
	});
});

describe('the word for people with diabetes', () => {
	it('calls a glucopuncture session’s gram negligible (science.md C1 #15), a third of a hypoglycaemia treatment notable', () => {
		expect(diabetesConcern(glucoseGrams(20, 5))).toBe('negligible');
		expect(diabetesConcern(glucoseGrams(40, 5))).toBe('negligible');
		// 15 g is what is swallowed to treat a low blood sugar; 5 g is a third of it
		expect(DIABETES_NOTE_FROM_g).toBeCloseTo(15 / 3, 9);
		expect(diabetesConcern(glucoseGrams(100, 5))).toBe('notable');
		// a full hypodermoclysis bag of 5 % is 25 g
		expect(diabetesConcern(glucoseGrams(500, 5))).toBe('notable');
		expect(bloodGlucoseRiseUpperBound_mmol_per_L(DIABETES_NOTE_FROM_g)).toBeCloseTo(1.85, 2);
	});

	it('does not call negligible what rises blood glucose by more than twice a session’s gram', () => {
		// 99 mL at 5 % is 4.95 g: an upper-bound rise of 1.83 mmol/L (33 mg/dL), "small, not nothing"
		expect(diabetesConcern(glucoseGrams(99, 5))).toBe('small');
		expect(diabetesConcern(glucoseGrams(41, 5))).toBe('small');
		expect(bloodGlucoseRiseUpperBound_mmol_per_L(DIABETES_NEGLIGIBLE_UP_TO_g)).toBeCloseTo(0.74, 2);
	});
});

describe('bad input is refused with a RangeError', () => {
	it.each([
		['a negative volume', () => glucoseGrams(-1, 5)],
		['more than a litre', () => glucoseGrams(1500, 5)],
		['NaN percent', () => glucoseGrams(20, NaN)],
		['a 60 % solution', () => glucoseGrams(20, 60)],
		['negative grams of strawberries', () => strawberryEquivalent(-1)],
		['an ECF of 1 L', () => bloodGlucoseRiseUpperBound_mmol_per_L(1, 1)],
		['infinite grams', () => bloodGlucoseRiseUpperBound_mmol_per_L(Infinity)]
	])('%s', (_name, call) => expect(call).toThrow(RangeError));
});
