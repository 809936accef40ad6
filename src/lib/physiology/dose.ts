// How much sugar a dextrose injection contains, in grams, strawberries and blood glucose.
import { inRange } from './check';

/** Molar mass of glucose, C₆H₁₂O₆ (anhydrous), g·mol⁻¹ (science.md C1 #17). */
export const GLUCOSE_g_per_mol = 180.16;
/** Total sugars of raw strawberry ≈ 4.9 g per 100 g (USDA via secondary pages; science.md C1 #16). */
export const STRAWBERRY_SUGAR_g_per_100g = 4.9;
/** A medium strawberry weighs ≈ 12 g (USDA via science.md C1 #16). */
export const MEDIUM_STRAWBERRY_g = 12;
/** ≈ 0.59 g of sugar in one medium strawberry (4.9 g/100 g × 12 g). */
export const SUGAR_PER_STRAWBERRY_g = (STRAWBERRY_SUGAR_g_per_100g * MEDIUM_STRAWBERRY_g) / 100;
/** Extracellular fluid of an adult, ≈ 15 L: the upper-bound dilution volume of science.md C1 #17. */
export const EXTRACELLULAR_FLUID_L = 15;
/** mg/dL per mmol/L of glucose (1 mmol/L = 180.16 mg/L = 18.016 mg/dL). */
export const MG_PER_DL_PER_MMOL_PER_L = GLUCOSE_g_per_mol / 10;
/** Normal fasting blood glucose, mM (science.md A2). */
export const BLOOD_GLUCOSE_mM = 5;
/** The strength of the dextrose injected in glucopuncture, % (g per 100 mL). */
export const D5W_PERCENT = 5;
/** Energy of carbohydrate, ≈ 4 kcal per gram (science.md C1 #15: 1 g ≈ 4 kcal): anhydrous glucose. */
export const KCAL_PER_g = 4;
/**
 * Injectable dextrose is often weighed as the monohydrate, C₆H₁₂O₆·H₂O, 198.17 g·mol⁻¹: a gram of it is
 * 5.05 mmol of glucose and 3.4 kcal (the figure US labels of "dextrose, hydrous" give). Whether "5 %"
 * means 5 g of anhydrous glucose (French labels) or of the monohydrate (US labels) depends on the
 * product, so a gram counts 5.05–5.55 mmol and 3.4–4 kcal.
 */
export const GLUCOSE_MONOHYDRATE_g_per_mol = 198.17;
export const KCAL_PER_g_MONOHYDRATE = 3.4;

/**
 * From how many grams the dose calculator tells people with diabetes that the amount is no longer
 * negligible: 5 g, a third of the 15 g of glucose swallowed to treat a low blood sugar (ADA Standards of
 * Care, section 6, "15–20 g"), that is an amount known to act on blood glucose; its upper-bound rise is
 * 1.85 mmol/L. 500 mL at 5 % is 25 g. A choice of ours, stated in model.md.
 */
export const DIABETES_NOTE_FROM_g = 5;
/**
 * Up to how many grams the amount is called negligible even with diabetes: 2 g, twice the 1 g of a usual
 * session (20 mL at 5 %, which science.md C1 #15 calls negligible), with an upper-bound rise of 0.74 mmol/L.
 * Between 2 and 5 g the calculator says "small, not nothing". A choice of ours, stated in model.md.
 */
export const DIABETES_NEGLIGIBLE_UP_TO_g = 2;

/** What `grams` of glucose mean for someone with diabetes, in the calculator's three words. */
export type DiabetesConcern = 'negligible' | 'small' | 'notable';
export function diabetesConcern(grams: number): DiabetesConcern {
	if (grams >= DIABETES_NOTE_FROM_g) return 'notable';
	return grams > DIABETES_NEGLIGIBLE_UP_TO_g ? 'small' : 'negligible';
}

/** Accepted ranges: up to 1000 mL (about a site's daily maximum of subcutaneous fluid, science.md D)
 * and up to 50 % (the strongest dextrose solution sold). */
export const DOSE_LIMITS = Object.freeze({ volume_mL: [0, 1000], percent: [0, 50], ecf_L: [5, 30] } as const);

/**
 * Grams of glucose in `volume_mL` of a `percent` % (weight per volume: g per 100 mL) solution:
 * 20 mL at 5 % = 1 g (science.md C1 #15). Throws RangeError for volume outside 0–1000 mL or percent
 * outside 0–50 %.
 */
export function glucoseGrams(volume_mL: number, percent: number): number {
	inRange('glucoseGrams', 'volume_mL', volume_mL, ...DOSE_LIMITS.volume_mL, 'mL');
	inRange('glucoseGrams', 'percent', percent, ...DOSE_LIMITS.percent, '%');
	return (volume_mL * percent) / 100;
}

/** How many medium strawberries hold as much sugar as `grams` (1 g ≈ 1.7 strawberries). 0–500 g. */
export function strawberryEquivalent(grams: number): number {
	inRange('strawberryEquivalent', 'grams', grams, 0, 500, 'g');
	return grams / SUGAR_PER_STRAWBERRY_g;
}

/**
 * Upper bound of the blood-glucose rise, mmol/L, if all `grams` reached the extracellular fluid at once
 * and none were used: 1 g in 15 L → +0.37 mmol/L (+6.7 mg/dL; science.md C1 #17). In reality it is
 * absorbed over about an hour while being used, so the true rise is smaller.
 * Throws RangeError for grams outside 0–500 or an ECF volume outside 5–30 L.
 */
export function bloodGlucoseRiseUpperBound_mmol_per_L(grams: number, ecf_L = EXTRACELLULAR_FLUID_L): number {
	inRange('bloodGlucoseRiseUpperBound_mmol_per_L', 'grams', grams, 0, 500, 'g');
	inRange('bloodGlucoseRiseUpperBound_mmol_per_L', 'ecf_L', ecf_L, ...DOSE_LIMITS.ecf_L, 'L');
	return ((grams / GLUCOSE_g_per_mol) * 1000) / ecf_L;
}

/**
 * Osmolarity contributed by glucose, mOsm/L, for a `percent` % anhydrous-glucose solution: 5 % → 278
 * (roughly iso-osmolar), 10 % → 555 (hypertonic); science.md C1 #1 (French SPC, anhydrous glucose).
 * Dextrose monohydrate labels give less (5 % → 252). Throws RangeError outside 0–50 %.
 */
export function glucoseOsmolarity_mOsm_per_L(percent: number): number {
	// glucose does not dissociate: one osmole per mole
	return glucoseMillimolar(percent);
}

/** Glucose concentration of a `percent` % solution, mM: 5 % → 277.5 mM (anhydrous glucose, 180.16 g/mol). */
export function glucoseMillimolar(percent: number): number {
	inRange('glucoseMillimolar', 'percent', percent, ...DOSE_LIMITS.percent, '%');
	return ((percent * 10) / GLUCOSE_g_per_mol) * 1000;
}

export type DextroseDose = {
	/** the strength it was computed for, % (g per 100 mL) */
	percent: number;
	glucose_g: number;
	/** as anhydrous glucose (the upper figure) and as the monohydrate (the lower) */
	glucose_mmol: number;
	glucose_mmol_if_monohydrate: number;
	kcal: number;
	kcal_if_monohydrate: number;
	strawberries: number;
	bloodGlucoseRiseUpperBound_mmol_per_L: number;
	bloodGlucoseRiseUpperBound_mg_per_dL: number;
	/** the same in g/L, as French laboratories and many French meters write glycaemia (1 g/L = 100 mg/dL) */
	bloodGlucoseRiseUpperBound_g_per_L: number;
	osmolarity_mOsm_per_L: number;
};

/** Everything the dose calculator shows for one injection. Throws RangeError as `glucoseGrams`. */
export function dextroseDose(volume_mL: number, percent: number): DextroseDose {
	const glucose_g = glucoseGrams(volume_mL, percent);
	const rise = bloodGlucoseRiseUpperBound_mmol_per_L(glucose_g);
	return {
		percent,
		glucose_g,
		glucose_mmol: (glucose_g / GLUCOSE_g_per_mol) * 1000,
		glucose_mmol_if_monohydrate: (glucose_g / GLUCOSE_MONOHYDRATE_g_per_mol) * 1000,
		kcal: glucose_g * KCAL_PER_g,
		kcal_if_monohydrate: glucose_g * KCAL_PER_g_MONOHYDRATE,
		strawberries: strawberryEquivalent(glucose_g),
		bloodGlucoseRiseUpperBound_mmol_per_L: rise,
		bloodGlucoseRiseUpperBound_mg_per_dL: rise * MG_PER_DL_PER_MMOL_PER_L,
		bloodGlucoseRiseUpperBound_g_per_L: (rise * MG_PER_DL_PER_MMOL_PER_L) / 100,
		osmolarity_mOsm_per_L: glucoseOsmolarity_mOsm_per_L(percent)
	};
}
