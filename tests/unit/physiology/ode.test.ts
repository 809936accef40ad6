import { describe, expect, it } from 'vitest';
import { createStepper, integrate, type Derivative } from '$lib/physiology/ode';

const decay: Derivative = (_t, y, dydt) => {
	dydt[0] = -0.5 * y[0]!;
};
const oscillator: Derivative = (_t, y, dydt) => {
	dydt[0] = y[1]!;
	dydt[1] = -y[0]!;
};
const errorAt = (substeps: number, method: 'rk4' | 'euler') => {
	const s = integrate(decay, [1], { t1: 4, sampleEvery: 1, substeps, method });
	return Math.abs(s.y[4]![0]! - Math.exp(-2));
};

describe('fixed-step integrator', () => {
	it('samples at t0, t0 + Δ, … and ends exactly at t1 (last interval shortened)', () => {
		const s = integrate(decay, [1], { t0: 2, t1: 4.5, sampleEvery: 1 });
		expect(s.t).toEqual([2, 3, 4, 4.5]);
		expect(s.y).toHaveLength(4);
	});
	it('RK4 matches exponential decay to 1e-7 with steps of 0.1', () =>
		expect(errorAt(10, 'rk4')).toBeLessThan(1e-7));
	it('RK4 is fourth order (halving the step divides the error by ~16), Euler first order (~2)', () => {
		expect(errorAt(4, 'rk4') / errorAt(8, 'rk4')).toBeGreaterThan(14);
		expect(errorAt(4, 'rk4') / errorAt(8, 'rk4')).toBeLessThan(18);
		expect(errorAt(40, 'euler') / errorAt(80, 'euler')).toBeCloseTo(2, 1);
	});
	it('keeps a harmonic oscillator on its circle over ten periods', () => {
		const s = integrate(oscillator, [1, 0], { t1: 20 * Math.PI, sampleEvery: Math.PI / 10, substeps: 4 });
		for (const [x, v] of s.y) expect(x! * x! + v! * v!).toBeCloseTo(1, 5);
	});
	it('returns a fresh array per sample and leaves y0 alone', () => {
		const y0 = [1];
		const s = integrate(decay, y0, { t1: 2, sampleEvery: 1 });
		expect(y0).toEqual([1]);
		expect(s.y[0]).not.toBe(s.y[1]);
	});
	it('advances in place with createStepper', () => {
		const y = Float64Array.from([1]);
		createStepper(decay, 1)(0, y, 0.1);
		expect(y[0]).toBeCloseTo(Math.exp(-0.05), 8); // one RK4 step: local error ~(kh)⁵/120 = 3e-9
	});
	it('refuses empty or reversed spans, bad steps, non-finite states and too many samples', () => {
		expect(() => integrate(decay, [1], { t1: 0, sampleEvery: 1 })).toThrow(RangeError);
		expect(() => integrate(decay, [1], { t1: 1, sampleEvery: 0 })).toThrow(RangeError);
		expect(() => integrate(decay, [1], { t1: 1, sampleEvery: 0.5, substeps: 0 })).toThrow(RangeError);
		expect(() => integrate(decay, [NaN], { t1: 1, sampleEvery: 0.5 })).toThrow(RangeError);
		expect(() => integrate(decay, [], { t1: 1, sampleEvery: 0.5 })).toThrow(RangeError);
		expect(() => integrate(decay, [1], { t1: 1e9, sampleEvery: 1 })).toThrow(RangeError);
		const explosive: Derivative = (_t, y, dydt) => {
			dydt[0] = y[0]! * y[0]!;
		};
		expect(() => integrate(explosive, [1], { t1: 10, sampleEvery: 1 })).toThrow(/not finite/);
	});
});
