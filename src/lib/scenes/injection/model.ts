import {
	D5W_PERCENT,
	dextroseDose,
	HYDROTOMY_NEEDLES,
	layerAt,
	SKIN_DEPTH_mm,
	SKIN_mm,
	type DextroseDose,
	type Needle,
	type SkinLayer
} from '$lib/physiology';
import { clamp } from '$lib/math/clamp';
import type { Control, ParamsOf } from '$lib/player/parameters';
import { positionAt, stepsFrom, type Position } from '$lib/player/steps';
import durations from './steps.json';

/**
 * The injection in six labelled steps: the skin layers and the two needles to scale, each needle placed
 * straight in, then an ultrasound-guided hydrodissection of the median nerve in the carpal tunnel
 * (steps.json: each passage's length in seconds).
 */
export const steps = stepsFrom(durations);

/**
 * The slider's volumes, mL: the scene's choice. The carpal-tunnel trials used 1 to 5 mL, with some benefit
 * of the higher volume (science.md B); 10 mL lets the reader see a larger cushion. 5 mL is the volume of
 * the randomised trial against saline (Wu 2017).
 */
export const VOLUME_mL = { min: 1, max: 10, default: 5 } as const;

/** The sugar in `volume_mL` of 5 % dextrose, the volume kept within 0–10 mL (a bad value reads as 5 mL). */
export const sugarIn = (volume_mL: number): DextroseDose =>
	dextroseDose(clamp(volume_mL, 0, VOLUME_mL.max, VOLUME_mL.default), D5W_PERCENT);

/** What the reader can change: the volume of 5 % dextrose; and, always shown, the trials behind it. */
export const controls = [
	{
		kind: 'range',
		key: 'volume_mL',
		min: VOLUME_mL.min,
		max: VOLUME_mL.max,
		step: 1,
		default: VOLUME_mL.default,
		show: (value, n) => `${n.mL(value)} = ${n.grams(sugarIn(value).glucose_g)}`
	},
	{ kind: 'note', key: 'trials', claim: 'trials' }
] as const satisfies readonly Control[];

export type InjectionParams = ParamsOf<typeof controls>;

/** One of hydrotomy's needles and where its tip ends once pushed straight in to its hub. */
export interface PlacedNeedle extends Needle {
	/** the layer its tip ends in, with the fat at its thinnest and at its thickest */
	endsIn: { thin: SkinLayer; thick: SkinLayer };
	/** how far below the dermis its tip ends, mm */
	belowDermis_mm: number;
}

export interface InjectionModel {
	params: InjectionParams;
	/** the 5 % solution, as a fraction (0.05) */
	strength: number;
	/** the sugar in the whole injection */
	dose: DextroseDose;
	/** the short needle (4 mm) and the long one (13 mm) */
	needles: { short: PlacedNeedle; long: PlacedNeedle };
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

/** Everything that depends on the slider: the volume, its sugar, and where each needle ends. */
export function injectionModel(params: InjectionParams): InjectionModel {
	const volume_mL = clamp(params.volume_mL, VOLUME_mL.min, VOLUME_mL.max, VOLUME_mL.default);
	const [short, long] = [...HYDROTOMY_NEEDLES].sort((a, b) => a.length_mm - b.length_mm);
	return {
		params: { ...params, volume_mL },
		strength: D5W_PERCENT / 100,
		dose: sugarIn(volume_mL),
		// hydrotomy names two needles (physiology/skin.ts): the shorter goes in first
		needles: { short: placed(short!), long: placed(long!) }
	};
}

export interface NeedleFrame {
	/** 0 → 1: how far it has gone in */
	inserted: number;
	/** depth of its tip under the skin surface, mm (0 until it goes in) */
	tip_mm: number;
}

export interface InjectionFrame {
	step: Position<typeof steps>['step'];
	position: Position<typeof steps>;
	needles: { short: NeedleFrame; long: NeedleFrame };
	/** 0 → 1: the needle at the wrist, from the skin to beside the nerve */
	wrist: number;
	/** 0 → 1: share of the volume already around the nerve (under it first, then all round) */
	fluid: number;
	injected_mL: number;
}

/** A needle going in: straight, its tip `inserted` of its length under the skin. */
function needleAt(needle: Needle, inserted: number): NeedleFrame {
	return { inserted, tip_mm: needle.length_mm * inserted };
}

/** What the injection figure shows at position t: cheap, once per frame. */
export function injectionFrameAt(model: InjectionModel, t: number): InjectionFrame {
	const position = positionAt(steps, t);
	// half the volume goes in under the nerve, then the rest all round it
	const fluid = (position.reached('dextrose-in') + position.reached('nerve-surrounded')) / 2;
	return {
		step: position.step,
		position,
		// each needle goes in at its own step and stays in; then the wrist, where a needle nears the nerve
		needles: {
			short: needleAt(model.needles.short, position.reached('needle-4mm')),
			long: needleAt(model.needles.long, position.reached('needle-13mm'))
		},
		wrist: position.reached('carpal-tunnel'),
		fluid,
		injected_mL: model.params.volume_mL * fluid
	};
}
