import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	balance,
	bestBalance,
	labelFloor_px,
	meetsSizeRule,
	WORDS_CEILING_SHARE,
	WORDS_GROWTH,
	wordsFloor_px,
	type Candidate,
	type Fits,
	type Placement
} from '$lib/player/words-balance';

// The balance of a presented drawing and its sentence, on measures made up here: words of `chars` characters,
// each 0.55 of the type's size wide, in lines 1.3 times its size, under a drawing on a screen `height` px high.
const screen = { width: 1366, height: 768 };
const room = screen.height - 24;
const wordsHeight = (chars: number, width: number, font: number) =>
	Math.ceil((chars * 0.55 * font) / width) * 1.3 * font;
const under = (chars: number, bar = 100): Fits => {
	return (height, font) => height + bar + wordsHeight(chars, screen.width - 24, font) <= room;
};
const wide: Placement = {
	arrangement: 'landscape',
	text: 'below',
	cramped: false,
	aspect: 2,
	labelPerHeight: 0.042,
	maxHeight: (screen.width - 24) / 2
};

describe('balance', () => {
	it('draws as tall as leaves the words, at its smallest label’s size, their room whole', () => {
		const fits = under(400);
		const found = balance(wide, screen, 16, 150, fits)!;
		expect(found.words_px).toBeGreaterThanOrEqual(Math.floor(found.label * 10) / 10);
		expect(fits(found.height, found.words_px)).toBe(true);
		// a pixel taller, its labels larger, the words as large would not fit
		expect(fits(found.height + 1, wide.labelPerHeight * (found.height + 1))).toBe(false);
		expect(found.width).toBe(Math.floor(found.height * 2));
	});

	it('keeps the drawing at its largest where the words fit under it, and says whether it meets the size rule', () => {
		const found = balance(wide, screen, 16, 150, under(60, 20))!;
		expect(found.height).toBe(Math.floor(wide.maxHeight));
		expect(found.meetsRule).toBe(true);
	});

	it('holds the sentence to the floor under small labels', () => {
		const found = balance({ ...wide, labelPerHeight: 0.01 }, screen, 19, 150, under(60))!;
		expect(found.words_px).toBe(19);
	});

	it('finds nothing where the words do not fit even beside the least drawing', () => {
		expect(balance(wide, screen, 16, 150, under(100_000))).toBeUndefined();
	});

	it('for any words and drawing, the words fit whole at a sentence no smaller than the labels or the floor', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 10, max: 1500 }),
				fc.double({ min: 0.02, max: 0.08, noNaN: true }),
				fc.double({ min: 0.5, max: 4, noNaN: true }),
				fc.integer({ min: 0, max: 200 }),
				(chars, labelPerHeight, aspect, bar) => {
					const placement = { ...wide, aspect, labelPerHeight, maxHeight: Math.min(room, 1342 / aspect) };
					const fits = under(chars, bar);
					const found = balance(placement, screen, 16, 150, fits);
					if (!found) return !fits(150, Math.max(16, labelPerHeight * 150));
					return (
						fits(found.height, found.words_px) &&
						found.words_px >= Math.max(16, found.label) - 0.1 &&
						found.height <= placement.maxHeight
					);
				}
			)
		);
	});
});

describe('bestBalance', () => {
	const candidate = (placement: Partial<Placement>, fits: Fits, grows?: Fits): Candidate => ({
		placement: { ...wide, ...placement },
		fits,
		grows
	});

	it('keeps the size rule and the label floor before larger labels', () => {
		// a tall drawing beside the words, larger labels but short of 85 % of the height; a wide one across it
		const tall = candidate(
			{ arrangement: 'portrait', text: 'beside', aspect: 0.8, labelPerHeight: 0.06, maxHeight: 600 },
			() => true
		);
		const across = candidate({}, under(60, 20));
		const best = bestBalance([tall, across], screen, 16, 150)!;
		expect(best.arrangement).toBe('landscape');
		expect(best.meetsRule).toBe(true);
	});

	it('gives way to the words where nothing can keep the rule: the largest labels then', () => {
		const small = { width: 853, height: 480 };
		const a = candidate({ maxHeight: 300, labelPerHeight: 0.04 }, (height) => height <= 250);
		const b = candidate({ maxHeight: 300, labelPerHeight: 0.04, cramped: true }, (height) => height <= 280);
		expect(bestBalance([a, b], small, 16, 96)!.height).toBe(280);
	});

	it('leaves the bar its own row where that costs the labels less than half a pixel', () => {
		const free = candidate({}, (height) => height <= 500);
		const cramped = candidate({ cramped: true }, (height) => height <= 505);
		expect(bestBalance([cramped, free], screen, 16, 150)!.cramped).toBe(false);
	});

	it('fills the screen first; then leaves the bar its row where labels stay readable, before larger labels', () => {
		// the pump at 1366 × 768: the bar over its words missed the size rule anyway with 25 px labels, and hid
		// the whole new sentence each time the presenter clicked; in a row of its own, labels are 22 px
		// (a drawing 1.5 times as wide as tall: on this screen the size rule is 85 % of its height, 653 px)
		const missesRule = candidate({ cramped: true, aspect: 1.5, maxHeight: 700 }, (height) => height <= 620);
		const free = candidate({ aspect: 1.5, maxHeight: 700 }, (height) => height <= 540);
		const best = bestBalance([missesRule, free], screen, 16, 150)!;
		expect(best.cramped).toBe(false);
		expect(best.label).toBeGreaterThanOrEqual(labelFloor_px(screen.height));
		// where only the cramped layout fills the screen (85 % of its height), it is kept: the size rule first
		const fills = candidate({ cramped: true, aspect: 1.5, maxHeight: 700 }, (height) => height <= 660);
		const kept = bestBalance([fills, free], screen, 16, 150)!;
		expect(kept.cramped).toBe(true);
		expect(kept.meetsRule).toBe(true);
		// where the free layout's labels fall under the floor, the bar lies over the words
		const short = candidate({ aspect: 1.5, maxHeight: 700 }, (height) => height <= 400);
		expect(bestBalance([missesRule, short], screen, 16, 150)!.cramped).toBe(true);
	});

	it('for any candidates, lies the bar over the words only to fill the screen or keep labels readable', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						cramped: fc.boolean(),
						labelPerHeight: fc.double({ min: 0.02, max: 0.08, noNaN: true }),
						aspect: fc.double({ min: 0.5, max: 3, noNaN: true }),
						fitsTo: fc.integer({ min: 100, max: 760 })
					}),
					{ minLength: 1, maxLength: 6 }
				),
				(made) => {
					const candidates = made.map(({ fitsTo, ...placement }) =>
						candidate(
							{ ...placement, maxHeight: Math.min(room, 1342 / placement.aspect) },
							(height) => height <= fitsTo
						)
					);
					const best = bestBalance(candidates, screen, 16, 150);
					const each = candidates.map((c) => balance(c.placement, screen, 16, 150, c.fits));
					const floor = labelFloor_px(screen.height);
					const readable = each.filter((found) => found && found.label >= floor);
					if (!best) return each.every((found) => !found);
					if (readable.length === 0) {
						const largest = Math.max(...each.map((found) => found?.label ?? 0));
						return best.label >= largest - 0.5;
					}
					if (best.label < floor) return false;
					// a readable layout that fills the screen is chosen where one exists
					if (readable.some((found) => found!.meetsRule) && !best.meetsRule) return false;
					// among those equal by the size rule, the bar over the words only where all have it so
					return (
						!best.cramped || !readable.some((found) => found!.meetsRule === best.meetsRule && !found!.cramped)
					);
				}
			)
		);
	});

	it('grows the sentence into room left over, up to its growth, and no further than a cramped bar leaves it', () => {
		const roomy = bestBalance([candidate({}, () => true)], screen, 16, 150)!;
		const least = Math.floor(wide.labelPerHeight * roomy.height * 10) / 10;
		// up to its ceiling on this screen, a share of its height
		expect(roomy.words_px).toBeCloseTo(WORDS_CEILING_SHARE * screen.height, 0);
		// up to its growth on a screen whose ceiling is higher
		const tall = { width: 1366, height: 1366 };
		const grown = bestBalance([candidate({}, () => true)], tall, 16, 150)!;
		expect(grown.words_px).toBeCloseTo(Math.floor(least * WORDS_GROWTH * 10) / 10, 0);
		const cramped = bestBalance(
			[
				candidate(
					{ cramped: true },
					() => true,
					(_, font) => font <= least + 2
				)
			],
			screen,
			16,
			150
		)!;
		expect(cramped.words_px).toBeGreaterThanOrEqual(least);
		expect(cramped.words_px).toBeLessThanOrEqual(least + 2);
	});

	it('finds nothing where no candidate fits', () => {
		expect(bestBalance([candidate({}, () => false)], screen, 16, 150)).toBeUndefined();
	});
});

describe('the floor and the rule', () => {
	it('holds labels to 20 px, and on a taller screen to the same share of its height as the sentence', () => {
		expect(labelFloor_px(768)).toBe(20);
		expect(labelFloor_px(1080)).toBe(27);
	});

	it('holds the sentence to the label rule’s share of the height, and to the page’s rem', () => {
		expect(wordsFloor_px(800, 16)).toBe(20);
		expect(wordsFloor_px(1080, 16)).toBe(27);
		expect(wordsFloor_px(480, 18)).toBe(18);
	});

	it('is met at 85 % of the height, or 90 % of the width on a screen narrower than the drawing', () => {
		expect(meetsSizeRule(600, 680, 1280, 800)).toBe(true);
		expect(meetsSizeRule(1160, 380, 1280, 800)).toBe(true);
		expect(meetsSizeRule(1000, 500, 1280, 800)).toBe(false);
	});
});
