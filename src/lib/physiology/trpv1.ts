// TRPV1: a heat-, capsaicin- and proton-gated non-selective cation channel (science.md A3).
// Stimuli → open probability; weeks of pain → channel density; both → added cation permeability →
// Vm through `ghk` → firing rate. The dextrose effect is a hypothesis parameter, off by default.
import { fraction, inRange } from './check';
import { BODY_TEMPERATURE_C, FIRING_THRESHOLD_mV, membraneOf, type MembraneInput } from './constants';
import { firingRate_Hz } from './firing';
import { ghk } from './membrane';

/** What reaches the nerve ending. `touch` is a light touch from 0 (none) to 1 (firm). */
export type Trpv1Stimulus = { heat_C: number; capsaicin_uM: number; pH: number; touch: number };

/** No stimulus: tissue at body temperature and pH 7.4, no capsaicin, no touch. */
export const RESTING_STIMULUS: Readonly<Trpv1Stimulus> = Object.freeze({
	heat_C: BODY_TEMPERATURE_C,
	capsaicin_uM: 0,
	pH: 7.4, // normal extracellular pH (textbook)
	touch: 0
});

/** Accepted stimulus ranges (a slider should not go beyond them). */
export const TRPV1_LIMITS = Object.freeze({
	heat_C: [0, 60],
	capsaicin_uM: [0, 100],
	pH: [3, 9], // covers D5W's pH 3.2–6.5 (science.md A3, US label)
	weeksOfPain: [0, 520]
} as const);

/** Heat activation threshold, °C: Caterina et al. 1997; Tominaga et al. 1998 (science.md A3). */
export const HEAT_THRESHOLD_C = 43;
/** Model choice: half-maximal opening 4 °C above the threshold, with a steep Boltzmann slope of 1.5 °C,
 * so that P_open is ≈ 0.065 at 43 °C (where the model nociceptor reaches its firing threshold), ≈ 0.002
 * at 37 °C and ≈ 0.9 at 50 °C. */
const HEAT_HALF_ABOVE_THRESHOLD_C = 4;
const HEAT_SLOPE_C = 1.5;

/** Capsaicin EC50, µM: ≈ 0.7 (711 nM, rat TRPV1 in oocytes; Caterina 1997 via science.md A3). */
export const CAPSAICIN_EC50_uM = 0.7;
/** Hill coefficient 2: model choice for a cooperative tetramer (not in science.md). */
const CAPSAICIN_HILL = 2;

/** Protons open TRPV1 at pH ≤ 5.9 at room temperature (Tominaga 1998 via science.md A3). */
export const PROTON_THRESHOLD_pH = 5.9;
/** Model choice: half-maximal opening 0.6 pH units below the threshold, slope 0.25 pH units, so that
 * P_open ≈ 0.08 at pH 5.9 and ≈ 0.0002 at pH 7.4. */
const PROTON_HALF_BELOW_THRESHOLD = 0.6;
const PROTON_SLOPE = 0.25;

/** TRPV1 is not a mechanosensor: it drives heat hyperalgesia, not mechanical allodynia (Urano et al. 2012
 * via science.md A3). Light touch is kept as an input so a scene can show that it barely opens TRPV1;
 * its largest effect (P_open 0.005) is a model choice standing for "next to nothing". */
const TOUCH_MAX_OPEN = 0.005;

/** Full sensitisation (bradykinin, PGE₂, NGF, protons via PKC/PKA; Huang, Zhang & McNaughton 2006 via
 * science.md A3) lowers the thresholds. The direction is established; these sizes are model choices. */
const SENSITISED_HEAT_SHIFT_C = -6;
const SENSITISED_PROTON_SHIFT_pH = 0.5;
const SENSITISED_EC50_DIVISOR = 5;

/** Channel density after long pain, relative to a pain-free nerve, and how fast it gets there. Model choice:
 * expression rises in inflammation/NGF models (science.md A3, C1 #6: plausible, model-dependent, not shown
 * to be monotonic in humans); a doubling reached with a 4-week time constant. */
export const MAX_DENSITY = 2;
export const DENSITY_TIME_CONSTANT_weeks = 4;

/**
 * The sensitised ending the TRPV1 figure ends on: months of pain (more channels, in this model twice as
 * many) and inflammatory mediators lowering the thresholds. Model choices within the established
 * directions (science.md A3): at least 26 weeks of pain, sensitisation 0.15 (heat threshold 0.9 °C lower).
 * Chosen so that the sensitised ending fires at 42 °C, where a healthy one stays silent, and at the
 * figure's default 44 °C sits near −32 mV, firing nearly twice as fast as a healthy one as the
 * depolarisation block (firing.ts) begins; a stronger stimulus silences it in this model.
 */
export const SENSITISED_ENDING = Object.freeze({ weeksOfPain: 26, sensitisation: 0.15 });

/**
 * HYPOTHESIS, unsupported (science.md A3, C1 #8): the share of TRPV1 opening a figure removes when it draws
 * the source article's claim that dextrose dampens TRPV1. An illustration of the claim, not a measurement.
 */
export const HYPOTHETICAL_DEXTROSE_BLOCK = 0.5;

/** Cation permeability added by a fully open pain-free channel population, relative to resting pK.
 * Model choice: it brings the model nociceptor to threshold at ≈ 43 °C and near −20 mV when fully open.
 * TRPV1 is non-selective (Na⁺ ≈ K⁺), so the same amount is added to pNa and to pK; its Ca²⁺ share
 * (PCa/PNa ≈ 9.6) is left out because `ghk` covers monovalent ions only (model.md). */
export const MAX_ADDED_CATION_PERMEABILITY = 1;

/**
 * The relative pNa that opening TRPV1 adds in the membrane lab: 0.10, one of science.md A1's GHK
 * sensitivity values (pNa 0.05 → 0.15 gives −49.6 mV). Only pNa is raised there; the TRPV1 figure's own
 * model adds to pK as well (MAX_ADDED_CATION_PERMEABILITY).
 */
export const TRPV1_ADDED_PNA = 0.1;

function logistic(x: number): number {
	return 1 / (1 + Math.exp(-x));
}

function checkStimulus(where: string, s: Trpv1Stimulus): void {
	inRange(where, 'heat_C', s.heat_C, ...TRPV1_LIMITS.heat_C, '°C');
	inRange(where, 'capsaicin_uM', s.capsaicin_uM, ...TRPV1_LIMITS.capsaicin_uM, 'µM');
	inRange(where, 'pH', s.pH, ...TRPV1_LIMITS.pH);
	fraction(where, 'touch', s.touch);
}

/**
 * Open probability (0–1) of TRPV1 under a stimulus, the established curve with no hypothesis in it.
 * Each stimulus opens the channel independently (heat: Boltzmann; capsaicin: Hill; protons: Boltzmann
 * in pH; touch: next to nothing) and P_open = 1 − Π(1 − P_i). `sensitisation` (0–1) lowers the heat
 * threshold by up to 6 °C, raises the proton threshold by up to 0.5 pH unit and divides the capsaicin
 * EC50 by up to 5. Never decreases when heat, capsaicin, touch or sensitisation rise or pH falls.
 * Throws RangeError outside heat 0–60 °C, capsaicin 0–100 µM, pH 3–9, touch and sensitisation 0–1.
 */
export function trpv1OpenProbability(stimulus: Trpv1Stimulus = RESTING_STIMULUS, sensitisation = 0): number {
	const where = 'trpv1OpenProbability';
	checkStimulus(where, stimulus);
	fraction(where, 'sensitisation', sensitisation);
	const heatHalf_C = HEAT_THRESHOLD_C + HEAT_HALF_ABOVE_THRESHOLD_C + SENSITISED_HEAT_SHIFT_C * sensitisation;
	const heat = logistic((stimulus.heat_C - heatHalf_C) / HEAT_SLOPE_C);
	const protonHalf =
		PROTON_THRESHOLD_pH - PROTON_HALF_BELOW_THRESHOLD + SENSITISED_PROTON_SHIFT_pH * sensitisation;
	const protons = logistic((protonHalf - stimulus.pH) / PROTON_SLOPE);
	const ec50_uM = CAPSAICIN_EC50_uM / (1 + (SENSITISED_EC50_DIVISOR - 1) * sensitisation);
	const c = (stimulus.capsaicin_uM / ec50_uM) ** CAPSAICIN_HILL;
	const capsaicin = c / (1 + c);
	const touch = TOUCH_MAX_OPEN * stimulus.touch;
	return 1 - (1 - heat) * (1 - capsaicin) * (1 - protons) * (1 - touch);
}

/**
 * TRPV1 density relative to a pain-free nerve (1) after `weeksOfPain` weeks (0–520):
 * D = 1 + (D_max − 1)·(1 − e^(−w/τ)), D_max = 2, τ = 4 weeks. Rising and saturating: a model choice
 * standing for a plausible, partly supported claim (science.md C1 #6), not a measured human time course.
 */
export function trpv1Density(weeksOfPain: number): number {
	inRange('trpv1Density', 'weeksOfPain', weeksOfPain, ...TRPV1_LIMITS.weeksOfPain, 'weeks');
	return 1 + (MAX_DENSITY - 1) * (1 - Math.exp(-weeksOfPain / DENSITY_TIME_CONSTANT_weeks));
}

export type Trpv1Input = {
	/** Defaults to RESTING_STIMULUS for any field left out. */
	stimulus?: Partial<Trpv1Stimulus>;
	/** 0–520 weeks; default 0. */
	weeksOfPain?: number;
	/** 0–1; default 0. */
	sensitisation?: number;
	/** HYPOTHESIS, unsupported (science.md A3, C1 #8): fraction of TRPV1 opening that dextrose would
	 * prevent, 0–1. Default 0: the established model has no dextrose effect. */
	dextroseBlock?: number;
	// concentrations: MAMMALIAN by default (rest −67.2 mV); NOCICEPTOR (high Cl⁻ inside) is the other choice
} & MembraneInput;

export type Trpv1State = {
	stimulus: Trpv1Stimulus;
	density: number;
	/** Established open probability, whatever the hypothesis says. */
	openProbability: number;
	/** Open probability after the dextrose hypothesis (equal to openProbability when dextroseBlock is 0). */
	openProbabilityWithHypothesis: number;
	/** Added to both pNa and pK, relative to resting pK. */
	addedCationPermeability: number;
	/** Vm with the TRPV1 current, and without any open TRPV1. */
	vm_mV: number;
	rest_mV: number;
	depolarisation_mV: number;
	threshold_mV: number;
	/** threshold − Vm: positive while Vm is below the firing threshold. */
	distanceToThreshold_mV: number;
	firingRate_Hz: number;
};

/**
 * The whole TRPV1 chain for one slider position: stimulus and weeks of pain → density × open
 * probability → added cation permeability → Vm (`ghk` at 37 °C) → firing rate. More stimulus, more
 * density or more sensitisation never lowers Vm; `dextroseBlock` (hypothesis, default 0) lowers it.
 * Throws RangeError as `trpv1OpenProbability`, `trpv1Density` and `ghk` do, and for dextroseBlock outside 0–1.
 */
export function trpv1Response(input: Trpv1Input = {}): Trpv1State {
	const stimulus: Trpv1Stimulus = { ...RESTING_STIMULUS, ...input.stimulus };
	const sensitisation = input.sensitisation ?? 0;
	const dextroseBlock = fraction('trpv1Response', 'dextroseBlock', input.dextroseBlock ?? 0);
	const { concentrations, permeability } = membraneOf(input);
	const density = trpv1Density(input.weeksOfPain ?? 0);
	const openProbability = trpv1OpenProbability(stimulus, sensitisation);
	const openProbabilityWithHypothesis = openProbability * (1 - dextroseBlock);
	const added = MAX_ADDED_CATION_PERMEABILITY * density * openProbabilityWithHypothesis;
	// The membrane itself stays at 37 °C here even when the stimulus is hot: RT/F would change by a few
	// per cent, which would blur the point (the channel, not the thermometer, depolarises the cell).
	const rest_mV = ghk(permeability, concentrations);
	const vm_mV = ghk(
		{ K: permeability.K + added, Na: permeability.Na + added, Cl: permeability.Cl },
		concentrations
	);
	return {
		stimulus,
		density,
		openProbability,
		openProbabilityWithHypothesis,
		addedCationPermeability: added,
		vm_mV,
		rest_mV,
		depolarisation_mV: vm_mV - rest_mV,
		threshold_mV: FIRING_THRESHOLD_mV,
		distanceToThreshold_mV: FIRING_THRESHOLD_mV - vm_mV,
		firingRate_Hz: firingRate_Hz(vm_mV)
	};
}
