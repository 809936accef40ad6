import { SKIN_DEPTH_mm, SKIN_mm } from '$lib/physiology';
import { FIGURE_WIDTH, type Anchor } from '$lib/figure/axis';
import { clamp } from '$lib/math/clamp';
import { mixPoint } from '$lib/math/mix';
import {
	VOLUME_mL,
	type InjectionFrame,
	type InjectionModel,
	type NeedleFrame,
	type PlacedNeedle
} from './model';

/**
 * Where everything of the injection figure goes, in viewBox units (480 × 916), for one frame. The top part
 * is to scale (12 units per mm, needles included); the wrist below is a labelled sketch. Pure.
 */
export const VIEWBOX = { width: FIGURE_WIDTH, height: 916 } as const;

export const PER_MM = 12;
/** the skin surface, with room above it for the 13 mm needle and its hub before it goes in */
export const SKIN_Y = 230;
const HUB = { width: 22, height: 24 };
/**
 * The short needle left, the long one right: both clear of the layer labels on the left ("epidermis 0.1 mm"
 * ends near x = 206) and of the ruler's labels on the right.
 */
const NEEDLE_X = { short: 240, long: 360 } as const;
/**
 * A needle's name sits this far above its hub: the short one's ends over the right edge of its hub, the
 * long one's is centred on its needle. Once both are in, their names share a line, about 30 units apart,
 * and the long one's ("26 G × 13 mm", about 166 units in bold) ends 33 units from the right edge.
 */
const NAME_ABOVE_HUB = 24;
const NAME = {
	short: { dx: 6, anchor: 'end' },
	long: { dx: 0, anchor: 'middle' }
} as const satisfies Record<string, { dx: number; anchor: Anchor }>;
/** Where each needle's tip is written once it is in: two lines each, 26 units apart (a label's box is 24). */
export const TIP_TEXT_Y = { short: [60, 86], long: [118, 144] } as const;
/** depth drawn: the skin, 15 mm of fat at most, then 2 mm of muscle */
const DRAWN_mm = SKIN_DEPTH_mm + SKIN_mm.subcutisMax + 2;
/** the depth ruler: its line, and its labels' right edge */
export const RULER = { x: 466, labelX: 452 } as const;
const RULER_TICKS_mm = [0, 5, 10, 15];

export const depthY = (depth_mm: number) => SKIN_Y + depth_mm * PER_MM;

export const SKIN_LAYERS = {
	epidermis: depthY(SKIN_mm.epidermis),
	dermis: depthY(SKIN_DEPTH_mm),
	/** the fat ends between these two depths, depending on the person and the site */
	fatThin: depthY(SKIN_DEPTH_mm + SKIN_mm.subcutisMin),
	fatThick: depthY(SKIN_DEPTH_mm + SKIN_mm.subcutisMax),
	bottom: depthY(DRAWN_mm)
};
/** the layers drawn under the skin line; the band where the fat may end is muscle or fat, depending on the person */
export const SKIN_BANDS = [
	{ kind: 'dermis', top: SKIN_LAYERS.epidermis, bottom: SKIN_LAYERS.dermis },
	{ kind: 'subcutis', top: SKIN_LAYERS.dermis, bottom: SKIN_LAYERS.fatThick },
	{ kind: 'uncertain', top: SKIN_LAYERS.fatThin, bottom: SKIN_LAYERS.fatThick },
	{ kind: 'muscle', top: SKIN_LAYERS.fatThick, bottom: SKIN_LAYERS.bottom }
] as const;

/** the wrist sketch is drawn in its own frame, moved down by WRIST_SHIFT */
export const WRIST_SHIFT = 16;
export const WRIST = { top: 488, nerve: { cx: 240, cy: 640, rx: 46, ry: 22 }, probeY: 512, skinY: 540 };
export const TENDONS = [
	{ x: 150, y: 700 },
	{ x: 192, y: 704 },
	{ x: 234, y: 706 },
	{ x: 276, y: 706 },
	{ x: 318, y: 704 },
	{ x: 172, y: 740 },
	{ x: 214, y: 744 },
	{ x: 256, y: 744 },
	{ x: 298, y: 740 }
];

/** The fluid thickens as the cube root of its volume: 11 units for 1 mL, 24 for 10 mL. */
const spreadOf = (volume_mL: number) => 11 * Math.cbrt(Math.max(0, volume_mL));
/**
 * The nerve's name ends left of the largest cushion the slider can make, so the fluid never covers it, and
 * sits a little below the nerve's middle, clear of the ligament's rounded end (which reaches y = 630).
 */
export const NERVE_LABEL = {
	x: WRIST.nerve.cx - WRIST.nerve.rx - spreadOf(VOLUME_mL.max) - 8,
	y: WRIST.nerve.cy + 12
};
/**
 * The carpal bones, a wavy band under the tendons; it starts at x = 160 so that their name, left of it,
 * stays clear ("carpal bones" is about 134 units wide from x = 14).
 */
export const BONES_PATH =
	'M160 800 q15 -22 30 0 q25 -34 50 -4 q25 -30 50 0 q25 -30 50 -4 q25 -30 50 4 q20 -22 40 8 L430 828 L160 828 Z';

export interface DrawnNeedle {
	key: 'short' | 'long';
	x: number;
	width: number;
	/** shaft from top to tip, the hub above it */
	top: number;
	tip: number;
	hubTop: number;
	hubWidth: number;
	hubHeight: number;
	/** its name, above its hub */
	name: { x: number; y: number; anchor: Anchor };
	/** fully in: its tip is marked and its depth written */
	in: boolean;
}

export interface RulerTick {
	y: number;
	/** its label's baseline: level with the tick, but the "0" just above the skin line, not struck by it */
	labelY: number;
	depth_mm: number;
	/** the deepest tick carries the unit ("15 mm"), well clear of the "0" at the skin */
	unit: boolean;
}

export interface InjectionLayout {
	needles: { short: DrawnNeedle; long: DrawnNeedle };
	ticks: RulerTick[];
	wristNeedle: { x1: number; y1: number; x2: number; y2: number; opacity: number };
	fluid: { cx: number; cy: number; rx: number; ry: number } | null;
}

function drawn(key: DrawnNeedle['key'], needle: PlacedNeedle, frame: NeedleFrame): DrawnNeedle {
	// before it goes in, the tip rests on the skin; fully in, the hub rests on it
	const x = NEEDLE_X[key];
	const tip = SKIN_Y + frame.tip_mm * PER_MM;
	const top = tip - needle.length_mm * PER_MM;
	const hubTop = top - HUB.height;
	return {
		key,
		x,
		width: needle.diameter_mm * PER_MM,
		top,
		tip,
		hubTop,
		hubWidth: HUB.width,
		hubHeight: HUB.height,
		name: { x: x + NAME[key].dx, y: hubTop - NAME_ABOVE_HUB, anchor: NAME[key].anchor },
		in: frame.inserted > 0.99
	};
}

export function injectionLayout(model: InjectionModel, frame: InjectionFrame): InjectionLayout {
	const needles = {
		short: drawn('short', model.needles.short, frame.needles.short),
		long: drawn('long', model.needles.long, frame.needles.long)
	};

	// In the wrist, the needle comes in from the side, in the ultrasound plane, and stops beside the nerve.
	const { nerve } = WRIST;
	const approach = clamp(frame.wrist, 0, 1);
	const start = { x: 500, y: WRIST.skinY + 4 };
	const end = mixPoint(start, { x: nerve.cx + nerve.rx + 10, y: nerve.cy + 6 }, approach);
	const wristNeedle = { x1: start.x, y1: start.y, x2: end.x, y2: end.y, opacity: approach };

	// The fluid: first under the nerve, then all round it.
	const spread = spreadOf(frame.injected_mL);
	const fluid =
		frame.injected_mL > 0.01
			? {
					cx: nerve.cx,
					cy: nerve.cy + (1 - frame.fluid) * nerve.ry * 0.8,
					rx: nerve.rx + spread,
					ry: nerve.ry + spread * 0.7
				}
			: null;

	return {
		needles,
		ticks: RULER_TICKS_mm.map((depth_mm, i) => ({
			y: depthY(depth_mm),
			labelY: depth_mm === 0 ? SKIN_Y - 8 : depthY(depth_mm) + 7,
			depth_mm,
			unit: i === RULER_TICKS_mm.length - 1
		})),
		wristNeedle,
		fluid
	};
}
