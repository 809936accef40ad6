import { LABEL_FLOOR_px } from './presenter-layout';
import type { Arrangement } from './scene';

/*
 * The balance a presentation strikes on a screen wider than tall between the drawing and the step's sentence:
 * the sentence is never smaller than the drawing's smallest label (nor than the floor below), its words are
 * whole at their longest step, and the drawing is as large as that allows. Pure: the measures are the caller's
 * (balanced-layout.ts). A physiotherapist's patient read 18 px sentences beside 25–35 px labels at 1366 × 768;
 * a lecturer at 853 × 480 (1280 × 720 at 150 %) lost the pump's last line, the number read aloud.
 */

/**
 * The sentence's least size: the presenter's label rule as a share of the screen's height (20 px labels at
 * 1280 × 800 are 2.5 % of it, 28 px at 1920 × 1080 2.6 %), and never under the page's rem (a reader's larger
 * text). Under labels larger than that, the labels set it.
 */
export const WORDS_FLOOR_SHARE = 0.025;
export const wordsFloor_px = (screenHeight: number, rootFont_px: number) =>
	Math.max(rootFont_px, WORDS_FLOOR_SHARE * screenHeight);

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

/** Whether a balance keeps the presenter's rule: the size rule, and labels at the floor or over. */
const ruled = (found: Balanced) => found.meetsRule && found.label >= LABEL_FLOOR_px;

/**
 * Whether `found` is better than `best`: it keeps the presenter's rule where `best` does not; else its labels
 * are larger. Labels within half a pixel count as the same where one leaves the bar a row of its own (not
 * cramped) and the other does not: that one is better.
 */
function better(found: Balanced, best: Balanced | undefined) {
	if (!best) return true;
	if (ruled(found) !== ruled(best)) return ruled(found);
	if (found.cramped !== best.cramped && Math.abs(found.label - best.label) <= 0.5) return !found.cramped;
	return found.label > best.label;
}

/**
 * The least height at which `placement` could be better than `best` (a balance shorter than that cannot): a
 * balance that keeps the rule is beaten by one that keeps it too, with larger labels; one that does not, by one
 * that keeps it or has larger labels. A measure there tells whether to look further (a pixel short, for rounding).
 */
function couldBeat(
	best: Balanced | undefined,
	placement: Placement,
	screen: { width: number; height: number }
) {
	if (!best) return 0;
	const labelled = (label: number) => label / placement.labelPerHeight - 1;
	const across =
		screen.width / screen.height < placement.aspect ? (0.9 * screen.width) / placement.aspect : Infinity;
	const keeps = Math.max(Math.min(0.85 * screen.height, across), labelled(LABEL_FLOOR_px)) - 1;
	const larger = labelled(best.label - 0.5);
	return ruled(best) ? Math.max(keeps, larger) : Math.min(keeps, larger);
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
function grown(found: Balanced, fits: Fits, screenHeight: number) {
	let small = found.words_px;
	let large = Math.max(small, Math.min(small * WORDS_GROWTH, WORDS_CEILING_SHARE * screenHeight));
	if (fits(found.height, large)) return Math.floor(large * 10) / 10;
	while (large - small > 0.25) {
		const mid = (small + large) / 2;
		if (fits(found.height, mid)) small = mid;
		else large = mid;
	}
	return Math.floor(small * 10) / 10;
}

/**
 * Of the candidates (the preferred arrangement's first), the balance with the largest labels among those that
 * keep the size rule and the presenter's label floor; where none can (a zoomed laptop, a small projector), the
 * one with the largest labels: the drawing gives way to its words (better, above). Its sentence then grows into
 * the room left.
 * A candidate that cannot do better than the best so far is measured once (couldBeat).
 */
export function bestBalance(
	candidates: readonly Candidate[],
	screen: { width: number; height: number },
	floor: number,
	least: number
): Balanced | undefined {
	let best: Balanced | undefined;
	let growth: Fits | undefined;
	for (const { placement, fits, grows } of candidates) {
		const from = Math.max(least, couldBeat(best, placement, screen));
		const found = balance(placement, screen, floor, from, fits);
		if (found && better(found, best)) [best, growth] = [found, grows ?? fits];
	}
	return best && growth ? { ...best, words_px: grown(best, growth, screen.height) } : undefined;
}
