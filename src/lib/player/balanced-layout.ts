import { rootFontSize } from './arrangement';
import type { ArrangementStage } from './arrangement-choice';
import { PAD_px, presenterArrangement, type PresenterLayout } from './presenter-layout';
import type { Arrangement } from './scene';
import { smallestLabelUnits } from './smallest-label';
import {
	bestBalance,
	shorterSide,
	wordsFloor_px,
	type Candidate,
	type Fits,
	type Placement
} from './words-balance';

/** beside the drawing, the words keep a column at least this wide (presenter-layout.ts) */
const COLUMN_MIN_rem = 16;
/** the least drawing a balance tries, as a share of the screen's height */
const LEAST_SHARE = 0.2;

/**
 * The caption and the bar measured at any width, without moving what the screen shows: unseen copies of them,
 * laid out of the grid in the presented shell (so the shell's rules give them the same type), the caption
 * holding every step's words, as it does under the drawing (player.css): the longest step sets its height.
 * Each measure lays out the copy alone, not the figure: a balance tries a few dozen sizes. `done()` takes the
 * copies away.
 */
function copies(root: HTMLElement) {
	const box = document.createElement('div');
	box.setAttribute('aria-hidden', 'true');
	box.inert = true;
	// its own layout, which nothing outside it waits on
	box.style.cssText =
		'position:absolute;inset:0 auto auto 0;width:100%;height:100%;contain:strict;visibility:hidden;pointer-events:none';
	const copy = (selector: string) => {
		const found = root.querySelector<HTMLElement>(selector);
		const made = (found?.cloneNode(true) as HTMLElement | undefined) ?? document.createElement('div');
		// one id per page, one live region
		for (const each of [made, ...made.querySelectorAll('[id], [aria-live], [tabindex]')]) {
			for (const name of ['id', 'aria-live', 'tabindex']) each.removeAttribute(name);
		}
		made.style.cssText = 'position:static;height:auto;max-height:none;overflow:visible;margin:0';
		return box.appendChild(made);
	};
	const words = copy('.scene-caption');
	for (const each of words.querySelectorAll<HTMLElement>('.scene-reserve')) each.style.display = 'inline';
	const bar = copy('.scene-controls');
	root.appendChild(box);
	return {
		words(width: number, font_px: number) {
			words.style.width = `${width}px`;
			words.style.fontSize = `${font_px}px`;
			return words.offsetHeight;
		},
		bar(width: number) {
			bar.style.width = `${width}px`;
			return bar.offsetHeight;
		},
		done: () => box.remove()
	};
}

/** The screen's measures a balance works with. */
interface Room {
	screen: { width: number; height: number };
	/** the screen's height inside its pad, a pixel kept for the rounding of line boxes */
	height: number;
	/** its width inside its pad */
	width: number;
	rem: number;
	rowGap: number;
	columnGap: number;
}

/**
 * The candidates of one arrangement, drawn to read its shape and its smallest label: its words under the
 * drawing and beside it, where the column narrows as the drawing grows, in each the bar in a row of its own or
 * lying over them while in use (cramped).
 */
async function candidatesOf(
	root: HTMLElement,
	arrangement: Arrangement,
	stage: ArrangementStage,
	room: Room,
	measure: ReturnType<typeof copies>
): Promise<Candidate[]> {
	await stage.draw(arrangement);
	const svg = root.querySelector<SVGSVGElement>('.scene-stage svg');
	const view = svg?.viewBox?.baseVal;
	const units = svg ? smallestLabelUnits(svg) : Infinity;
	if (!svg || !view?.width || !view.height || !Number.isFinite(units)) return [];
	const aspect = view.width / view.height;
	// the drawing's box over the drawing itself (an inline SVG's line box), CSS px
	const stageBox = root.querySelector<HTMLElement>('.scene-stage')?.offsetHeight ?? 0;
	const over = Math.max(0, stageBox - svg.getBoundingClientRect().height);
	const { width, height, rowGap, columnGap } = room;
	const under: Placement = {
		arrangement,
		text: 'below',
		cramped: false,
		aspect,
		labelPerHeight: units / view.height,
		maxHeight: Math.min(height, width / aspect)
	};
	const bar = measure.bar(width);
	const column = (drawing: number) => width - columnGap - Math.floor(drawing * aspect);
	const roomy: Fits = (drawing, font) =>
		drawing + over + 2 * rowGap + measure.words(width, font) + bar <= height;
	const beside: Placement = {
		...under,
		text: 'beside',
		maxHeight: Math.min(height, (width - columnGap - COLUMN_MIN_rem * room.rem) / aspect)
	};
	const besideRoomy: Fits = (drawing, font) =>
		measure.words(column(drawing), font) + rowGap + measure.bar(column(drawing)) <= height;
	return [
		{ placement: under, fits: roomy },
		{
			placement: { ...under, cramped: true },
			fits: (drawing, font) => drawing + over + rowGap + measure.words(width, font) <= height,
			grows: roomy
		},
		{ placement: beside, fits: besideRoomy },
		// beside it, the bar lying over the words while in use (player.css): in a narrow column the bar wraps to
		// four rows, and at 853 × 480 its room alone held the needle-depth drawing to 329 px and 15 px labels
		// (clinician review 66), where without it the drawing fills the height with 20 px labels
		{
			placement: { ...beside, cramped: true },
			fits: (drawing, font) => measure.words(column(drawing), font) <= height,
			grows: besideRoomy
		}
	];
}

/**
 * The figure's layout by the balance (words-balance.ts): each arrangement it draws, the preferred one first,
 * with its words under it or beside it, then the best, left drawn and shown with its sentence's size. Undefined
 * where no layout keeps its words whole, or, on a screen taller than wide, its labels readable (the caller's
 * older rules then), or once the presentation is no longer `current`.
 */
export async function balancedLayout(
	root: HTMLElement,
	arrangements: readonly Arrangement[] | undefined,
	stage: ArrangementStage,
	current: () => boolean
): Promise<PresenterLayout | undefined> {
	delete root.dataset.denseWords;
	root.style.removeProperty('--words-grow');
	const preferred = presenterArrangement(arrangements, innerWidth, innerHeight);
	const order = [preferred, ...(arrangements ?? []).filter((each) => each !== preferred)];
	// measured once the page shows it presented (the shell's gaps, the caption's step and claims)
	await stage.draw(preferred);
	const screen = { width: innerWidth, height: innerHeight };
	const style = getComputedStyle(root);
	const room: Room = {
		screen,
		height: screen.height - 2 * PAD_px - 1,
		width: screen.width - 2 * PAD_px,
		rem: rootFontSize(),
		rowGap: parseFloat(style.rowGap) || 0,
		columnGap: parseFloat(style.columnGap) || 0
	};
	const measure = copies(root);
	const candidates: Candidate[] = [];
	for (const arrangement of order) {
		candidates.push(...(await candidatesOf(root, arrangement, stage, room, measure)));
		if (current()) continue;
		measure.done();
		return undefined;
	}
	const floor = wordsFloor_px(shorterSide(screen), room.rem);
	const best = bestBalance(candidates, screen, floor, LEAST_SHARE * screen.height);
	measure.done();
	if (!best) return undefined;
	const { text, width, height, cramped, words_px } = best;
	const layout: PresenterLayout = { text, width, height, cramped, words_px };
	await stage.draw(best.arrangement);
	await stage.show(layout);
	return layout;
}
