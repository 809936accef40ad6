import { FIGURE_WIDTH } from '$lib/figure/axis';
import { band, type Landscape } from '$lib/figure/parts';
import { clamp } from '$lib/math/clamp';
import { mixPoint, points } from '$lib/math/mix';
import { VOLUME_mL, type HydrodissectionFrame } from './model';

/**
 * Where everything of the hydrodissection figure goes, in viewBox units (480 × 440), for one frame: the
 * carpal tunnel in cross-section, a labelled sketch (not to scale). Pure.
 */
export const VIEWBOX = { width: FIGURE_WIDTH, height: 440 } as const;

/** the sketch's title line, the probe on the skin, the skin's curve, and the median nerve */
export const WRIST = { top: 28, nerve: { cx: 240, cy: 180, rx: 46, ry: 22 }, probeY: 52, skinY: 80 };
export const TENDONS = points(
	[150, 240],
	[192, 244],
	[234, 246],
	[276, 246],
	[318, 244],
	[172, 280],
	[214, 284],
	[256, 284],
	[298, 280]
);

/** The fluid thickens as the cube root of its volume: 11 units for 1 mL, 24 for 10 mL. */
const spreadOf = (volume_mL: number) => 11 * Math.cbrt(Math.max(0, volume_mL));
/**
 * The nerve's name ends left of the largest cushion the slider can make, so the fluid never covers it, and
 * sits a little below the nerve's middle, clear of the ligament's rounded end (which reaches y = 170).
 */
export const NERVE_LABEL = {
	x: WRIST.nerve.cx - WRIST.nerve.rx - spreadOf(VOLUME_mL.max) - 8,
	y: WRIST.nerve.cy + 12
};
/** the tendons' name, left of the first tendon, between its two rows */
export const TENDONS_LABEL = { x: 112, y: 270 };
/**
 * The carpal bones, a wavy band under the tendons; it starts at x = 160 so that their name, left of it,
 * stays clear ("carpal bones" is about 134 units wide from x = 14).
 */
export const BONES_PATH =
	'M160 340 q15 -22 30 0 q25 -34 50 -4 q25 -30 50 0 q25 -30 50 -4 q25 -30 50 4 q20 -22 40 8 L430 368 L160 368 Z';
export const BONES_LABEL_Y = 360;
/**
 * The injected fluid's name, right of the largest cushion (which reaches x = 310) and below the needle's path,
 * above the tendons; the needle's and the skin's, above the skin where the needle comes in and at its other end
 * (a patient saw a blue ring appear and did not know it was the liquid: patient review 60, D5)
 */
export const FLUID_LABEL = { x: 466, y: 214 };
export const NEEDLE_LABEL = { x: 466, y: 70 };
export const SKIN_LABEL = { x: 14, y: 76 };
/** the volume and its sugar, at the foot of the figure */
export const VOLUME_LABEL = { x: 466, y: 414 };

/**
 * Side by side (parts.ts), for a wide screen: the sketch on the left; its title and the volume injected (its
 * head and foot in portrait) beside it, the volume level with the nerve it surrounds.
 */
export const LANDSCAPE: Landscape<'title' | 'sketch' | 'volume'> = {
	width: 960,
	height: 332,
	parts: {
		title: { from: { x: 0, y: 6, width: 400, height: 34 }, to: { x: 500, y: 0 } },
		sketch: { from: band(40, 372), to: { x: 0, y: 0 } },
		// the whole width of the portrait's foot, so that the sentence, set right, keeps its first words however
		// wide a reader's letter spacing makes it (WCAG 1.4.12: from x 80 it lost "5 mL" to the part's edge)
		volume: { from: { x: 0, y: VOLUME_LABEL.y - 24, width: 480, height: 34 }, to: { x: 480, y: 116 } }
	}
};

export interface HydrodissectionLayout {
	/** the probe and its beam, fading in */
	probeOpacity: number;
	needle: { x1: number; y1: number; x2: number; y2: number; opacity: number };
	fluid: { cx: number; cy: number; rx: number; ry: number } | null;
}

export function hydrodissectionLayout(frame: HydrodissectionFrame): HydrodissectionLayout {
	// The needle comes in from the side, in the ultrasound plane, and stops beside the nerve.
	const { nerve } = WRIST;
	const approach = clamp(frame.needle, 0, 1);
	const start = { x: 500, y: WRIST.skinY + 4 };
	const end = mixPoint(start, { x: nerve.cx + nerve.rx + 10, y: nerve.cy + 6 }, approach);

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
		probeOpacity: clamp(frame.probe, 0, 1),
		needle: { x1: start.x, y1: start.y, x2: end.x, y2: end.y, opacity: approach },
		fluid
	};
}
