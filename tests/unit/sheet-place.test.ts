import { describe, expect, it } from 'vitest';
import { placeSheet } from '$lib/evidence/sheet-place';

// Where a badge's sheet opens, in the window's coordinates (8 px margin, 6 px gap).
const window = { width: 1000, height: 800 };
const sheet = { width: 300, height: 200 };

describe('placeSheet', () => {
	it('opens under the badge, from its left edge', () => {
		expect(placeSheet({ top: 100, bottom: 120, left: 50 }, sheet, window)).toEqual({ top: 126, left: 50 });
	});

	it('moves left to stay inside the window when the badge is near its right edge', () => {
		const { left } = placeSheet({ top: 100, bottom: 120, left: 900 }, sheet, window);
		expect(left).toBe(1000 - 8 - 300);
	});

	it('keeps its margin on a window narrower than the sheet', () => {
		expect(placeSheet({ top: 100, bottom: 120, left: 40 }, sheet, { width: 250, height: 800 }).left).toBe(8);
	});

	it('opens above the badge when there is no room below and room above', () => {
		expect(placeSheet({ top: 700, bottom: 720, left: 50 }, sheet, window).top).toBe(700 - 6 - 200);
	});

	it('takes the roomier side and scrolls inside itself when it fits neither way', () => {
		const tall = { width: 300, height: 700 };
		// more room below (800 - 8 - 356 = 436) than above (330 - 6 - 8 = 316)
		expect(placeSheet({ top: 330, bottom: 350, left: 50 }, tall, window)).toEqual({
			top: 356,
			left: 50,
			maxHeight: 436
		});
		// more room above: it ends just above the badge
		expect(placeSheet({ top: 500, bottom: 520, left: 50 }, tall, window)).toEqual({
			top: 8,
			left: 50,
			maxHeight: 486
		});
	});
});
