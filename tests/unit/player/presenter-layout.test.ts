import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presenterArrangement, presenterLayout } from '$lib/player/presenter-layout';

// The presentation's size rule (issue 11): the drawing takes at least 85 % of the screen's height, or 90 % of
// its width when the screen is narrower than the drawing's shape.
const meetsRule = (aspect: number, width: number, height: number, rem = 16, wordsRoom = 0) => {
	const drawn = presenterLayout(aspect, width, height, rem, wordsRoom);
	return drawn.height / height >= 0.85 || (width / height < aspect && drawn.width / width >= 0.9);
};

describe('presenterLayout', () => {
	it('puts a portrait drawing at nearly full height with the words beside it on a laptop', () => {
		const drawn = presenterLayout(480 / 600, 1280, 800);
		expect(drawn.text).toBe('beside');
		expect(drawn.height).toBe(776);
		expect(drawn.width).toBe(Math.floor(776 * 0.8));
	});

	it('puts a wide drawing across the screen with the words under it', () => {
		const drawn = presenterLayout(2, 1280, 800);
		expect(drawn.text).toBe('below');
		expect(drawn.width).toBe(1256);
		expect(drawn.height).toBe(628);
	});

	it('says when the rule leaves the words and the bar too little room together (a phone held upright)', () => {
		// a tall drawing on an upright phone: 90 % of the width makes it 702 px of 844; 250 px of words and bar
		const phone = presenterLayout(0.5, 390, 844, 16, 250);
		expect(phone.text).toBe('below');
		expect(phone.cramped).toBe(true);
		// the words alone would fit in what is left: the bar goes over them rather than push them out
		expect(844 - 2 * 12 - phone.height).toBeGreaterThan(100);
		// a laptop that gives the words their room, words beside the drawing, or room unknown: not cramped
		expect(presenterLayout(2, 1280, 800, 16, 200).cramped).toBe(false);
		expect(presenterLayout(480 / 600, 1280, 800, 16, 200).cramped).toBe(false);
		expect(presenterLayout(0.5, 390, 844).cramped).toBe(false);
	});

	it('leaves the words and the bar the room they need under the drawing, as far as the size rule allows', () => {
		// room enough already: the drawing keeps its size
		expect(presenterLayout(2, 1280, 800, 16, 120)).toEqual(presenterLayout(2, 1280, 800));
		// 200 px of words and bar: the drawing gives up 52 px of its 628 and the words get theirs
		const roomy = presenterLayout(2, 1280, 800, 16, 200);
		expect(roomy.height).toBe(576);
		expect(800 - 2 * 12 - roomy.height).toBeGreaterThanOrEqual(200);
		// more words than that: the drawing shrinks no further than the rule (90 % of the width here)
		const wordy = presenterLayout(2, 1280, 800, 16, 2000);
		expect(wordy.width / 1280).toBeGreaterThanOrEqual(0.9);
		expect(wordy.width).toBeLessThan(roomy.width + 2);
		// a measurement that is not a number leaves the drawing as it would be without one
		expect(presenterLayout(2, 1280, 800, 16, NaN)).toEqual(presenterLayout(2, 1280, 800));
	});

	it('on a screen taller than wide, gives way to the words and the bar down to the labels’ floor', () => {
		// TRPV1's portrait drawing on a tablet held upright, 388 px of words and bar, labels at 20 px from 571 px tall
		const tablet = presenterLayout(0.8, 768, 1024, 16, 388, { leastHeight_px: 571 });
		expect(tablet).toEqual({ text: 'below', width: 489, height: 612, cramped: false });
		// more words than the floor allows: the drawing stops at it, and the bar lies over the words
		const wordy = presenterLayout(0.8, 768, 1024, 16, 600, { leastHeight_px: 571 });
		expect(wordy.height).toBe(571);
		expect(wordy.cramped).toBe(true);
		// a phone, whose labels are under the floor at the rule's size, keeps the rule
		expect(presenterLayout(0.8, 390, 844, 16, 388, { leastHeight_px: 571 })).toEqual(
			presenterLayout(0.8, 390, 844, 16, 388)
		);
		// a screen wider than tall keeps the rule whatever the floor (issue 11's figures at 1280 × 800)
		expect(presenterLayout(2, 1280, 800, 16, 2000, { leastHeight_px: 100 })).toEqual(
			presenterLayout(2, 1280, 800, 16, 2000)
		);
		// a floor that is not a number leaves the rule
		expect(presenterLayout(0.8, 768, 1024, 16, 388, { leastHeight_px: NaN })).toEqual(
			presenterLayout(0.8, 768, 1024, 16, 388)
		);
	});

	it('on a screen taller than wide, never draws smaller than the floor or the rule, whichever is less', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.4, max: 3, noNaN: true }),
				fc.integer({ min: 320, max: 1400 }),
				fc.integer({ min: 0, max: 3000 }),
				fc.integer({ min: 50, max: 3000 }),
				(aspect, width, wordsRoom, least) => {
					const height = width + 200;
					const drawn = presenterLayout(aspect, width, height, 16, wordsRoom, { leastHeight_px: least });
					const rule = presenterLayout(aspect, width, height, 16, wordsRoom);
					return drawn.text === rule.text && drawn.height >= Math.min(rule.height, Math.floor(least)) - 1;
				}
			)
		);
	});

	it('draws beside the words when asked, as large as the column leaves it', () => {
		const beside = presenterLayout(0.56, 768, 1024, 16, 0, { text: 'beside' });
		expect(beside.text).toBe('beside');
		expect(beside.width).toBeLessThanOrEqual(768 - 16 * 16 - 3 * 12);
	});

	it('widens the words’ column with the text at 200 %, the drawing keeping its rule', () => {
		const normal = presenterLayout(0.8, 1280, 800, 16);
		const large = presenterLayout(0.8, 1280, 800, 32);
		expect(large.text).toBe('beside');
		expect(1280 - large.width).toBeGreaterThanOrEqual(16 * 32);
		expect(large.height / 800).toBeGreaterThanOrEqual(0.85);
		expect(normal.height).toBeGreaterThanOrEqual(large.height);
	});

	it('puts the words under a drawing on a phone held upright', () => {
		expect(presenterLayout(0.8, 390, 844).text).toBe('below');
	});

	it('meets the size rule for any drawing shape on any screen from a phone to a 4K wall', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.4, max: 3, noNaN: true }),
				fc.integer({ min: 320, max: 3840 }),
				fc.integer({ min: 480, max: 2160 }),
				fc.constantFrom(16, 20, 32),
				fc.integer({ min: 0, max: 3000 }),
				(aspect, width, height, rem, wordsRoom) => meetsRule(aspect, width, height, rem, wordsRoom)
			)
		);
	});

	it('never draws outside the screen', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.1, max: 10, noNaN: true }),
				fc.integer({ min: 100, max: 3840 }),
				fc.integer({ min: 100, max: 2160 }),
				fc.integer({ min: 0, max: 3000 }),
				(aspect, width, height, wordsRoom) => {
					const drawn = presenterLayout(aspect, width, height, 16, wordsRoom);
					return drawn.width <= width && drawn.height <= height && drawn.width >= 0 && drawn.height >= 0;
				}
			)
		);
	});

	it('gives a finite box for measurements that are not numbers, zero or negative', () => {
		for (const [aspect, width, height] of [
			[NaN, 1280, 800],
			[0, 1280, 800],
			[-1, 1280, 800],
			[Infinity, 1280, 800],
			[1, 0, 0],
			[1, NaN, -5]
		]) {
			const drawn = presenterLayout(aspect!, width!, height!);
			expect(Number.isFinite(drawn.width) && Number.isFinite(drawn.height)).toBe(true);
			expect(drawn.width).toBeGreaterThan(0);
			expect(drawn.height).toBeGreaterThan(0);
		}
	});
});

describe('presenterArrangement', () => {
	it('asks for the landscape drawing on a screen wider than tall, when the figure has one', () => {
		expect(presenterArrangement(['portrait', 'landscape'], 1280, 800)).toBe('landscape');
	});

	it('keeps the portrait drawing on an upright screen, or for a figure that draws only that', () => {
		expect(presenterArrangement(['portrait', 'landscape'], 800, 1280)).toBe('portrait');
		expect(presenterArrangement(['portrait'], 1280, 800)).toBe('portrait');
		expect(presenterArrangement(undefined, 1280, 800)).toBe('portrait');
	});
});
