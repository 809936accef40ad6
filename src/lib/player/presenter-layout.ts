import type { Arrangement } from './scene';

/**
 * Where a presentation puts the drawing, given its shape and the screen's: either the drawing at nearly
 * the screen's full height with the words in a column beside it (a tall drawing on a wide screen), or the
 * drawing across the screen with the words under it (a wide drawing, or a phone held upright). Of the two
 * it takes the one that draws larger. Either way the drawing meets the presentation's rule: at least 85 %
 * of the screen's height, or 90 % of its width when the screen is narrower than the drawing's shape
 * (pads here are well under those margins).
 */
export interface PresenterLayout {
	/** where the words go */
	text: 'beside' | 'below';
	/** the drawing's box, CSS px */
	width: number;
	height: number;
	/**
	 * under the drawing, the words and the control bar do not both fit in what the size rule leaves (a phone
	 * held upright): the words keep the room, and the bar lies over them while it is in use
	 */
	cramped: boolean;
	/**
	 * the words' denser type (player.css, data-dense-words) that leaves them and the bar their room under a
	 * drawing at its least, where their own size would not (arrangement-choice.ts)
	 */
	denseWords?: '' | 'more';
	/** the sentence's size, CSS px, where the balance set it (words-balance.ts) */
	words_px?: number;
}

/** The presented shell's style for a layout: the drawing's box, and the sentence's size where one is set. */
export function presentedStyle(layout: PresenterLayout | null): string | undefined {
	if (!layout) return undefined;
	const words = layout.words_px ? `; --words-px: ${layout.words_px}px` : '';
	return `--present-w: ${layout.width}px; --present-h: ${layout.height}px${words}`;
}

/** the room a screen keeps around the drawing, CSS px */
export const PAD_px = 12;
/** under the drawing, the words and the control bar have what the drawing leaves of this share of the height */
export const DRAWING_HEIGHT_SHARE = 0.86;
/**
 * beside it, a column of this share of the width, within bounds (in rem, so that at 200 % text the column
 * widens with its words) that keep sentences readable
 */
const COLUMN_SHARE = 0.3;
const COLUMN_MIN_rem = 16;
const COLUMN_MAX_rem = 32;

/**
 * The smallest label a presented drawing keeps when, on a screen taller than wide, it gives way to its words
 * (presenterLayout's `leastHeight_px`): issue 11's figure at 1280 × 800.
 */
export const LABEL_FLOOR_px = 20;

const finite = (value: number, fallback: number) => (Number.isFinite(value) && value > 0 ? value : fallback);

/**
 * `rootFont_px`: the page's rem, in CSS px. `wordsRoom_px`: the height the words (at their longest step) and
 * the control bar need under a drawing, when known: the drawing leaves them that room, as long as it still
 * meets the size rule — so the sentence is not cut in the middle of a line on a projector.
 *
 * `upright.leastHeight_px`: the height at which the drawing's smallest label would be LABEL_FLOOR_px. On a
 * screen taller than wide, the drawing gives way to its words and bar below the size rule, down to that
 * height. A tablet held upright: at 90 % of its width, TRPV1's portrait drawing left 126 px of the 224 its
 * words needed, with the bar over them; at 64 % of the width the words and the bar fit, and the labels are
 * 21 px. A phone, whose labels are under that floor at the rule's size, keeps the rule and the bar over the
 * words. `upright.text`: the words beside the drawing, or under it, whichever draws it larger.
 */
export function presenterLayout(
	drawingAspect: number,
	screenWidth: number,
	screenHeight: number,
	rootFont_px = 16,
	wordsRoom_px = 0,
	upright: { leastHeight_px?: number; text?: PresenterLayout['text'] } = {}
): PresenterLayout {
	// bad measurements (a drawing not yet laid out, a zero-sized window) give a square drawing on a laptop
	const aspect = finite(drawingAspect, 1);
	const width = finite(screenWidth, 1280);
	const height = finite(screenHeight, 800);
	const rem = finite(rootFont_px, 16);
	const room = Number.isFinite(wordsRoom_px) && wordsRoom_px > 0 ? wordsRoom_px : 0;

	const column = Math.min(COLUMN_MAX_rem * rem, Math.max(COLUMN_MIN_rem * rem, COLUMN_SHARE * width));
	const besideHeight = Math.max(0, Math.min(height - 2 * PAD_px, (width - column - 3 * PAD_px) / aspect));
	// the smallest drawing under which the words may go: the rule's share, of the width on a screen narrower
	// than the drawing's shape, else of the height (a pixel over, for the rounding down below)
	const ruleHeight = width / height < aspect ? (0.9 * width + 1) / aspect : 0.85 * height + 1;
	const belowHeight = Math.max(
		0,
		Math.min(
			height * DRAWING_HEIGHT_SHARE,
			(width - 2 * PAD_px) / aspect,
			Math.max(ruleHeight, height - 2 * PAD_px - room)
		)
	);

	const text = upright.text ?? (besideHeight >= belowHeight ? 'beside' : 'below');
	const least = upright.leastHeight_px ?? Infinity;
	const givenWay =
		height > width && Number.isFinite(least) && least > 0
			? Math.max(Math.min(ruleHeight, least), height - 2 * PAD_px - room)
			: Infinity;
	const drawn = text === 'beside' ? besideHeight : Math.min(belowHeight, givenWay);
	const cramped = text === 'below' && room > 0 && Math.floor(drawn) + room > height - 2 * PAD_px + 1;
	return { text, width: Math.floor(drawn * aspect), height: Math.floor(drawn), cramped };
}

/**
 * The arrangement a presentation asks of a figure: side by side on a screen wider than tall, when the
 * figure draws one; its portrait drawing otherwise.
 */
export function presenterArrangement(
	arrangements: readonly Arrangement[] | undefined,
	screenWidth: number,
	screenHeight: number
): Arrangement {
	return screenWidth > screenHeight && arrangements?.includes('landscape') ? 'landscape' : 'portrait';
}
