import { SKIN_DEPTH_mm, SKIN_mm, type InjectionSceneState } from './state';

/**
 * Where everything of the injection figure goes, in viewBox units (480 × 916), for one state. The top part
 * is to scale (12 units per mm, needles included); the wrist below is a labelled sketch. Pure.
 */
export const INJECTION_VIEWBOX = { width: 480, height: 916 } as const;

export const PER_MM = 12;
/** the skin surface, with room above it for the 13 mm needle and its hub before it goes in */
export const SKIN_Y = 230;
const HUB = { width: 22, height: 24 };
export const NEEDLE_X = [206, 326] as const;
/** depth drawn: the skin, 15 mm of fat at most, then 2 mm of muscle */
const DRAWN_mm = SKIN_DEPTH_mm + SKIN_mm.subcutisMax + 2;

export const depthY = (depth_mm: number) => SKIN_Y + depth_mm * PER_MM;

export const SKIN_LAYERS = {
	epidermis: depthY(SKIN_mm.epidermis),
	dermis: depthY(SKIN_DEPTH_mm),
	/** the fat ends between these two depths, depending on the person and the site */
	fatThin: depthY(SKIN_DEPTH_mm + SKIN_mm.subcutisMin),
	fatThick: depthY(SKIN_DEPTH_mm + SKIN_mm.subcutisMax),
	bottom: depthY(DRAWN_mm)
};

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

export interface DrawnNeedle {
	x: number;
	width: number;
	/** shaft from top to tip, the hub above it */
	top: number;
	tip: number;
	hubTop: number;
	hubWidth: number;
	hubHeight: number;
}

export interface InjectionView {
	needles: DrawnNeedle[];
	ticks: { y: number; label: number }[];
	wristNeedle: { x1: number; y1: number; x2: number; y2: number; opacity: number };
	fluid: { cx: number; cy: number; rx: number; ry: number } | null;
}

export function injectionView(state: InjectionSceneState): InjectionView {
	const needles = state.needles.map((needle, i) => {
		// before it goes in, the tip rests on the skin; fully in, the hub rests on it
		const tip = SKIN_Y + needle.tip_mm * PER_MM;
		const top = tip - needle.length_mm * PER_MM;
		return {
			x: NEEDLE_X[i]!,
			width: needle.diameter_mm * PER_MM,
			top,
			tip,
			hubTop: top - HUB.height,
			hubWidth: HUB.width,
			hubHeight: HUB.height
		};
	});

	// In the wrist, the needle comes in from the side, in the ultrasound plane, and stops beside the nerve.
	const { nerve } = WRIST;
	const approach = Math.min(1, state.wrist);
	const start = { x: 500, y: WRIST.skinY + 4 };
	const stop = { x: nerve.cx + nerve.rx + 10, y: nerve.cy + 6 };
	const wristNeedle = {
		x1: start.x,
		y1: start.y,
		x2: start.x + (stop.x - start.x) * approach,
		y2: start.y + (stop.y - start.y) * approach,
		opacity: approach
	};

	// The fluid: about as thick as the cube root of its volume; first under the nerve, then all round it.
	const spread = 11 * Math.cbrt(Math.max(0, state.injected_mL));
	const fluid =
		state.injected_mL > 0.01
			? {
					cx: nerve.cx,
					cy: nerve.cy + (1 - state.fluid) * nerve.ry * 0.8,
					rx: nerve.rx + spread,
					ry: nerve.ry + spread * 0.7
				}
			: null;

	return {
		needles,
		ticks: [0, 5, 10, 15].map((depth) => ({ y: depthY(depth), label: depth })),
		wristNeedle,
		fluid
	};
}
