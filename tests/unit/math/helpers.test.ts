import { describe, expect, it } from 'vitest';
import { clamp } from '$lib/math/clamp';
import { ease } from '$lib/math/ease';
import { mix, mixPoint, points } from '$lib/math/mix';
import { nearestStop } from '$lib/math/nearest';
import { valueAt } from '$lib/math/series';

// The small helpers every figure shares, each against a table of cases a reader of the code would check.

describe('clamp', () => {
	it.each([
		[5, 0, 10, 5],
		[-3, 0, 10, 0],
		[12, 0, 10, 10],
		[0, 0, 10, 0],
		[10, 0, 10, 10],
		[Number.NaN, 0, 10, 0],
		[Infinity, 0, 10, 0],
		[-Infinity, 0, 10, 0]
	])('clamp(%d, %d, %d) = %d', (value, min, max, expected) => {
		expect(clamp(value, min, max)).toBe(expected);
	});

	it.each([
		[Number.NaN, 5, 5],
		[Number.NaN, 99, 10],
		[Infinity, -4, 0]
	])(
		'a value that is not a number gives the fallback %d → %d, itself kept in range',
		(value, fallback, expected) => {
			expect(clamp(value, 0, 10, fallback)).toBe(expected);
		}
	);
});

describe('mix', () => {
	it.each([
		[0, 10, 0, 0],
		[0, 10, 1, 10],
		[0, 10, 0.25, 2.5],
		[10, 0, 0.5, 5],
		[-67, -89, 0.5, -78],
		[0, 10, 1.5, 15]
	])('mix(%d, %d, %d) = %d', (a, b, p, expected) => {
		expect(mix(a, b, p)).toBeCloseTo(expected, 12);
	});

	it('moves a point the same way on both axes', () => {
		expect(mixPoint({ x: 0, y: 100 }, { x: 40, y: 20 }, 0.25)).toEqual({ x: 10, y: 80 });
	});

	it.each([
		[[], []],
		[[[36, 100]], [{ x: 36, y: 100 }]],
		[
			[
				[218, 138],
				[-4, 0.5]
			],
			[
				{ x: 218, y: 138 },
				{ x: -4, y: 0.5 }
			]
		]
	] as [[number, number][], { x: number; y: number }[]][])(
		'points(%j): [x, y] pairs as points, in order',
		(pairs, expected) => {
			expect(points(...pairs)).toEqual(expected);
		}
	);
});

describe('ease', () => {
	it.each([
		[-1, 0],
		[0, 0],
		[0.5, 0.5],
		[1, 1],
		[2, 1],
		[Number.NaN, 0]
	])('ease(%d) = %d', (p, expected) => {
		expect(ease(p)).toBeCloseTo(expected, 12);
	});

	it('starts and ends at rest, and never goes back', () => {
		expect(ease(0.01)).toBeLessThan(0.01);
		expect(1 - ease(0.99)).toBeLessThan(0.01);
		for (let p = 0; p < 1; p += 0.01) expect(ease(p + 0.01)).toBeGreaterThanOrEqual(ease(p));
	});
});

describe('nearestStop', () => {
	const bolus = [5, 10, 20, 30, 50, 100, 200, 300, 500];
	it.each([
		[20, 2],
		[24, 2],
		[26, 3],
		[15, 1], // a tie goes to the lower stop
		[0, 0],
		[10_000, 8],
		[1e20, 8], // so far past the stops that every distance to them is the same double
		[-1e20, 0],
		[Number.NaN, 0]
	])('%d mL is nearest stop #%d', (value, index) => {
		expect(nearestStop(bolus, value)).toBe(index);
	});

	it('reads a value that is not a number as its fallback', () => {
		expect(nearestStop(bolus, Number.NaN, 100)).toBe(5);
	});
});

describe('valueAt', () => {
	const series = [0, 10, 20, 40];
	it.each([
		[0, 0],
		[0.5, 5],
		[1, 10],
		[2.5, 30],
		[3, 40],
		[7, 40],
		[-1, 0],
		[Number.NaN, 0]
	])('at t = %d (samples 1 apart) reads %d', (t, expected) => {
		expect(valueAt(series, 1, t)).toBeCloseTo(expected, 12);
	});

	it('reads samples spaced by their step', () => {
		expect(valueAt(series, 0.5, 0.75)).toBeCloseTo(15, 12);
	});

	it('has no value in an empty series', () => {
		expect(valueAt([], 1, 0)).toBeNaN();
	});
});
