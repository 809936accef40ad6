import { describe, expect, it } from 'vitest';
import { FIGURE_WIDTH } from '$lib/figure/axis';
import { arrange, band, sideBySide } from '$lib/figure/parts';

describe('sideBySide', () => {
	const landscape = sideBySide({ width: 980, height: 300 }, { left: 'patch', right: 'trace' }, [
		band(302, 520),
		{ x: 500, y: 1 }
	]);

	it('keeps the portrait drawing down to the landscape height in its corner, as the left part', () => {
		expect(landscape.parts.patch).toEqual({
			from: { x: 0, y: 0, width: FIGURE_WIDTH, height: 300 },
			to: { x: 0, y: 0 }
		});
	});

	it('places the band from lower down beside it, whole', () => {
		expect(landscape.parts.trace).toEqual({
			from: { x: 0, y: 302, width: FIGURE_WIDTH, height: 218 },
			to: { x: 500, y: 1 }
		});
		expect(landscape.parts.trace.to.x).toBeGreaterThanOrEqual(FIGURE_WIDTH);
	});

	it('is what arrange draws in landscape, and nothing moves in portrait', () => {
		const portrait = { width: FIGURE_WIDTH, height: 520 };
		expect(arrange('landscape', portrait, landscape)).toMatchObject({ width: 980, height: 300 });
		expect(arrange('landscape', portrait, landscape).place.trace?.to).toEqual({ x: 500, y: 1 });
		expect(arrange('portrait', portrait, landscape)).toEqual({
			...portrait,
			place: { patch: undefined, trace: undefined }
		});
	});
});
