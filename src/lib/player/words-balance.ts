import { LABEL_FLOOR_px } from './presenter-layout';
import type { Arrangement } from './scene';

/*
 * The balance a presentation strikes between the drawing and the step's sentence (on a screen taller than wide,
 * where it keeps the drawing's labels readable: bestBalance):
 * the sentence is never smaller than the drawing's smallest label (nor than the floor below), its words are
 * whole at their longest step, and the drawing is as large as that allows. Pure: the measures are the caller's
 * (balanced-layout.ts). A physiotherapist's patient read 18 px sentences beside 25–35 px labels at 1366 × 768;
 * a lecturer at 853 × 480 (1280 × 720 at 150 %) lost the pump's last line, the number read aloud.
 */

/**
 * The sentence's least size: the presenter's label rule as a share of the screen's shorter side (20 px labels
 * at 1280 × 800 are 2.5 % of its height, 28 px at 1920 × 1080 2.6 %), and never under the page's rem (a
 * reader's larger text). Under labels larger than that, the labels set it. The shorter side, not the height: a
 * monitor turned upright is read from the same chair as before (900 × 1200 asks 22.5 px, as 1200 × 900 does).
 * 2.5 % of its height, 30 px there, would ask more of the words than of the labels (20 px) in less room: upright,
 * the drawing is held by the screen's width, and the words' room under it shrinks as they grow.
 */
export const WORDS_FLOOR_SHARE = 0.025;
export const wordsFloor_px = (shorterSide: number, rootFont_px: number) =>
	Math.max(rootFont_px, WORDS_FLOOR_SHARE * shorterSide);

/** A screen's shorter side, CSS px: its height on a screen wider than tall, its width upright. */
export const shorterSide = (screen: { width: number; height: number }) =>
	Math.min(screen.width, screen.height);

/**
 * The sentence grows into room the drawing leaves, up to this much over its least (K2P at 1280 × 720), and no
 * further than this share of the screen's height (what the words under a drawing grew to before: 2.6 % of it,
 * by 1.6), unless its least is larger already.
 */
export const WORDS_GROWTH = 1.6;
export const WORDS_CEILING_SHARE = 0.042;

/** A way to lay a figure out: its drawing (arrangement, shape), where its words go, and the bar's place. */
export interface Placement {
	arrangement: Arrangement;
	text: 'beside' | 'below';
	/** under the drawing, the bar lies over the words while in use rather than taking a row of its own */
	cramped: boolean;
	/** the drawing's width over its height */
	aspect: number;
	/** its smallest label, CSS px, per CSS px of the drawing's height */
	labelPerHeight: number;
	/** the tallest the drawing can be in this placement, CSS px */
	maxHeight: number;
}

/** Whether, with the drawing `height` px tall, the words at `font_px` fit their room whole (with the bar). */
export type Fits = (height: number, font_px: number) => boolean;

export interface Balanced extends Placement {
	height: number;
	width: number;
	/** the drawing's smallest label, CSS px */
	label: number;
	/** the sentence's size, CSS px */
	words_px: number;
	/** the presentation's size rule: 85 % of the screen's height, or 90 % of its width on a narrower screen */
	meetsRule: boolean;
}

/** The presentation's size rule (issue 11) for a drawing of that size on that screen. */
export function meetsSizeRule(width: number, height: number, screenWidth: number, screenHeight: number) {
	return (
		height >= 0.85 * screenHeight ||
		(screenWidth / screenHeight < width / height && width >= 0.9 * screenWidth)
	);
}

/** The least size of the sentence beside a drawing `height` px tall. */
const leastWords = (placement: Placement, height: number, floor: number) =>
	Math.max(floor, placement.labelPerHeight * height);

/** A placement and the measure of its words' room. */
export interface Candidate {
	placement: Placement;
	fits: Fits;
	/**
	 * the room its sentence may grow into over its least, where that is not `fits`: cramped, only what leaves the
	 * bar its own room too (grown further, the words would only go further under the bar)
	 */
	grows?: Fits;
}

/**
 * The smallest label a presenter counts on reading from a patient's chair: LABEL_FLOOR_px, or the same share
 * of a larger screen's shorter side as the sentence's floor (27 px at 1920 × 1080, where 20 px would be a detail).
 */
export const labelFloor_px = (shorterSide: number) =>
	Math.max(LABEL_FLOOR_px, WORDS_FLOOR_SHARE * shorterSide);

/*
 * The presenter's rule, in the order a presenter asks it (better, below):
 * 1. labels readable from the chair (labelFloor_px): where no layout can, the largest labels, the bar over the
 *    words if that is what it takes (853 × 480: nothing else is readable);
 * 2. the drawing fills the screen (the size rule, meetsSizeRule: issue 11's promise to a room, 85 % of the
 *    height or 90 % of the width);
 * 3. the step's sentence readable while the bar is up: the bar has a row of its own, or the words sit beside
 *    the drawing. The bar is up at the very moment the presenter clicks to the next step: a cramped bar hid the
 *    whole new sentence for three seconds at 1366 × 768, where the cramped pump missed the size rule anyway,
 *    for labels 2 px larger (regression review D1). Where only the cramped layout fills the screen (the pump
 *    and the cushion at 1280 × 800 and 1920 × 1080), it is kept: the clicker's keys keep the bar away;
 * 4. the larger labels.
 * On a screen taller than wide, 3 comes before 2: there a finger steps the figure (a tablet held upright), and
 * each tap brings the bar up over a cramped sentence; the size rule, 90 % of the width, left upright tablets'
 * words under the bar before (arrangement-choice.ts, denserWordsClear), and presenter.spec asks it on screens
 * wider than tall only.
 */
const readable = (found: Balanced, floor: number) => found.label >= floor;
const upright = (screen: { width: number; height: number }) => screen.height > screen.width;

/** Whether `found` is better than `best` by the presenter's rule (above), on a screen whose label floor is `floor`. */
function better(found: Balanced, best: Balanced | undefined, floor: number, tall: boolean) {
	if (!best) return true;
	if (readable(found, floor) !== readable(best, floor)) return readable(found, floor);
	if (readable(found, floor)) {
		const byRule = found.meetsRule !== best.meetsRule ? found.meetsRule : undefined;
		const byBar = found.cramped !== best.cramped ? !found.cramped : undefined;
		return (tall ? (byBar ?? byRule) : (byRule ?? byBar)) ?? found.label > best.label;
	}
	// labels within half a pixel count as the same where one leaves the bar its row and the other does not
	if (found.cramped !== best.cramped && Math.abs(found.label - best.label) <= 0.5) return !found.cramped;
	return found.label > best.label;
}

/**
 * The least height at which `placement` could be better than `best` (a balance shorter than that cannot; see
 * better). A measure there tells whether to look further (a pixel short, for rounding).
 */
function couldBeat(
	best: Balanced | undefined,
	placement: Placement,
	screen: { width: number; height: number },
	floor: number
) {
	if (!best) return 0;
	const labelled = (label: number) => label / placement.labelPerHeight - 1;
	const larger = labelled(best.label - 0.5);
	// under labels short of the floor, larger labels beat it, and a drawing that reaches the floor is larger
	if (!readable(best, floor)) return larger;
	const least = labelled(floor);
	const across =
		screen.width / screen.height < placement.aspect ? (0.9 * screen.width) / placement.aspect : Infinity;
	// the height at which it keeps the size rule
	const keeps = Math.min(0.85 * screen.height, across) - 1;
	// by the bar alone: the same bar as the best's needs larger labels; a cramped one never beats a best that
	// leaves the bar its row; one that leaves it its row beats a cramped best at any readable height
	const byBar = placement.cramped === best.cramped ? larger : placement.cramped ? Infinity : least;
	if (!upright(screen))
		return Math.max(least, best.meetsRule ? Math.max(keeps, byBar) : Math.min(keeps, byBar));
	// upright, the bar first: the same bar as the best's needs the size rule or larger labels
	const byRule = best.meetsRule ? Math.max(keeps, larger) : Math.min(keeps, larger);
	return Math.max(least, placement.cramped === best.cramped ? byRule : byBar);
}

/**
 * The tallest drawing (whole px, `least` to `placement.maxHeight`) whose words, at its smallest label's size or
 * the floor, fit. Undefined where they do not fit even beside a drawing `least` px tall.
 */
export function balance(
	placement: Placement,
	screen: { width: number; height: number },
	floor: number,
	least: number,
	fits: Fits
): Balanced | undefined {
	const fitsAt = (height: number) => fits(height, leastWords(placement, height, floor));
	let low = Math.floor(Math.min(least, placement.maxHeight));
	let high = Math.floor(placement.maxHeight);
	if (!Number.isFinite(high) || low <= 0 || !fitsAt(low)) return undefined;
	if (fitsAt(high)) low = high;
	while (high - low > 1) {
		const mid = Math.floor((low + high) / 2);
		if (fitsAt(mid)) low = mid;
		else high = mid;
	}
	const width = Math.floor(low * placement.aspect);
	return {
		...placement,
		height: low,
		width,
		label: placement.labelPerHeight * low,
		words_px: Math.floor(leastWords(placement, low, floor) * 10) / 10,
		meetsRule: meetsSizeRule(width, low, screen.width, screen.height)
	};
}

/** The largest sentence, up to its growth and ceiling, that still fits beside the drawing found (to 0.25 px). */
function grown(found: Balanced, fits: Fits, side: number) {
	let small = found.words_px;
	let large = Math.max(small, Math.min(small * WORDS_GROWTH, WORDS_CEILING_SHARE * side));
	if (fits(found.height, large)) return Math.floor(large * 10) / 10;
	while (large - small > 0.25) {
		const mid = (small + large) / 2;
		if (fits(found.height, mid)) small = mid;
		else large = mid;
	}
	return Math.floor(small * 10) / 10;
}

/**
 * Of the candidates (the preferred arrangement's first), the best balance by the presenter's rule (better,
 * above): where no layout keeps labels readable (a zoomed laptop, a small projector), the drawing gives way to
 * its words. Its sentence then grows into the room left.
 * A candidate that cannot do better than the best so far is measured once (couldBeat).
 */
function bestOf(
	candidates: readonly Candidate[],
	screen: { width: number; height: number },
	floor: number,
	least: number
): Balanced | undefined {
	const labels = labelFloor_px(shorterSide(screen));
	let best: Balanced | undefined;
	let growth: Fits | undefined;
	for (const { placement, fits, grows } of candidates) {
		const from = Math.max(least, couldBeat(best, placement, screen, labels));
		if (from === Infinity) continue;
		const found = balance(placement, screen, floor, from, fits);
		if (found && better(found, best, labels, upright(screen))) [best, growth] = [found, grows ?? fits];
	}
	return best && growth ? { ...best, words_px: grown(best, growth, shorterSide(screen)) } : undefined;
}

/**
 * The best balance (bestOf, above). On a screen taller than wide (a tablet held upright, a portrait monitor),
 * the words go under the drawing, and beside it only where no layout under it keeps its labels readable (a tall
 * drawing beside a column of words is a sliver of an upright screen: the pump at 900 × 1200 had 25 px words
 * there); where neither keeps them readable (a phone held upright, 13–16 px labels at any size), nothing: the
 * caller's older rules, by which the drawing gives way to its words (arrangement-choice.ts).
 */
export function bestBalance(
	candidates: readonly Candidate[],
	screen: { width: number; height: number },
	floor: number,
	least: number
): Balanced | undefined {
	if (!upright(screen)) return bestOf(candidates, screen, floor, least);
	const labels = labelFloor_px(shorterSide(screen));
	for (const text of ['below', 'beside'] as const) {
		const found = bestOf(
			candidates.filter(({ placement }) => placement.text === text),
			screen,
			floor,
			least
		);
		if (found && readable(found, labels)) return found;
	}
	return undefined;
}
