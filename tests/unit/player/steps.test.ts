import { describe, expect, it } from 'vitest';
import { along, clampT, positionAt, stepFromParam, stepIndexAt, type StepTable } from '$lib/player/steps';

// The one number a scene is at, t, read as steps a reader names.
const steps = [
	{ id: 'rest', duration_s: 0 },
	{ id: 'open', duration_s: 2 },
	{ id: 'signal', duration_s: 2 }
] as const;

describe('positions along the steps', () => {
	it.each([
		[0, 'rest', 'rest', 'rest', 1],
		[0.25, 'rest', 'open', 'rest', 0.25],
		[0.5, 'rest', 'open', 'open', 0.5],
		[1, 'open', 'open', 'open', 1],
		[1.75, 'open', 'signal', 'signal', 0.75],
		[2, 'signal', 'signal', 'signal', 1],
		[7, 'signal', 'signal', 'signal', 1],
		[-3, 'rest', 'rest', 'rest', 1],
		[Number.NaN, 'rest', 'rest', 'rest', 1]
	])('t = %d: from %s to %s, named %s, %d of the way', (t, from, to, step, progress) => {
		expect(positionAt(steps, t)).toMatchObject({ from, to, step, progress });
	});

	it('reads a per-step table, moving linearly through a passage', () => {
		const opening = { rest: 0, open: 1, signal: 1 } satisfies StepTable<typeof steps, number>;
		expect(along(opening, positionAt(steps, 0))).toBe(0);
		expect(along(opening, positionAt(steps, 0.5))).toBe(0.5);
		expect(along(opening, positionAt(steps, 1.5))).toBe(1);
		expect(along(opening, positionAt(steps, 0.5), (p) => p * p)).toBe(0.25);
	});

	it('names the step shown: the destination past halfway', () => {
		expect([0, 0.49, 0.5, 1.2, 2, 9, Number.NaN].map((t) => stepIndexAt(t, 3))).toEqual([
			0, 0, 1, 1, 2, 2, 0
		]);
		expect([-1, 1.5, 4, Infinity].map((t) => clampT(t, 3))).toEqual([0, 1.5, 2, 0]);
	});
});

describe('the step a link asks for', () => {
	it.each([
		['open', 1],
		[' SIGNAL ', 2],
		['nope', 0],
		['', 0],
		[null, 0],
		[undefined, 0],
		['<script>', 0]
	])('?step=%s opens step #%d', (value, index) => {
		expect(stepFromParam(value, steps)).toBe(index);
	});
});
