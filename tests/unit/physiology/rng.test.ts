import { describe, expect, it } from 'vitest';
import { createRng } from '$lib/physiology/rng';

const draw = (seed: number, n: number) => {
	const rng = createRng(seed);
	return Array.from({ length: n }, () => rng.next());
};

describe('seeded generator', () => {
	it('gives the same sequence for the same seed (particles sit in the same places on every load)', () =>
		expect(draw(42, 100)).toEqual(draw(42, 100)));
	it('gives different sequences for different seeds', () => expect(draw(1, 10)).not.toEqual(draw(2, 10)));
	it('stays in [0, 1) with the mean and variance of a uniform distribution', () => {
		const xs = draw(7, 20_000);
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...xs)).toBeLessThan(1);
		const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
		const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length;
		expect(mean).toBeCloseTo(0.5, 2);
		expect(variance).toBeCloseTo(1 / 12, 2);
	});
	it('hits every integer of a range about equally often (χ² with 9 degrees of freedom below 27.9, p = 0.001)', () => {
		const rng = createRng(2024);
		const counts = new Array<number>(10).fill(0);
		for (let i = 0; i < 10_000; i++) counts[rng.integer(0, 9)]!++;
		const chi2 = counts.reduce((a, c) => a + (c - 1000) ** 2 / 1000, 0);
		expect(chi2).toBeLessThan(27.9);
	});
	it('draws uniform and normal numbers with the asked-for range, mean and spread', () => {
		const rng = createRng(99);
		const us = Array.from({ length: 5000 }, () => rng.uniform(-3, 5));
		expect(Math.min(...us)).toBeGreaterThanOrEqual(-3);
		expect(Math.max(...us)).toBeLessThan(5);
		const ns = Array.from({ length: 20_000 }, () => rng.normal(10, 2));
		const mean = ns.reduce((a, b) => a + b, 0) / ns.length;
		const sd = Math.sqrt(ns.reduce((a, b) => a + (b - mean) ** 2, 0) / ns.length);
		expect(mean).toBeCloseTo(10, 1);
		expect(sd).toBeCloseTo(2, 1);
		expect(ns.every(Number.isFinite)).toBe(true);
	});
	it('refuses seeds that are not 32-bit unsigned integers, and reversed ranges', () => {
		expect(() => createRng(-1)).toThrow(RangeError);
		expect(() => createRng(1.5)).toThrow(RangeError);
		expect(() => createRng(NaN)).toThrow(RangeError);
		expect(() => createRng(2 ** 32)).toThrow(RangeError);
		expect(() => createRng(1).integer(5, 1)).toThrow(RangeError);
		expect(() => createRng(1).normal(0, -1)).toThrow(RangeError);
	});
});
