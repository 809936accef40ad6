import { describe, expect, it } from 'vitest';
import { besideWord, distanceTo, uncoverBy } from '$lib/components/term-placement';

// Where a glossary definition is drawn (TermTip), in the window's coordinates, with its 8 px margin.
const box = (left: number, top: number, width: number, height: number) => ({
	left,
	top,
	right: left + width,
	bottom: top + height,
	height
});
const view = { right: 700, width: 1000, height: 800 };
const word = box(100, 100, 60, 20);

describe('besideWord', () => {
	it('leaves a bubble that fits under its word where it is', () => {
		expect(besideWord(box(100, 120, 300, 80), 0, word, view)).toEqual({ shift: 0, above: false });
	});

	it('moves a bubble back inside the text’s column, not the window', () => {
		const { shift } = besideWord(box(500, 120, 300, 80), 0, word, view);
		expect(500 + shift + 300).toBe(700);
	});

	it('measures from where the bubble stood before the last move', () => {
		// drawn 100 px to the left by the last placement: the same answer as unmoved
		expect(besideWord(box(400, 120, 300, 80), -100, word, view)).toEqual(
			besideWord(box(500, 120, 300, 80), 0, word, view)
		);
	});

	it('keeps its left margin when the column is narrower than the bubble', () => {
		const { shift } = besideWord(box(20, 120, 300, 80), 0, word, { ...view, right: 200 });
		expect(20 + shift).toBe(8);
	});

	it('opens above a word low in the window, with room above', () => {
		expect(besideWord(box(100, 770, 300, 80), 0, box(100, 750, 60, 20), view).above).toBe(true);
		// no room above either: it stays below
		expect(besideWord(box(100, 70, 300, 780), 0, box(100, 50, 60, 20), view).above).toBe(false);
	});
});

describe('uncoverBy', () => {
	it('scrolls a word under its docked definition up above it, with the margin', () => {
		expect(uncoverBy(box(0, 700, 60, 20), box(0, 600, 300, 200))).toBe(720 + 8 - 600);
		expect(uncoverBy(box(0, 100, 60, 20), box(0, 600, 300, 200))).toBe(0);
	});
});

describe('distanceTo', () => {
	it('is 0 inside the box and the straight distance outside it', () => {
		expect(distanceTo(box(100, 100, 200, 100), 150, 150)).toBe(0);
		expect(distanceTo(box(100, 100, 200, 100), 150, 50)).toBe(50);
		expect(distanceTo(box(100, 100, 200, 100), 60, 230)).toBe(50);
	});
});
