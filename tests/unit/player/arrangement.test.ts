import { describe, expect, it } from 'vitest';
import { restingArrangement, WIDE_STAGE_rem } from '$lib/player/arrangement';

const both = ['portrait', 'landscape'] as const;

describe('restingArrangement', () => {
	it('draws side by side from a 40rem drawing box, for a figure that has that drawing', () => {
		expect(restingArrangement(both, WIDE_STAGE_rem * 16, 16)).toBe('landscape');
		expect(restingArrangement(both, WIDE_STAGE_rem * 16 - 0.5, 16)).toBe('portrait');
		expect(restingArrangement(both, 720, 16)).toBe('landscape');
		expect(restingArrangement(both, 390, 16)).toBe('portrait');
	});

	it('counts in the page’s rem, as the container query does: at 200 % text the box must be twice as wide', () => {
		expect(restingArrangement(both, 720, 32)).toBe('portrait');
		expect(restingArrangement(both, 1280, 32)).toBe('landscape');
	});

	it('keeps a portrait-only figure in portrait however wide its box', () => {
		expect(restingArrangement(['portrait'], 2000, 16)).toBe('portrait');
		expect(restingArrangement(undefined, 2000, 16)).toBe('portrait');
	});

	it('falls back to portrait for a box it could not measure, and to 16 px for a root font it could not read', () => {
		expect(restingArrangement(both, NaN, 16)).toBe('portrait');
		expect(restingArrangement(both, -1, 16)).toBe('portrait');
		expect(restingArrangement(both, 700, NaN)).toBe('landscape');
		expect(restingArrangement(both, 600, 0)).toBe('portrait');
	});
});
