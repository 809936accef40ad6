import { describe, expect, it } from 'vitest';
import { restingArrangement, SHORT_SCREEN_STAGE_px, WIDE_STAGE_rem } from '$lib/player/arrangement';

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

	it('on a short screen wider than tall, draws side by side from a 680 px box, where labels stay 14 px or more', () => {
		// a laptop at 200 % text: a 1080 px box in 36 px rem, where the portrait pump was 2.7 screens tall
		expect(restingArrangement(both, 1080, 36, true)).toBe('landscape');
		expect(restingArrangement(both, 1080, 36, false)).toBe('portrait');
		expect(restingArrangement(both, SHORT_SCREEN_STAGE_px, 36, true)).toBe('landscape');
		expect(restingArrangement(both, SHORT_SCREEN_STAGE_px - 0.5, 36, true)).toBe('portrait');
		// a phone held sideways (667 × 375, a 540 px box): its portrait drawing, with labels of 23 px, not 12.6
		expect(restingArrangement(both, 540, 18, true)).toBe('portrait');
		// where 40rem is the narrower, it still counts
		expect(restingArrangement(both, 650, 16, true)).toBe('landscape');
		expect(restingArrangement(['portrait'], 1080, 36, true)).toBe('portrait');
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
