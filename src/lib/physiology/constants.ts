// Physical constants and the textbook ion concentrations every model starts from.
// Sources are cited as in ../shared/science.md (section A1 unless said otherwise).
import type { Ion } from './membrane';

/** Gas constant, J·mol⁻¹·K⁻¹ (exact, 2019 SI; science.md A1). */
export const R_J_per_mol_K = 8.314462618;
/** Faraday constant, C·mol⁻¹ (exact, 2019 SI; science.md A1). */
export const F_C_per_mol = 96485.33212;
/** 0 °C in kelvin (SI definition). */
export const ZERO_CELSIUS_K = 273.15;
/** Body temperature used by all mammalian models (science.md A1: T = 310.15 K). */
export const BODY_TEMPERATURE_C = 37;

/** Relative permeabilities of the three ions that set the resting potential (pK = 1). */
export type Permeability = { K: number; Na: number; Cl: number };
/** Outside and inside concentrations of K⁺, Na⁺ and Cl⁻, as `ghk` takes them. */
export type Concentrations = { K: Ion; Na: Ion; Cl: Ion };

/**
 * Mammalian neuron at 37 °C: K⁺ 5/140, Na⁺ 145/12, Cl⁻ 110/7 mM (outside/inside).
 * Purves *Neuroscience* Table 2.1 and Hille, via science.md A1 (textbook, not re-verified there).
 */
export const MAMMALIAN: Readonly<Concentrations> = Object.freeze({
	K: Object.freeze({ outside_mM: 5, inside_mM: 140 }),
	Na: Object.freeze({ outside_mM: 145, inside_mM: 12 }),
	Cl: Object.freeze({ outside_mM: 110, inside_mM: 7 })
});

/**
 * Calcium: 1.2 mM ionised outside, ~100 nM (0.0001 mM) free inside (science.md A1, textbook).
 * Not part of `ghk` (divalent ions need a different GHK form); used for E_Ca.
 */
export const CALCIUM: Readonly<Ion> = Object.freeze({ outside_mM: 1.2, inside_mM: 0.0001 });

/**
 * Small DRG nociceptors keep a high [Cl⁻]i (~25–40 mM, through NKCC1), so E_Cl is about −35 mV there
 * (science.md A1, textbook). We keep the mammalian outside value and take 30 mM inside: E_Cl = −34.7 mV.
 */
export const NOCICEPTOR_CHLORIDE: Readonly<Ion> = Object.freeze({ outside_mM: 110, inside_mM: 30 });

/** The mammalian set with the nociceptor's high internal Cl⁻. */
export const NOCICEPTOR: Readonly<Concentrations> = Object.freeze({ ...MAMMALIAN, Cl: NOCICEPTOR_CHLORIDE });

/**
 * Mammalian resting permeability ratio pK:pNa:pCl = 1 : 0.05 : 0.45. There is no single mammalian value
 * (pNa/pK ≈ 0.01–0.05); science.md A1 proposes this one. GHK rest at 37 °C: −67.2 mV.
 */
export const MAMMALIAN_PERMEABILITY: Readonly<Permeability> = Object.freeze({ K: 1, Na: 0.05, Cl: 0.45 });

/** A membrane's ions and resting permeabilities, each defaulting to the mammalian neuron's. */
export type MembraneInput = {
	/** Defaults to MAMMALIAN. */
	concentrations?: Concentrations;
	/** Resting permeabilities; defaults to MAMMALIAN_PERMEABILITY. */
	permeability?: Permeability;
};

/** The membrane an input describes, with the mammalian defaults filled in. */
export function membraneOf(input: MembraneInput): Required<MembraneInput> {
	return {
		concentrations: input.concentrations ?? MAMMALIAN,
		permeability: input.permeability ?? MAMMALIAN_PERMEABILITY
	};
}

/** Squid axon, Hodgkin & Katz 1949: pK:pNa:pCl = 1 : 0.04 : 0.45 (via Kandel; science.md A1). */
export const SQUID_PERMEABILITY: Readonly<Permeability> = Object.freeze({ K: 1, Na: 0.04, Cl: 0.45 });

/**
 * Squid giant axon concentrations used in the textbook Hodgkin–Katz calculation (Kandel/Hille tables):
 * K⁺ 20/400, Na⁺ 440/50, Cl⁻ 560/52 mM (outside/inside). With SQUID_PERMEABILITY at 20 °C, GHK gives
 * −59.9 mV (science.md A1: "−59.9 mV, as the textbooks do"). Textbook, not re-verified against the 1949 paper.
 */
export const SQUID: Readonly<Concentrations> = Object.freeze({
	K: Object.freeze({ outside_mM: 20, inside_mM: 400 }),
	Na: Object.freeze({ outside_mM: 440, inside_mM: 50 }),
	Cl: Object.freeze({ outside_mM: 560, inside_mM: 52 })
});
/** Temperature of the Hodgkin–Katz squid calculation (science.md A1). */
export const SQUID_TEMPERATURE_C = 20;

/**
 * Firing threshold of the model nociceptor: −55 mV, the less depolarised end of "about −50 to −55 mV"
 * (science.md A1, GHK sensitivity values). A model choice inside the quoted range.
 */
export const FIRING_THRESHOLD_mV = -55;

/** Accepted ranges shared by the membrane functions (outside them the numbers stop meaning anything). */
export const LIMITS = Object.freeze({
	/** Highest concentration accepted, mM (10 M; far above any biological fluid). */
	concentration_mM: 10_000,
	/** Membrane temperature range accepted, °C (covers squid at 6.3–20 °C and fever). */
	temperatureMin_C: 0,
	temperatureMax_C: 50
});
