import { describe, expect, it } from 'vitest';
import { defaultsOf, isShown, range, safeValue, type Control, type ParamsOf } from '$lib/player/parameters';

// Parameters declared as data: the shell (and later an address) hands the model only values it accepts.
const controls = [
	{ kind: 'choice', key: 'kind', options: ['heat', 'acid', 'touch'], default: 'heat' },
	{ kind: 'range', key: 'heat_C', min: 37, max: 50, step: 0.5, default: 44, when: { kind: 'heat' } },
	{ kind: 'range', key: 'fraction', min: 0, max: 1, step: 0.05, default: 0.6 },
	{ kind: 'stops', key: 'bolus_mL', stops: [5, 10, 20, 500], default: 20 },
	{ kind: 'switch', key: 'oxygen', default: true },
	{ kind: 'claim', key: 'showHypothesis', claim: 'dextrose', default: false },
	{ kind: 'note', key: 'touchNote', when: { kind: 'touch' } }
] as const satisfies readonly Control[];

const [kind, heat, fraction, bolus, oxygen, claim] = controls;

describe('parameters as data', () => {
	it('start at their defaults, notes left out', () => {
		const defaults: ParamsOf<typeof controls> = defaultsOf(controls);
		expect(defaults).toEqual({
			kind: 'heat',
			heat_C: 44,
			fraction: 0.6,
			bolus_mL: 20,
			oxygen: true,
			showHypothesis: false
		});
	});

	it.each([
		[45, 45],
		[45.3, 45.5],
		[12, 37],
		[99, 50],
		[Number.NaN, 44],
		['44', 44],
		[undefined, 44]
	])('a range takes %s as %d (clamped, on its step, default when not a number)', (value, expected) => {
		expect(safeValue(heat, value)).toBe(expected);
	});

	it('rounds to its step without binary noise', () => {
		expect(safeValue(fraction, 0.1 + 0.2)).toBe(0.3);
		expect(safeValue(fraction, 0.57)).toBe(0.55);
	});

	it.each([
		[20, 20],
		[17, 20],
		[300, 500],
		[0, 5],
		[Number.NaN, 20]
	])('stops take %d as the nearest stop, %d', (value, expected) => {
		expect(safeValue(bolus, value)).toBe(expected);
	});

	it('a choice keeps a known option and turns anything else into its default', () => {
		expect(safeValue(kind, 'acid')).toBe('acid');
		expect(safeValue(kind, 'ACID')).toBe('heat');
		expect(safeValue(kind, '<script>')).toBe('heat');
		expect(safeValue(kind, 3)).toBe('heat');
	});

	it('switches and claim layers take booleans only', () => {
		expect(safeValue(oxygen, false)).toBe(false);
		expect(safeValue(oxygen, 'false')).toBe(true);
		expect(safeValue(claim, true)).toBe(true);
		expect(safeValue(claim, 1)).toBe(false);
	});

	it('show a control only while its condition holds', () => {
		const params = defaultsOf(controls);
		expect(isShown(heat, params)).toBe(true);
		expect(isShown(controls[6], params)).toBe(false);
		expect(isShown(heat, { ...params, kind: 'touch' })).toBe(false);
		expect(isShown(controls[6], { ...params, kind: 'touch' })).toBe(true);
		expect(isShown(fraction, { ...params, kind: 'touch' })).toBe(true);
	});
});

describe('range(key, [min, max], rest): a slider over a physiology module’s limits', () => {
	it.each([
		[[37, 50], 0.5, 44],
		[[0, 1], 0.05, 0.6],
		[[4, 8.5], 0.1, 6]
	] as const)('over %j by %d, at %d: the limits as given, the rest kept', (limits, step, initial) => {
		const show = (value: number) => `${value} u`;
		const slider = range('x', limits, { step, default: initial, show, when: { kind: 'heat' } });
		expect(slider).toEqual({
			kind: 'range',
			key: 'x',
			min: limits[0],
			max: limits[1],
			step,
			default: initial,
			show,
			when: { kind: 'heat' }
		});
		// the shell clamps to those limits
		expect(safeValue(slider, limits[1] + 100)).toBe(limits[1]);
		expect(safeValue(slider, Number.NaN)).toBe(initial);
	});
});
