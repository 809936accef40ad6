import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	balance,
	bestBalance,
	labelFloor_px,
	shorterSide,
	wordsFloor_px,
	type Candidate,
	type Fits,
	type Placement
} from '$lib/player/words-balance';

// The balance on a screen taller than wide (a tablet held upright, a portrait monitor), on measures made up
// here: words of `chars` characters, each 0.55 of the type's size wide, in lines 1.3 times its size, under a
// drawing or in the column beside it, with a bar `bar` px tall. At 900 × 1200 the presented sentence was
// 31.2 px beside 33.2–35 px labels (hydrodissection), and 25.2 px beside a tall pump (regression review D3).
const PAD = 12;
const wordsHeight = (chars: number, width: number, font: number) =>
	width <= 0 ? Infinity : Math.ceil((chars * 0.55 * font) / width) * 1.3 * font;

function candidates(
	screen: { width: number; height: number },
	drawing: { aspect: number; labelPerHeight: number },
	chars: number,
	bar: number
): Candidate[] {
	const width = screen.width - 2 * PAD;
	const room = screen.height - 2 * PAD - 1;
	const under: Placement = {
		arrangement: 'portrait',
		text: 'below',
		cramped: false,
		...drawing,
		maxHeight: Math.min(room, width / drawing.aspect)
	};
	const roomy: Fits = (height, font) => height + bar + wordsHeight(chars, width, font) <= room;
	const column = (height: number) => width - PAD - Math.floor(height * drawing.aspect);
	return [
		{ placement: under, fits: roomy },
		{
			placement: { ...under, cramped: true },
			fits: (height, font) => height + wordsHeight(chars, width, font) <= room,
			grows: roomy
		},
		{
			placement: {
				...under,
				text: 'beside',
				maxHeight: Math.min(room, (width - PAD - 256) / drawing.aspect)
			},
			fits: (height, font) => wordsHeight(chars, column(height), font) + bar <= room
		}
	];
}

describe('the sentence’s floor, by the screen’s shorter side', () => {
	it.each([
		// screen, the sentence's floor, the labels' floor
		[{ width: 1280, height: 800 }, 20, 20],
		[{ width: 1920, height: 1080 }, 27, 27],
		[{ width: 853, height: 480 }, 16, 20],
		// upright: what the same panel asks held sideways, not 2.5 % of its height (30 px at 900 × 1200)
		[{ width: 900, height: 1200 }, 22.5, 22.5],
		[{ width: 768, height: 1024 }, 19.2, 20],
		[{ width: 820, height: 1180 }, 20.5, 20.5],
		[{ width: 1024, height: 1366 }, 25.6, 25.6],
		[{ width: 390, height: 844 }, 16, 20]
	])('%o: sentence ≥ %d px, labels ≥ %d px', (screen, words, labels) => {
		expect(wordsFloor_px(shorterSide(screen), 16)).toBeCloseTo(words, 5);
		expect(labelFloor_px(shorterSide(screen))).toBeCloseTo(labels, 5);
	});
});

describe('bestBalance on a screen taller than wide', () => {
	const portraitMonitor = { width: 900, height: 1200 };
	const floor = wordsFloor_px(shorterSide(portraitMonitor), 16);

	it('keeps a wide drawing’s sentence no smaller than its labels (hydrodissection at 900 × 1200)', () => {
		const best = bestBalance(
			candidates(portraitMonitor, { aspect: 1.4, labelPerHeight: 0.05 }, 420, 64),
			portraitMonitor,
			floor,
			240
		)!;
		expect(best.text).toBe('below');
		expect(best.words_px).toBeGreaterThanOrEqual(Math.floor(best.label * 10) / 10);
	});

	it('puts the words under a tall drawing rather than beside it where its labels stay readable (the pump)', () => {
		const made = candidates(portraitMonitor, { aspect: 0.6, labelPerHeight: 0.026 }, 150, 64);
		const best = bestBalance(made, portraitMonitor, floor, 240)!;
		expect(best.text).toBe('below');
		// beside, its words would be whole and its labels readable too: not reason enough on an upright screen
		const beside = balance(made[2]!.placement, portraitMonitor, floor, 240, made[2]!.fits);
		expect(beside?.label ?? 0).toBeGreaterThan(labelFloor_px(900));
		expect(best.words_px).toBeGreaterThanOrEqual(Math.floor(best.label * 10) / 10);
	});

	it('leaves the bar its row before it fills the screen: a finger steps the figure, and each tap brings the bar', () => {
		const tablet = { width: 768, height: 1024 };
		const made = candidates(tablet, { aspect: 0.8, labelPerHeight: 0.04 }, 300, 64);
		const best = bestBalance(made, tablet, wordsFloor_px(768, 16), 200)!;
		expect(best.cramped).toBe(false);
		expect(best.meetsRule).toBe(false);
	});

	it('finds nothing where no layout keeps labels readable (a phone: the drawing gives way by the older rules)', () => {
		const phone = { width: 390, height: 844 };
		const made = candidates(phone, { aspect: 0.75, labelPerHeight: 0.018 }, 420, 64);
		expect(bestBalance(made, phone, wordsFloor_px(390, 16), 168)).toBeUndefined();
	});

	it('for any upright screen, drawing and words: labels readable, the sentence no smaller, every word whole, beside only where nothing under it is readable', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 600, max: 1440 }),
				fc.double({ min: 1.05, max: 1.8, noNaN: true }),
				fc.double({ min: 0.5, max: 2.2, noNaN: true }),
				fc.double({ min: 0.015, max: 0.07, noNaN: true }),
				fc.integer({ min: 40, max: 900 }),
				fc.integer({ min: 40, max: 120 }),
				(width, tallness, aspect, labelPerHeight, chars, bar) => {
					const screen = { width, height: Math.round(width * tallness) };
					const made = candidates(screen, { aspect, labelPerHeight }, chars, bar);
					const side = shorterSide(screen);
					const floor = wordsFloor_px(side, 16);
					const least = 0.2 * screen.height;
					const labels = labelFloor_px(side);
					const best = bestBalance(made, screen, floor, least);
					const each = made.map((c) => balance(c.placement, screen, floor, least, c.fits));
					const readable = (found: (typeof each)[number]) => Boolean(found && found.label >= labels);
					if (!best) return !each.some(readable);
					const fits = made.find(
						(c) => c.placement.text === best.text && c.placement.cramped === best.cramped
					)!;
					return (
						best.label >= labels &&
						best.words_px >= Math.max(floor, best.label) - 0.1 &&
						fits.fits(best.height, best.words_px) &&
						(best.text === 'below' || !each.some((found) => found?.text === 'below' && readable(found))) &&
						(!best.cramped || !readable(each[0]))
					);
				}
			),
			{ numRuns: 500 }
		);
	});
});
