import { dextroseDose, type DextroseDose } from '$lib/physiology';
import { passage } from '$lib/player/steps';
import { injectionSteps } from './steps';

/** What the reader can change: the volume of 5 % dextrose injected around the median nerve. */
export interface InjectionParams {
	volume_mL: number;
}

/** 1–10 mL: the carpal-tunnel trials used 1 to 5 mL, with some benefit of higher volume (science.md B). */
export const VOLUME_RANGE_mL = [1, 10] as const;
/** 5 mL: the volume of the randomised trial against saline (Wu 2017, science.md B). */
export const injectionDefaults: InjectionParams = { volume_mL: 5 };
/** The solution: 5 % dextrose, 5 g per 100 mL. */
export const DEXTROSE_PERCENT = 5;

/**
 * The skin to scale, mm. Skin (epidermis and dermis) is 1.9–2.4 mm thick and the subcutaneous fat 10–15 mm on
 * average at injection sites (Gibney 2010, science.md C2 #12); the epidermis is about 0.1 mm of it.
 */
export const SKIN_mm = { epidermis: 0.1, dermis: 2, subcutisMin: 10, subcutisMax: 15 } as const;
export const SKIN_DEPTH_mm = SKIN_mm.epidermis + SKIN_mm.dermis;

/** The two needles hydrotomy names (science.md C2 #12): 27 G × 4 mm (0.40 mm) and 26 G × 13 mm (0.45 mm). */
export const NEEDLES = [
	{ gauge: 27, length_mm: 4, diameter_mm: 0.4 },
	{ gauge: 26, length_mm: 13, diameter_mm: 0.45 }
] as const;

export type Layer = 'epidermis' | 'dermis' | 'subcutis' | 'muscle';

/**
 * The layer at a depth under the skin, with the fat `subcutis_mm` thick. At a boundary the deeper layer wins.
 */
export function layerAt(depth_mm: number, subcutis_mm: number): Layer {
	if (depth_mm < SKIN_mm.epidermis) return 'epidermis';
	if (depth_mm < SKIN_DEPTH_mm) return 'dermis';
	if (depth_mm < SKIN_DEPTH_mm + subcutis_mm) return 'subcutis';
	return 'muscle';
}

// What happens at each step (player/steps.ts): each needle goes in, then the wrist takes over.
const NEEDLE_IN = [
	[0, 1, 1, 1, 1, 1],
	[0, 0, 1, 1, 1, 1]
] as const;
const WRIST = [0, 0, 0, 1, 1, 1];
/** share of the volume injected around the nerve: under it first, then all round */
const FLUID = [0, 0, 0, 0, 0.5, 1];

/** A volume the scene accepts: finite, 1–10 mL (a bad slider value reads as the default). */
export function safeVolume(value: number): number {
	const [min, max] = VOLUME_RANGE_mL;
	return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : injectionDefaults.volume_mL;
}

export interface NeedleState {
	gauge: number;
	length_mm: number;
	diameter_mm: number;
	/** 0 → 1: how far it has gone in */
	inserted: number;
	/** depth of its tip under the skin surface now, mm (0 until it goes in) */
	tip_mm: number;
	/** where its tip ends once fully in, with the fat at its thinnest and thickest */
	endsIn: { thin: Layer; thick: Layer };
	/** how far below the dermis the tip ends, mm */
	belowDermis_mm: number;
}

export interface InjectionSceneState {
	params: InjectionParams;
	position: number;
	stepIndex: number;
	needles: [NeedleState, NeedleState];
	/** 0 → 1: from the skin to the wrist */
	wrist: number;
	/** 0 → 1: share of the volume already around the nerve */
	fluid: number;
	injected_mL: number;
	/** the whole injection's sugar, and what is in so far */
	dose: DextroseDose;
	injectedDose: DextroseDose;
}

/** Everything the injection figure shows at position t (player/steps.ts) for the reader's volume. */
export function injectionSceneAt(
	t: number,
	params: InjectionParams = injectionDefaults
): InjectionSceneState {
	const volume_mL = safeVolume(params.volume_mL);
	const last = injectionSteps.length - 1;
	const position = Math.min(last, Math.max(0, Number.isFinite(t) ? t : 0));
	const { from, to, progress } = passage(position);
	const along = (table: readonly number[]) => table[from]! + (table[to]! - table[from]!) * progress;

	const needles = NEEDLES.map((needle, i) => {
		const inserted = along(NEEDLE_IN[i]!);
		return {
			...needle,
			inserted,
			tip_mm: needle.length_mm * inserted,
			endsIn: {
				thin: layerAt(needle.length_mm, SKIN_mm.subcutisMin),
				thick: layerAt(needle.length_mm, SKIN_mm.subcutisMax)
			},
			belowDermis_mm: needle.length_mm - SKIN_DEPTH_mm
		};
	}) as [NeedleState, NeedleState];

	const fluid = along(FLUID);
	const injected_mL = volume_mL * fluid;
	return {
		params: { volume_mL },
		position,
		stepIndex: Math.round(position),
		needles,
		wrist: along(WRIST),
		fluid,
		injected_mL,
		dose: dextroseDose(volume_mL, DEXTROSE_PERCENT),
		injectedDose: dextroseDose(injected_mL, DEXTROSE_PERCENT)
	};
}
