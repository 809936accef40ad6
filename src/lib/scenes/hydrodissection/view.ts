import { FIGURE_WIDTH } from '$lib/figure/axis';
import { band, type Landscape } from '$lib/figure/parts';
import { clamp } from '$lib/math/clamp';
import { points } from '$lib/math/mix';
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
 * above the tendons (a patient saw a blue ring appear and did not know it was the liquid: patient review 60, D5);
 * the skin's, at the skin's left end.
 */
export const FLUID_LABEL = { x: 466, y: 214 };
export const SKIN_LABEL = { x: 14, y: 76 };

/**
 * The needle, in the ultrasound plane, from above the skin's right end to beside the nerve, and its hub: drawn
 * whole inside the sketch in every arrangement and at every step, so that it never ends in mid-air (clinician
 * review 66: its far end, outside the portrait, was cut at the landscape's middle with no hub). Its tip rests
 * right of the nerve; it rises at `angle_deg`, crosses the skin near x = 437 and keeps `shaft` units to its hub,
 * which (`travel` further back as it comes in) stays left of the sketch's right edge (480) and under the top of
 * its landscape band (40).
 */
export const NEEDLE = {
	tip: { x: WRIST.nerve.cx + WRIST.nerve.rx + 10, y: WRIST.nerve.cy + 6 },
	angle_deg: 35,
	shaft: 186,
	hub: { length: 16, width: 12 },
	travel: 16
} as const;
/** the needle's name, above the skin, left of its hub where it comes in and right of the probe */
export const NEEDLE_LABEL = { x: 446, y: 62 };
/** the volume and its sugar, at the foot of the figure */
export const VOLUME_LABEL = { x: 466, y: 414 };

/**
 * Side by side (parts.ts), for a wide screen: the sketch on the left; beside it, its title over the volume
 * injected (its head and foot in portrait), one block set left at the same edge, level with the nerve the
 * volume surrounds (clinician review 66: the title in the top corner and the volume set right, far apart, left
 * the right half looking empty). The volume is then set from its left (Figure.svelte, VOLUME_LANDSCAPE_X).
 */
const BESIDE_X = 496;
/** the block's baselines, in the landscape: the title's, and the volume's, level with the nerve (y 140 there) */
const BESIDE_BASELINE = { title: 106, volume: 148 };
export const VOLUME_LANDSCAPE_X = 14;
export const LANDSCAPE: Landscape<'title' | 'sketch' | 'volume'> = {
	width: 960,
	height: 332,
	parts: {
		title: {
			from: { x: 0, y: 6, width: 400, height: 34 },
			to: { x: BESIDE_X, y: BESIDE_BASELINE.title - (WRIST.top + 4 - 6) }
		},
		sketch: { from: band(40, 372), to: { x: 0, y: 0 } },
		// from the portrait's left edge to the landscape's right one, so that the sentence keeps its last words
		// however wide a reader's letter spacing makes it (WCAG 1.4.12: set right from x 80, it lost "5 mL")
		volume: {
			from: { x: 0, y: VOLUME_LABEL.y - 24, width: 960 - BESIDE_X, height: 34 },
			to: { x: BESIDE_X, y: BESIDE_BASELINE.volume - 24 }
		}
	}
};

export interface HydrodissectionLayout {
	/** the probe and its beam, fading in */
	probeOpacity: number;
	/** where the needle's tip is (the needle and its hub run back from it at NEEDLE.angle_deg), and how visible */
	needle: { x: number; y: number; opacity: number };
	fluid: { cx: number; cy: number; rx: number; ry: number } | null;
}

export function hydrodissectionLayout(frame: HydrodissectionFrame): HydrodissectionLayout {
	// The needle comes in along its own line, the last `travel` units of it, as it fades in; it stops beside the nerve.
	const { nerve } = WRIST;
	const approach = clamp(frame.needle, 0, 1);
	const back = (1 - approach) * NEEDLE.travel;
	const angle = (NEEDLE.angle_deg * Math.PI) / 180;
	const tip = { x: NEEDLE.tip.x + back * Math.cos(angle), y: NEEDLE.tip.y - back * Math.sin(angle) };

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
		needle: { ...tip, opacity: approach },
		fluid
	};
}
