import {
	HYDROTOMY_NEEDLES,
	layerAt,
	NEEDLE_LIMITS,
	SKIN_DEPTH_mm,
	SKIN_mm,
	type Needle,
	type SkinLayer
} from '$lib/physiology';
import { clamp } from '$lib/math/clamp';
import { range, type Control, type ParamsOf } from '$lib/player/parameters';
import { positionAt, stepsFrom, type Position, type StepFrame } from '$lib/player/steps';
import durations from './steps.json';

/**
 * How deep hydrotomy's needles go, in five labelled steps: the skin layers and the two needles to scale,
 * the dermis an intradermal injection must reach, each needle pushed straight in to its hub, then the short
 * one again, slanted (steps.json: each passage's length in seconds).
 */
export const steps = stepsFrom(durations);

/**
 * The slanted needle's angle to the skin, degrees: the reader's choice, 90 being straight in. 20° by
 * default, flat enough for the tip to stay in the dermis; the slider shows where that stops.
 */
const STRAIGHT_deg = NEEDLE_LIMITS.angle_deg[1];
/** The slider stops at 10°: flatter than that, the needle would lie along the skin, too long to draw. */
export const ANGLE_deg = { min: 10, max: STRAIGHT_deg, default: 20 } as const;

/** What the reader can change: the slanted needle's angle; and, always shown, the "intradermal" claim. */
export const controls = [
	range('angle_deg', [ANGLE_deg.min, ANGLE_deg.max], {
		step: 5,
		default: ANGLE_deg.default,
		show: (value, n) => `${n.fixed(value)}°`
	}),
	{ kind: 'note', key: 'calledIntradermal', claim: 'not-intradermal' }
] as const satisfies readonly Control[];

/**
 * What the physiology accepts: any angle from along the skin to straight in (NEEDLE_LIMITS).
 * Each slider's values must lie inside these (tests/unit/scenes/limits.test.ts).
 */
export const physiologyLimits = { angle_deg: NEEDLE_LIMITS.angle_deg } as const;

export type NeedleDepthParams = ParamsOf<typeof controls>;

const radians = (angle_deg: number) => (angle_deg * Math.PI) / 180;

/** How deep under the surface a needle `length_mm` long ends, pushed in to its hub at `angle_deg` to the skin. */
export const tipDepth_mm = (length_mm: number, angle_deg: number) => length_mm * Math.sin(radians(angle_deg));

/** The steepest angle at which a needle this long still ends in the dermis, degrees (90 if it always does). */
export function steepestIntradermal_deg(length_mm: number): number {
	if (length_mm <= SKIN_DEPTH_mm) return STRAIGHT_deg;
	return (Math.asin(SKIN_DEPTH_mm / length_mm) * 180) / Math.PI;
}

/** One of hydrotomy's needles and where its tip ends once pushed straight in to its hub. */
export interface PlacedNeedle extends Needle {
	/** the layer its tip ends in, with the fat at its thinnest and at its thickest */
	endsIn: { thin: SkinLayer; thick: SkinLayer };
	/** how far below the dermis its tip ends, mm */
	belowDermis_mm: number;
}

/** The short needle pushed in to its hub at the reader's angle. */
export interface SlantedNeedle {
	angle_deg: number;
	/** depth of its tip under the skin surface, mm */
	tip_mm: number;
	/** the layer its tip ends in (the fat's thickness does not matter this shallow) */
	endsIn: SkinLayer;
	/** the steepest angle at which its tip still ends in the dermis, degrees */
	steepestIntradermal_deg: number;
}

export interface NeedleDepthModel {
	params: NeedleDepthParams;
	/** the short needle (4 mm) and the long one (13 mm) */
	needles: { short: PlacedNeedle; long: PlacedNeedle };
	slanted: SlantedNeedle;
}

function placed(needle: Needle): PlacedNeedle {
	return {
		...needle,
		endsIn: {
			thin: layerAt(needle.length_mm, SKIN_mm.subcutisMin),
			thick: layerAt(needle.length_mm, SKIN_mm.subcutisMax)
		},
		belowDermis_mm: needle.length_mm - SKIN_DEPTH_mm
	};
}

function slantedAt(needle: Needle, angle_deg: number): SlantedNeedle {
	const tip_mm = tipDepth_mm(needle.length_mm, angle_deg);
	return {
		angle_deg,
		tip_mm,
		endsIn: layerAt(tip_mm, SKIN_mm.subcutisMin),
		steepestIntradermal_deg: steepestIntradermal_deg(needle.length_mm)
	};
}

/** Everything that depends on the slider: where each needle ends, straight in, and the short one slanted. */
export function needleDepthModel(params: NeedleDepthParams): NeedleDepthModel {
	const angle_deg = clamp(params.angle_deg, ANGLE_deg.min, ANGLE_deg.max, ANGLE_deg.default);
	const [short, long] = [...HYDROTOMY_NEEDLES].sort((a, b) => a.length_mm - b.length_mm);
	return {
		params: { ...params, angle_deg },
		// hydrotomy names two needles (physiology/skin.ts): the shorter goes in first
		needles: { short: placed(short!), long: placed(long!) },
		slanted: slantedAt(short!, angle_deg)
	};
}

export interface NeedleFrame {
	/** 0 → 1: how far it has gone in */
	inserted: number;
	/** its angle to the skin, degrees: 90 is straight in */
	angle_deg: number;
	/** depth of its tip under the skin surface, mm (0 until it goes in) */
	tip_mm: number;
}

export interface NeedleDepthFrame extends StepFrame<typeof steps> {
	/** 0 → 1: the dermis marked out, where a tip must end for an injection to be intradermal */
	dermisMarked: number;
	needles: { short: NeedleFrame; long: NeedleFrame };
}

/** A needle going in at an angle: its tip `inserted` of its length along its way under the skin. */
function needleAt(needle: Needle, inserted: number, angle_deg: number): NeedleFrame {
	return { inserted, angle_deg, tip_mm: tipDepth_mm(needle.length_mm * inserted, angle_deg) };
}

/** The short needle: straight in at its step; for 'slanted', out again (first half) and back in at the angle. */
function shortNeedleAt(model: NeedleDepthModel, position: Position<typeof steps>): NeedleFrame {
	const { short } = model.needles;
	const slant = position.reached('slanted');
	if (slant === 0) return needleAt(short, position.reached('needle-4mm'), STRAIGHT_deg);
	if (slant < 0.5) return needleAt(short, 1 - 2 * slant, STRAIGHT_deg);
	return needleAt(short, 2 * slant - 1, model.slanted.angle_deg);
}

/** What the needle-depth figure shows at position t: cheap, once per frame. */
export function needleDepthFrameAt(model: NeedleDepthModel, t: number): NeedleDepthFrame {
	const position = positionAt(steps, t);
	return {
		step: position.step,
		position,
		dermisMarked: position.reached('intradermal'),
		// each needle goes in at its own step and stays in (the short one goes in again, slanted)
		needles: {
			short: shortNeedleAt(model, position),
			long: needleAt(model.needles.long, position.reached('needle-13mm'), STRAIGHT_deg)
		}
	};
}
