import { SKIN_DEPTH_mm, SKIN_mm } from '$lib/physiology';
import { FIGURE_WIDTH, type Anchor } from '$lib/figure/axis';
import { band, sideBySide } from '$lib/figure/parts';
import { clamp } from '$lib/math/clamp';
import type { Point } from '$lib/math/mix';
import type { NeedleDepthFrame, NeedleDepthModel, NeedleFrame, PlacedNeedle } from './model';

/**
 * Where everything of the needle-depth figure goes, in viewBox units (480 × 470), for one frame: the skin
 * and the needles to scale, 12 units per mm. Pure.
 */
export const VIEWBOX = { width: FIGURE_WIDTH, height: 470 } as const;

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
/**
 * Side by side (parts.ts), for a wide screen: the skin and the needles to scale on the left; where each
 * tip ends (the lines written above the skin in portrait) beside it, in the room above the skin, which
 * continues under them across the whole width (Figure.svelte), as a cross-section does: no half of a
 * projected figure stands empty.
 */
const SIDE = sideBySide({ width: 980, height: 470 }, { left: 'drawing', right: 'tips' }, [
	band(TIP_TEXT_Y.short[0] - 22, TIP_TEXT_Y.long[1] + 8, 440),
	{ x: 520, y: 84 }
]);
export const LANDSCAPE = {
	...SIDE,
	parts: {
		...SIDE.parts,
		/** the skin drawn again from the drawing's right edge to the figure's: its layers only, no words */
		skinBeyond: {
			from: { x: 0, y: SKIN_Y, width: SIDE.width - FIGURE_WIDTH, height: SIDE.height - SKIN_Y },
			to: { x: FIGURE_WIDTH, y: SKIN_Y }
		}
	}
};
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

export interface DrawnNeedle {
	key: 'short' | 'long';
	/** where it enters the skin */
	x: number;
	width: number;
	/**
	 * shaft from top to tip, the hub above it, as if it went straight down; the drawing turns it by `turn_deg`
	 * (clockwise) about where it enters, (x, SKIN_Y), so that it meets the skin at its angle
	 */
	top: number;
	tip: number;
	hubTop: number;
	hubWidth: number;
	hubHeight: number;
	turn_deg: number;
	/** where its tip is in the figure, once turned: to scale, its depth under the skin line */
	tipAt: Point;
	/** its name, above where its hub is when it goes straight in */
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

export interface NeedleDepthLayout {
	/** 0 → 1: the outline of the dermis, the band a tip must end in for an injection to be intradermal */
	dermisOutline: number;
	needles: { short: DrawnNeedle; long: DrawnNeedle };
}

/** the depth ruler's ticks: they change with neither the parameters nor the frame */
export const RULER_TICKS: readonly RulerTick[] = RULER_TICKS_mm.map((depth_mm, i) => ({
	y: depthY(depth_mm),
	labelY: depth_mm === 0 ? SKIN_Y - 8 : depthY(depth_mm) + 7,
	depth_mm,
	unit: i === RULER_TICKS_mm.length - 1
}));

function drawn(key: DrawnNeedle['key'], needle: PlacedNeedle, frame: NeedleFrame): DrawnNeedle {
	// before it goes in, the tip rests on the skin; fully in, the hub rests on it
	const x = NEEDLE_X[key];
	const along = needle.length_mm * frame.inserted * PER_MM;
	const tip = SKIN_Y + along;
	const top = tip - needle.length_mm * PER_MM;
	const hubTop = top - HUB.height;
	const angle = (frame.angle_deg * Math.PI) / 180;
	return {
		key,
		x,
		width: needle.diameter_mm * PER_MM,
		top,
		tip,
		hubTop,
		hubWidth: HUB.width,
		hubHeight: HUB.height,
		turn_deg: 90 - frame.angle_deg,
		// turned clockwise, a needle pointing down points down and to the left
		tipAt: { x: x - along * Math.cos(angle), y: SKIN_Y + along * Math.sin(angle) },
		name: { x: x + NAME[key].dx, y: hubTop - NAME_ABOVE_HUB, anchor: NAME[key].anchor },
		in: frame.inserted > 0.99
	};
}

export function needleDepthLayout(model: NeedleDepthModel, frame: NeedleDepthFrame): NeedleDepthLayout {
	return {
		dermisOutline: clamp(frame.dermisMarked, 0, 1),
		needles: {
			short: drawn('short', model.needles.short, frame.needles.short),
			long: drawn('long', model.needles.long, frame.needles.long)
		}
	};
}
