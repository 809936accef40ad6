import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { createRng, SKIN_mm } from '$lib/physiology';
import { FIGURE_WIDTH, LABEL_CHAR_WIDTH, type Tick } from '$lib/figure/axis';
import { band, sideBySide } from '$lib/figure/parts';
import { CHART_MINUTES, type CushionFrame, type CushionModel } from './model';

/**
 * Where everything of the cushion figure goes, in viewBox units (480 × 860), for one frame. The skin layers
 * are drawn to scale (12 units per mm); the joint below the break is a sketch. Pure: the same frame always
 * gives the same picture (seeded particle positions), on the server and in the browser.
 */
export const VIEWBOX = { width: FIGURE_WIDTH, height: 860 } as const;

/** viewBox units per millimetre of tissue */
export const PER_MM = 12;
/**
 * The thickness each layer is drawn, mm: the epidermis and dermis as SKIN_mm gives them; the subcutis 12 mm,
 * a drawing choice inside SKIN_mm's 10–15 mm; the muscle 6 mm, a drawing choice too (only its top is shown).
 */
export const DRAWN_mm = {
	epidermis: SKIN_mm.epidermis,
	dermis: SKIN_mm.dermis,
	subcutis: 12,
	muscle: 6
} as const;
const SKIN_Y = 64;
export const LAYER_Y = (() => {
	const epidermis = SKIN_Y + DRAWN_mm.epidermis * PER_MM;
	const dermis = epidermis + DRAWN_mm.dermis * PER_MM;
	const subcutis = dermis + DRAWN_mm.subcutis * PER_MM;
	const muscle = subcutis + DRAWN_mm.muscle * PER_MM;
	return { skin: SKIN_Y, epidermis, dermis, subcutis, muscle };
})();
/** the layers drawn under the epidermis line: each band from its top to its bottom */
export const SKIN_BANDS = [
	{ kind: 'dermis', top: LAYER_Y.epidermis, bottom: LAYER_Y.dermis },
	{ kind: 'subcutis', top: LAYER_Y.dermis, bottom: LAYER_Y.subcutis },
	{ kind: 'muscle', top: LAYER_Y.subcutis, bottom: LAYER_Y.muscle }
] as const;
export const JOINT = { top: 336, bottom: 460, left: 196, right: 460 };
export const LEGEND_Y = 500;
/** the chart's header: the readout and the elapsed time on one line, the axis's name under it */
export const HEADER = { readoutY: 538, titleY: 568 };
/** left: room for "100" set right of its tick, with a reader's wider letter spacing too (WCAG 1.4.12) */
export const CHART = { left: 62, right: 450, top: 580, bottom: 790 };
const RATIO_MAX = 1.25;

/**
 * Side by side (parts.ts), for a wide screen: the tissue (the skin to scale and the joint below it) on the
 * left; the mediators' legend and the chart of their concentration beside it.
 */
export const LANDSCAPE = sideBySide({ width: 980, height: 464 }, { left: 'tissue', right: 'chart' }, [
	band(LEGEND_Y - 22, VIEWBOX.height),
	{ x: 500, y: 41 }
]);

/** Half the width and height of a mediator glyph (a triangle, a diamond), viewBox units. */
export const MEDIATOR_HALF = 10;
/** A bold label's character, a little wider than the kit's regular estimate. */
const BOLD_CHAR_WIDTH = LABEL_CHAR_WIDTH * 1.1;
/** A 21-unit label's box around its baseline: what rises above it and what hangs below. */
const LABEL_ASCENT = 20;
const LABEL_DESCENT = 6;

/**
 * The mediators drawn: the two cytokines whose blood half-lives frame the curve's chosen clearance (TNF-α,
 * IL-1β; science.md D).
 * Prostaglandins, cleared in seconds to minutes, are not what the curve follows, so they are not drawn.
 */
export type MediatorKind = 'tnf' | 'il1';
export interface Mediator {
	x: number;
	y: number;
	kind: MediatorKind;
	/** its outline, drawn once: a triangle (TNF-α) or a diamond (IL-1β) */
	d: string;
}

/** A mediator's outline centred on (x, y): its shape says its kind, never its colour alone. */
export function mediatorPath(kind: MediatorKind, x: number, y: number): string {
	if (kind === 'tnf') return `M${x} ${y - 10} L${x + 10} ${y + 7} L${x - 10} ${y + 7} Z`;
	return `M${x} ${y - 10} L${x + 9} ${y} L${x} ${y + 10} L${x - 9} ${y} Z`;
}
const mediatorAt = (kind: MediatorKind, x: number, y: number): Mediator => ({
	x,
	y,
	kind,
	d: mediatorPath(kind, x, y)
});
export interface Box {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

const TISSUE = { left: 196, right: 470 };
const CUSHION_CENTRE = { x: 330, y: (LAYER_Y.dermis + LAYER_Y.subcutis) / 2 };
const KINDS: MediatorKind[] = ['tnf', 'il1'];

// Fixed seed: the same particles on every load. Each has a threshold: inside the cushion it shows only
// while the local concentration is above it, so the density on screen follows C/C0. Made once, with their
// outlines: a frame picks which ones show, the same objects every time, so a figure drawing them by
// identity only adds or removes the ones that appear or vanish.
const tissueSeeds = (() => {
	const rng = createRng(2025);
	const columns = 9;
	const rows = 5;
	const out: (Mediator & { threshold: number; box: Box })[] = [];
	for (let r = 0; r < rows; r++) {
		for (let c = 0; c < columns; c++) {
			const x =
				TISSUE.left + 14 + c * ((TISSUE.right - TISSUE.left - 28) / (columns - 1)) + (rng.next() - 0.5) * 12;
			const y =
				LAYER_Y.epidermis +
				14 +
				r * ((LAYER_Y.subcutis - LAYER_Y.epidermis - 28) / (rows - 1)) +
				(rng.next() - 0.5) * 10;
			out.push({
				// in a checkerboard: no two neighbours of a row or a column of the same kind
				...mediatorAt(KINDS[(r + c) % KINDS.length]!, x, y),
				threshold: rng.next(),
				box: mediatorBox({ x, y })
			});
		}
	}
	return out;
})();
/** every mediator the tissue can show, for tests and layout checks */
export const TISSUE_MEDIATOR_COUNT = tissueSeeds.length;

/** the chart's legend: each mediator's shape, its name beside it (LEGEND_NAME_DX to the right) */
export const LEGEND: readonly Mediator[] = [
	mediatorAt('tnf', 22, LEGEND_Y - 7),
	mediatorAt('il1', 144, LEGEND_Y - 7)
];
export const LEGEND_NAME_DX = 14;

const jointMediators: Mediator[] = [0, 1, 2, 3, 4, 5, 6].map((i) =>
	mediatorAt(
		KINDS[i % KINDS.length]!,
		JOINT.left + 40 + i * 32,
		(JOINT.top + JOINT.bottom) / 2 + (i % 2 === 0 ? -4 : 4)
	)
);

const x = scaleLinear().domain([0, CHART_MINUTES]).range([CHART.left, CHART.right]);
const y = scaleLinear().domain([0, RATIO_MAX]).range([CHART.bottom, CHART.top]).clamp(true);
// the same every frame: the axes do not follow the model
const X_TICKS: Tick[] = [0, 60, 120, 180, 240].map((t) => ({ at: x(t), label: String(t) }));
const Y_TICKS: Tick[] = [0, 0.5, 1].map((v) => ({ at: y(v), label: String(v * 100) }));

export interface CushionLayout {
	cushion: { cx: number; cy: number; rx: number; ry: number } | null;
	/** where the cushion's name goes, when the cushion is wide enough to hold it */
	salineLabel: { x: number; y: number } | null;
	/** the needle while the bolus goes in: its tip and how visible it is */
	needle: { x: number; tipY: number; width: number; opacity: number };
	mediators: Mediator[];
	jointMediators: Mediator[];
	/** before and while the bolus goes in, the line so far (the drop at t = 0); null after: the chart's */
	dropPath: string | null;
	cursor: { x: number; y: number };
}

/** A label's box, estimated from its length: anchored in the middle or at its end. */
export function labelBox(
	at: { x: number; y: number },
	chars: number,
	anchor: 'middle' | 'end',
	charWidth = BOLD_CHAR_WIDTH
): Box {
	const width = chars * charWidth;
	const left = anchor === 'middle' ? at.x - width / 2 : at.x - width;
	return { left, right: left + width, top: at.y - LABEL_ASCENT, bottom: at.y + LABEL_DESCENT };
}

const overlaps = (a: Box, b: Box) =>
	a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
/** the room a mediator takes, with a margin (a function declaration: the seeds above are made with it) */
function mediatorBox(m: { x: number; y: number }, margin = 2): Box {
	return {
		left: m.x - MEDIATOR_HALF - margin,
		right: m.x + MEDIATOR_HALF + margin,
		top: m.y - MEDIATOR_HALF - margin,
		bottom: m.y + MEDIATOR_HALF + margin
	};
}

/** `salineChars`: how long the cushion's name is in the reader's language, to keep particles off it. */
export function cushionLayout(model: CushionModel, frame: CushionFrame, salineChars: number): CushionLayout {
	// The cushion's size grows with the cube root of its volume (it swells in three dimensions), capped so
	// it stays inside the subcutis and the figure; it shrinks as the saline is absorbed.
	const volume = frame.bolusLeft_mL;
	const grow = Math.cbrt(Math.max(0, volume) / 5);
	const cushion =
		volume > 0.05
			? {
					cx: CUSHION_CENTRE.x,
					cy: CUSHION_CENTRE.y,
					rx: Math.min(138, 40 * grow),
					ry: Math.min((LAYER_Y.subcutis - LAYER_Y.dermis) / 2 - 6, 22 * grow)
				}
			: null;

	const inside = (m: { x: number; y: number }) =>
		cushion !== null && ((m.x - cushion.cx) / cushion.rx) ** 2 + ((m.y - cushion.cy) / cushion.ry) ** 2 < 1;
	// the cushion's name sits in its middle when it is wide enough: no particle on or under it
	const salineLabel = cushion && cushion.rx > 60 ? { x: cushion.cx, y: cushion.cy + 7 } : null;
	const labelArea = salineLabel && labelBox(salineLabel, salineChars, 'middle');
	const mediators: Mediator[] = tissueSeeds.filter(
		(seed) =>
			(!inside(seed) || seed.threshold < frame.ratio) && (!labelArea || !overlaps(seed.box, labelArea))
	);

	// The line on the chart: before the injection it sits at 1; the injection drops it at t = 0, drawn here
	// as it goes. After it, the chart's whole line (cushionChart) is revealed up to the cursor.
	const dropping = frame.injected < 1 || frame.t_min === 0;
	const drop: [number, number][] =
		frame.injected > 0
			? [
					[0, 1],
					[0, frame.ratio]
				]
			: [[0, 1]];

	return {
		cushion,
		salineLabel,
		needle: {
			x: CUSHION_CENTRE.x,
			// the tip stops in the cushion, just above its name
			tipY: CUSHION_CENTRE.y - 14,
			// a 26 G needle, 0.45 mm across, to scale
			width: 0.45 * PER_MM,
			opacity: frame.needle
		},
		mediators,
		jointMediators,
		dropPath: dropping ? (ratioLine(drop) ?? '') : null,
		cursor: { x: x(frame.injected < 1 ? 0 : frame.t_min), y: y(frame.ratio) }
	};
}

const ratioLine = line<[number, number]>()
	.x((d) => x(d[0]))
	.y((d) => y(d[1]));

/** What the chart draws that depends on the model alone: made once per change of the parameters. */
export interface CushionChart {
	/** the whole four hours: 1 before, the drop at t = 0, then C/C0; revealed up to the present (Trace) */
	ratioPath: string;
	/** the claimed "washout": C/C0 kept at its lowest, and its label's baseline (under the line if it fits) */
	washout: { path: string; labelY: number };
	/** C/C0 = 1, the level the joint keeps, and its label's baseline */
	baselineY: number;
	jointLabelY: number;
	xTicks: Tick[];
	yTicks: Tick[];
}

export function cushionChart(model: CushionModel): CushionChart {
	const { series } = model;
	const points: [number, number][] = [
		[0, 1],
		...series.t_min.map((t, i): [number, number] => [t, series.ratio[i]!])
	];
	// The claimed washout's label goes under its line, where the curve never is, if it fits above the axis;
	// else just over it.
	const washoutY = y(series.minimumRatio);
	const under = washoutY + 24;
	return {
		ratioPath: ratioLine(points) ?? '',
		washout: {
			path:
				ratioLine([
					[0, series.minimumRatio],
					[CHART_MINUTES, series.minimumRatio]
				]) ?? '',
			labelY: under + LABEL_DESCENT <= CHART.bottom - 2 ? under : washoutY - 8
		},
		baselineY: y(1),
		jointLabelY: y(1) - 12,
		xTicks: X_TICKS,
		yTicks: Y_TICKS
	};
}
