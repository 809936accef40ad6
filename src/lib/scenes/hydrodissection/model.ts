import { D5W_PERCENT, DOSE_LIMITS, dextroseDose, type DextroseDose } from '$lib/physiology';
import { clamp } from '$lib/math/clamp';
import { range, type Control, type ParamsOf } from '$lib/player/parameters';
import { positionAt, stepsFrom, type StepFrame } from '$lib/player/steps';
import durations from './steps.json';

/**
 * The hydrodissection of the median nerve in five labelled steps: the carpal tunnel, the ultrasound probe
 * over it, the needle brought beside the nerve, then the 5 % dextrose under the nerve and all round it
 * (steps.json: each passage's length in seconds).
 */
export const steps = stepsFrom(durations);

/**
 * The slider's volumes, mL: the scene's choice. The carpal-tunnel trials used 1 to 5 mL, with some benefit
 * of the higher volume (science.md B); 10 mL lets the reader see a larger cushion. 5 mL is the volume of
 * the randomised trial against saline (Wu 2017).
 */
export const VOLUME_mL = { min: 1, max: 10, default: 5 } as const;

/**
 * What the dose functions accept (DOSE_LIMITS, 0–1000 mL): VOLUME_mL is the figure's narrower choice inside it.
 * Each slider's values must lie inside these (tests/unit/scenes/limits.test.ts).
 */
export const physiologyLimits = { volume_mL: DOSE_LIMITS.volume_mL } as const;

/** The sugar in `volume_mL` of 5 % dextrose, the volume kept within 0–10 mL (a bad value reads as 5 mL). */
export const sugarIn = (volume_mL: number): DextroseDose =>
	dextroseDose(clamp(volume_mL, 0, VOLUME_mL.max, VOLUME_mL.default), D5W_PERCENT);

/** What the reader can change: the volume of 5 % dextrose; and, always shown, the trials behind it. */
export const controls = [
	range('volume_mL', [VOLUME_mL.min, VOLUME_mL.max], {
		step: 1,
		default: VOLUME_mL.default,
		show: (value, n) => `${n.mL(value)} = ${n.grams(sugarIn(value).glucose_g)}`,
		// a link's volume, echoed by its note with its unit, in this page's numbers: "2,5 mL", "1 000 mL"
		echo: (value, n) => `${n.upTo(value, 2)}\u00a0mL`
	}),
	{ kind: 'note', key: 'trials', claim: 'trials' }
] as const satisfies readonly Control[];

export type HydrodissectionParams = ParamsOf<typeof controls>;

export interface HydrodissectionModel {
	params: HydrodissectionParams;
	/** the 5 % solution, as a fraction (0.05) */
	strength: number;
	/** the sugar in the whole injection */
	dose: DextroseDose;
}

/** Everything that depends on the slider: the volume and its sugar. */
export function hydrodissectionModel(params: HydrodissectionParams): HydrodissectionModel {
	const volume_mL = clamp(params.volume_mL, VOLUME_mL.min, VOLUME_mL.max, VOLUME_mL.default);
	return { params: { ...params, volume_mL }, strength: D5W_PERCENT / 100, dose: sugarIn(volume_mL) };
}

export interface HydrodissectionFrame extends StepFrame<typeof steps> {
	/** 0 → 1: the ultrasound probe and its beam coming into view over the wrist */
	probe: number;
	/** 0 → 1: the needle, from the skin to beside the nerve */
	needle: number;
	/** 0 → 1: share of the volume already around the nerve (under it first, then all round) */
	fluid: number;
	injected_mL: number;
}

/** What the hydrodissection figure shows at position t: cheap, once per frame. */
export function hydrodissectionFrameAt(model: HydrodissectionModel, t: number): HydrodissectionFrame {
	const position = positionAt(steps, t);
	// half the volume goes in under the nerve, then the rest all round it
	const fluid = (position.reached('dextrose-in') + position.reached('nerve-surrounded')) / 2;
	return {
		step: position.step,
		position,
		probe: position.reached('ultrasound'),
		needle: position.reached('needle-near'),
		fluid,
		injected_mL: model.params.volume_mL * fluid
	};
}
