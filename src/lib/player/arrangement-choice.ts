import { rootFontSize } from './arrangement';
import { balancedLayout } from './balanced-layout';
import {
	LABEL_FLOOR_px,
	presenterArrangement,
	presenterLayout,
	type PresenterLayout
} from './presenter-layout';
import type { Arrangement } from './scene';
import { smallestLabelUnits } from './smallest-label';

/*
 * How a presentation lays a figure out where the balance (balanced-layout.ts) finds no layout that keeps the
 * words whole, or, on a screen taller than wide, the labels readable (a phone held upright): the arrangement
 * with the larger labels, the words' room under the drawing, then their type (layOut, at the end).
 */

/** A figure drawn in one arrangement for a presentation, measured on this screen. */
export interface Drawn {
	arrangement: Arrangement;
	/** its drawing's width over its height */
	aspect: number;
	layout: PresenterLayout;
	/** its smallest label as it would be shown, CSS px (0 where it cannot be measured) */
	label: number;
}

/** What the presenter lends the choice: drawing the figure in an arrangement, and showing a layout (each waits for the page). */
export interface ArrangementStage {
	draw(arrangement: Arrangement): Promise<void>;
	show(layout: PresenterLayout): Promise<void>;
}

async function measure(root: HTMLElement, arrangement: Arrangement, stage: ArrangementStage): Promise<Drawn> {
	await stage.draw(arrangement);
	const svg = root.querySelector<SVGSVGElement>('.scene-stage svg');
	const box = svg?.viewBox?.baseVal;
	const aspect = box ? box.width / box.height : NaN;
	const layout = presenterLayout(aspect, innerWidth, innerHeight, rootFontSize());
	const label = svg && box?.width ? (smallestLabelUnits(svg) * layout.width) / box.width : 0;
	return { arrangement, aspect, layout, label: Number.isFinite(label) ? label : 0 };
}

/**
 * Whether the longest step's words fit their box in `layout`, at the caption's size or, failing that, at each
 * of `densities` in turn (player.css, data-dense-words), the first that fits (else the last) left set. The
 * caption's reserve (every step's words, hidden beside the drawing) is laid out for the measure (player.css).
 */
async function fitType(
	root: HTMLElement,
	layout: PresenterLayout,
	stage: ArrangementStage,
	densities: readonly string[]
) {
	delete root.dataset.denseWords;
	root.dataset.measuringWords = '';
	await stage.show(layout);
	const caption = root.querySelector<HTMLElement>('.scene-caption');
	const fits = () => !caption || caption.scrollHeight - caption.clientHeight <= 1;
	let fit = fits();
	for (const density of densities) {
		if (fit) break;
		root.dataset.denseWords = density;
		fit = fits();
	}
	delete root.dataset.measuringWords;
	return fit;
}

/**
 * Whether, in `layout` with the words beside the drawing, the longest step's words fit their column whole.
 * Too long at the column's type size, they are tried at the size they would have under the wide drawing
 * (data-dense-words): the same type, beside a drawing twice as tall. (French at 1024 × 768 lost the portrait
 * drawing for 8 % more words than English.)
 */
async function wordsFitBeside(root: HTMLElement, layout: PresenterLayout, stage: ArrangementStage) {
	if (layout.text !== 'beside') return true;
	const fits = await fitType(root, layout, stage, ['']);
	if (!fits) delete root.dataset.denseWords;
	return fits;
}

/** Under the drawing, the height the words at their longest step (the caption's reserve) and the bar take, CSS px. */
function wordsRoom(root: HTMLElement): number {
	const caption = root.querySelector<HTMLElement>('.scene-caption');
	const controls = root.querySelector<HTMLElement>('.scene-controls');
	const gap = parseFloat(getComputedStyle(root).rowGap) || 0;
	return (caption?.scrollHeight ?? 0) + (controls?.offsetHeight ?? 0) + 2 * gap;
}

/**
 * Under the drawing (`drawn`, laid out at the screen's width), the words at their longest step (the caption
 * holds them all, invisibly) and the bar are measured, then the drawing leaves them their room.
 */
export async function leaveWordsTheirRoom(root: HTMLElement, drawn: Drawn, stage: ArrangementStage) {
	const { aspect, layout, label } = drawn;
	// the height at which its smallest label would be the floor (presenter-layout.ts): a tablet held upright
	const leastHeight_px = label > 0 ? (layout.width * LABEL_FLOOR_px) / label / aspect : Infinity;
	const under = (room: number) =>
		presenterLayout(aspect, innerWidth, innerHeight, rootFontSize(), room, { leastHeight_px });
	const below = under(wordsRoom(root));
	if (!below.cramped) return below;
	const beside = await wordsBesideIfWhole(root, below, aspect, stage);
	return beside.cramped ? ((await denserWordsClear(root, below, under, stage)) ?? below) : beside;
}

/**
 * Under a drawing at its least on an upright screen, the words in a denser type (player.css) where that leaves
 * them and the bar both their room: on a tablet at arm's length, 21–27 px words whole and clear of the bar read
 * better than larger ones the bar lies over whenever it is in use (the cushion and the pump at 744 × 1133, the
 * French TRPV1 at 768 × 1024). The layout says which type it needs (`denseWords`); none where neither does.
 */
async function denserWordsClear(
	root: HTMLElement,
	cramped: PresenterLayout,
	under: (room: number) => PresenterLayout,
	stage: ArrangementStage
) {
	if (innerHeight <= innerWidth) return undefined;
	await stage.show(cramped); // the words measured under the drawing, where trying them beside it left them
	for (const denseWords of ['', 'more'] as const) {
		root.dataset.denseWords = denseWords;
		const layout = under(wordsRoom(root));
		if (!layout.cramped) return { ...layout, denseWords };
	}
	delete root.dataset.denseWords;
	return undefined;
}

/**
 * On an upright screen, words under a tall drawing that the bar lies over (`cramped`, the drawing at its least)
 * go beside it instead where they fit there whole and the drawing stays as large, its labels at the floor or
 * over (at 90 % of it, the cushion on an iPad mini had 18 px labels in 190 px of empty screen).
 */
async function wordsBesideIfWhole(
	root: HTMLElement,
	cramped: PresenterLayout,
	aspect: number,
	stage: ArrangementStage
) {
	if (innerHeight <= innerWidth) return cramped;
	const beside = presenterLayout(aspect, innerWidth, innerHeight, rootFontSize(), 0, { text: 'beside' });
	if (beside.height >= cramped.height - 1 && (await wordsFitBeside(root, beside, stage))) return beside;
	return cramped;
}

/**
 * The words' type for the layout shown, rather than a line cut off a projected screen: the largest of the
 * caption's sizes (player.css, data-dense-words) at which the longest step's words fit their box. Beside the
 * drawing, too long for their column, they first take the size they would have under it (the pump's French
 * words on a tablet, at 32 px in a 288 px column, were cut in half); under a drawing at its least, with the bar
 * lying over them (cramped), a step smaller (French hydrodissection at 1024 × 768 lost its last line at 2.6vh
 * and fits at 2.4vh); and in either, where that is not enough, a step smaller again (the pump's French words
 * on an iPad mini lost their last line at 2.4vh; the cushion's on a 12.9" iPad, beside it, 100 px of them).
 */
export async function fitWords(root: HTMLElement, layout: PresenterLayout, stage: ArrangementStage) {
	delete root.dataset.denseWords;
	root.style.removeProperty('--words-grow');
	if (layout.text === 'below' && !layout.cramped) {
		if (layout.denseWords !== undefined) root.dataset.denseWords = layout.denseWords;
		else growWords(root);
		return;
	}
	await fitType(root, layout, stage, ['', 'more']);
}

/** how much larger words under a wide drawing may grow into the room it leaves them (player.css) */
const GROWTH = [1.6, 1.4, 1.2] as const;

/**
 * Under a wide drawing that leaves the words more room than they need, the words grow into it, as far as their
 * longest step still fits whole: K2P's sentence at 19 px on a 1280 × 720 projector left 300 px of it empty.
 */
function growWords(root: HTMLElement) {
	const caption = root.querySelector<HTMLElement>('.scene-caption');
	if (!caption) return;
	for (const grow of GROWTH) {
		root.style.setProperty('--words-grow', String(grow));
		if (caption.scrollHeight - caption.clientHeight <= 1) return;
	}
	root.style.removeProperty('--words-grow');
}

/**
 * The arrangement a presentation shows a figure in, left drawn. On a screen wider than tall a figure that draws
 * both is measured in both, and shown in the one whose smallest label is larger, as long as its words still fit:
 * the wide drawing on a 16:9 screen; on a 4:3 projector the portrait drawing beside the words, where they fit
 * (trpv1 presented wide at 1024 × 768 filled 42 % of the height, labels 17 px).
 */
export async function chooseArrangement(
	root: HTMLElement,
	arrangements: readonly Arrangement[] | undefined,
	stage: ArrangementStage
): Promise<Drawn> {
	const preferred = presenterArrangement(arrangements, innerWidth, innerHeight);
	delete root.dataset.denseWords;
	const first = await measure(root, preferred, stage);
	if (preferred !== 'landscape' || !arrangements?.includes('portrait')) return first;
	const portrait = await measure(root, 'portrait', stage);
	if (portrait.label > first.label && (await wordsFitBeside(root, portrait.layout, stage))) return portrait;
	await stage.draw('landscape');
	return first;
}

/**
 * The presentation's layout, worked out and shown: by the balance of the drawing and its sentence
 * (balanced-layout.ts); where it finds none (a phone held upright), by the arrangement's choice, the words' room
 * under the drawing and their type (above). `current`: whether the presentation it is for is still on.
 */
export async function layOut(
	root: HTMLElement,
	arrangements: readonly Arrangement[] | undefined,
	stage: ArrangementStage,
	current: () => boolean
) {
	if (await balancedLayout(root, arrangements, stage, current)) return;
	if (!current()) return;
	const drawn = await chooseArrangement(root, arrangements, stage);
	if (!current()) return;
	let layout = drawn.layout;
	await stage.show(layout);
	if (layout.text === 'below') {
		// laid out at the screen's width, the words and the bar are measured under the drawing
		if (!current()) return;
		layout = await leaveWordsTheirRoom(root, drawn, stage);
		await stage.show(layout);
	}
	// the words' type for the layout shown (which, leaving the words their room, may now put a tall drawing
	// beside them: the pump on a tablet held upright), and the drawing's size where no type is enough
	if (current()) await fitWords(root, layout, stage);
	if (current()) await giveWayToWords(root, layout, stage);
}

/** the least drawing the words may take room from, as a share of the screen's height */
const LEAST_DRAWING_SHARE = 0.2;

/**
 * Where even the densest type leaves the longest step's words cut (a phone held upright: the pump's French
 * words lost four lines under its drawing at the size rule, 113 px of the 207 they need, with nothing to say
 * that more was there), the drawing gives way to them, as on a screen wider than tall (words-balance.ts): the
 * tallest drawing, down to a fifth of the screen's height, beside or under which they fit whole.
 */
async function giveWayToWords(root: HTMLElement, layout: PresenterLayout, stage: ArrangementStage) {
	const caption = root.querySelector<HTMLElement>('.scene-caption');
	// beside the drawing, the caption's reserve (every step's words) is laid out for the measure (player.css)
	root.dataset.measuringWords = '';
	const fits = () => !caption || caption.scrollHeight - caption.clientHeight <= 1;
	const aspect = layout.width / layout.height;
	const sized = (height: number) => ({ ...layout, height, width: Math.floor(height * aspect) });
	let [low, high] = [Math.floor(LEAST_DRAWING_SHARE * innerHeight), layout.height];
	if (!fits() && Number.isFinite(aspect) && low < high) {
		await stage.show(sized(low));
		while (high - low > 1) {
			const mid = Math.floor((low + high) / 2);
			await stage.show(sized(mid));
			if (fits()) low = mid;
			else high = mid;
		}
		await stage.show(sized(low));
	}
	delete root.dataset.measuringWords;
}

/**
 * `run`, one run at a time: asked again while it runs (a window resized in the middle of a layout, whose
 * measures take a few frames), it runs once more when it ends, for the window as it is then. Each call's
 * promise settles once no run is left.
 */
export function oneAtATime(run: () => Promise<void>): () => Promise<void> {
	let running: Promise<void> | undefined;
	let again = false;
	const loop = async () => {
		try {
			do {
				again = false;
				await run();
			} while (again);
		} finally {
			running = undefined;
		}
	};
	return () => {
		if (running) again = true;
		else running = loop();
		return running;
	};
}
