// The hydrotomy "cushion": a subcutaneous saline bolus diluting the local interstitial fluid, with the
// mediator still being produced and cleared. science.md D, one well-mixed local compartment:
//   V(t)  = V_isf + V_b·e^(−k_abs·t),           k_abs = ln2 / t½abs
//   dM/dt = P − CL·C − C·Q(t)                    C = M/V,  Q(t) = k_abs·V_b·e^(−k_abs·t)
//   CL    = k_el·V_isf,  P = CL·C0               (steady state before the injection)
// The absorbed fluid carries mediator away (carry-off, switchable). A joint or disc is a separate
// compartment the bolus does not reach: its concentration stays at baseline.
import { inRange, positive } from './check';
import { integrate } from './ode';

/** Model defaults (science.md D). */
export const CUSHION_DEFAULTS = Object.freeze({
	/** Local interstitial fluid: a 5 × 5 × 1 cm region holds ~4–7 mL (science.md D, textbook ISF share). */
	interstitial_mL: 5,
	/** The worked example of science.md D (a "high average" hydrotomy/glucopuncture volume). */
	bolus_mL: 20,
	/** Subcutaneous saline absorption t½ ≈ 30 min (Danielsen et al. 2022 fit, science.md D; range 0.5–3 h). */
	absorptionHalfLife_min: 30,
	/** Mediator elimination t½ 30 min: the order of TNF-α β 49 min and IL-1β β 41 min (science.md D). */
	eliminationHalfLife_min: 30,
	carryOff: true,
	duration_min: 240,
	sampleEvery_min: 1
});

/**
 * Two measured absorption rates the cushion figure lets a reader choose between, t½ in min.
 * - patients: 30 min, a first-order fit to Danielsen et al. 2022 (6 frail patients aged about 81, 235 mL
 *   over an hour; science.md D). Hydrotomy patients are younger and the bolus smaller.
 * - pigs: 120 min, a model choice standing for Koulakis et al. 2020's "stays for several hours" (live pigs,
 *   2.5–40 mL boluses, closer to a hydrotomy bolus); science.md D uses 2 h for that case.
 * Neither was measured after a hydrotomy.
 */
export const ABSORPTION_HALF_LIVES_min = Object.freeze({ patients: 30, pigs: 120 });
export type AbsorptionSource = keyof typeof ABSORPTION_HALF_LIVES_min;

/** Accepted ranges. Bolus 5–500 mL: hydrotomy's stated volumes (science.md C2 #12). */
export const CUSHION_LIMITS = Object.freeze({
	interstitial_mL: [0.5, 100],
	bolus_mL: [5, 500],
	absorptionHalfLife_min: [5, 600],
	eliminationHalfLife_min: [1, 600],
	duration_min: [1, 20_000]
} as const);

export type CushionOptions = Partial<{
	interstitial_mL: number;
	bolus_mL: number;
	absorptionHalfLife_min: number;
	eliminationHalfLife_min: number;
	/** true: the fluid that leaves takes its share of mediator with it (science.md D's main case).
	 * false: pure dilution, clearance only by the concentration-dependent elimination. */
	carryOff: boolean;
	duration_min: number;
	sampleEvery_min: number;
}>;

export type CushionSeries = {
	t_min: number[];
	/** Local mediator concentration relative to before the injection, C/C0. */
	ratio: number[];
	/** Local fluid volume V(t), mL. */
	volume_mL: number[];
	/** C/C0 in the joint or disc: the bolus does not reach it, so it stays 1 (science.md C2 #16–18, D). */
	jointRatio: 1;
	/** Lowest and highest C/C0 in the window, and when the highest occurs. */
	minimumRatio: number;
	peakRatio: number;
	peakTime_min: number;
	/** ∫(C/C0) dt over the window divided by its length: 1 means the tissue saw as much mediator as
	 * without any injection; below 1, less. */
	exposure: number;
};

/**
 * C/C0 over time after a saline bolus, sampled every `sampleEvery_min` from 0 to `duration_min`
 * (defaults: V_isf 5 mL, bolus 20 mL, t½abs = t½el = 30 min, carry-off on, 0–240 min every 1 min).
 * With carry-off C/C0 = 0.20, 0.33, 0.50, 0.80, 0.94, 0.985 at 0, 30, 60, 120, 180, 240 min (science.md D);
 * without it C overshoots to ~1.2·C0 near 2 h and the long-run exposure is unchanged.
 * Throws RangeError for any option outside CUSHION_LIMITS, a sample step outside (0, duration], or more
 * than 100 000 samples.
 */
export function cushionSeries(options: CushionOptions = {}): CushionSeries {
	const where = 'cushionSeries';
	const o = { ...CUSHION_DEFAULTS, ...options };
	const vIsf = inRange(where, 'interstitial_mL', o.interstitial_mL, ...CUSHION_LIMITS.interstitial_mL, 'mL');
	const vBolus = inRange(where, 'bolus_mL', o.bolus_mL, ...CUSHION_LIMITS.bolus_mL, 'mL');
	const tAbs = inRange(
		where,
		'absorptionHalfLife_min',
		o.absorptionHalfLife_min,
		...CUSHION_LIMITS.absorptionHalfLife_min,
		'min'
	);
	const tEl = inRange(
		where,
		'eliminationHalfLife_min',
		o.eliminationHalfLife_min,
		...CUSHION_LIMITS.eliminationHalfLife_min,
		'min'
	);
	const duration = inRange(where, 'duration_min', o.duration_min, ...CUSHION_LIMITS.duration_min, 'min');
	const every = positive(where, 'sampleEvery_min', o.sampleEvery_min, duration, 'min');
	if (typeof o.carryOff !== 'boolean') throw new RangeError(`${where}: carryOff must be true or false`);
	const carry = o.carryOff ? 1 : 0;
	const kAbs = Math.LN2 / tAbs;
	const kEl = Math.LN2 / tEl;
	const volume = (t: number) => vIsf + vBolus * Math.exp(-kAbs * t);
	// Work with c = C/C0 and m = M/C0 (mL). Then dm/dt = CL·(1 − c) − carry·c·Q and, since V' = −Q,
	// dc/dt = CL·(1 − c)/V + (1 − carry)·c·Q/V. The second state is ∫c dt (the exposure).
	const clearance_mL_per_min = kEl * vIsf;
	// RK4 stays accurate when each sub-step is under a tenth of the fastest time constant.
	const fastest = Math.max(kAbs, kEl);
	const substeps = Math.min(1000, Math.max(1, Math.ceil((every * fastest) / 0.1)));
	const solution = integrate(
		(t, y, dydt) => {
			const c = y[0]!;
			const v = volume(t);
			const q = kAbs * vBolus * Math.exp(-kAbs * t);
			dydt[0] = (clearance_mL_per_min * (1 - c) + (1 - carry) * c * q) / v;
			dydt[1] = c;
		},
		[vIsf / (vIsf + vBolus), 0],
		{ t1: duration, sampleEvery: every, substeps }
	);
	const ratio = solution.y.map((y) => y[0]!);
	let peak = 0;
	let minimumRatio = ratio[0]!;
	for (let i = 1; i < ratio.length; i++) {
		if (ratio[i]! > ratio[peak]!) peak = i;
		minimumRatio = Math.min(minimumRatio, ratio[i]!);
	}
	const auc = solution.y[solution.y.length - 1]![1]!;
	return {
		t_min: solution.t,
		ratio,
		volume_mL: solution.t.map(volume),
		jointRatio: 1,
		minimumRatio,
		peakRatio: ratio[peak]!,
		peakTime_min: solution.t[peak]!,
		exposure: auc / duration
	};
}
