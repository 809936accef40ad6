import { CUSHION_DEFAULTS, CUSHION_LIMITS, cushionSeries, type CushionSeries } from '$lib/physiology';
import { passage } from '$lib/player/steps';
import { cushionSteps } from './steps';

/** What the reader can change: the bolus, and whether the proponents' "washout" is drawn beside the model. */
export interface CushionParams {
	/** saline injected under the skin, mL (hydrotomy's stated 5–500 mL, science.md C2 #12) */
	bolus_mL: number;
	/** draw the claimed "washout" (mediators durably removed) as a separate, dashed curve */
	showWashout: boolean;
}

export const cushionDefaults: CushionParams = { bolus_mL: CUSHION_DEFAULTS.bolus_mL, showWashout: false };

/** The bolus slider's stops, mL: the model's whole range, denser where most injections are. */
export const BOLUS_STOPS_mL = [5, 10, 20, 30, 50, 100, 200, 300, 500] as const;

/** The chart's window: four hours after the injection (science.md D). */
export const CHART_MINUTES = CUSHION_DEFAULTS.duration_min;

/** Model time shown at each step, min: before the injection (the bolus not yet in), then 0, 1, 2 and 4 h. */
const STEP_TIMES_min = [0, 0, 60, 120, CHART_MINUTES, CHART_MINUTES];
/** How much of the bolus is in at each step: the injection itself is the passage from step 0 to step 1. */
const INJECTED = [0, 1, 1, 1, 1, 1];
/** "Back above 90 %": the threshold a reader can see on the chart. */
export const RECOVERED_RATIO = 0.9;

/** A bolus the model accepts: finite and within 5–500 mL. */
export function safeBolus(value: number): number {
	const [min, max] = CUSHION_LIMITS.bolus_mL;
	return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : CUSHION_DEFAULTS.bolus_mL;
}

/** The bolus stop nearest a value (the slider moves by stops). */
export function nearestBolusStop(bolus_mL: number): number {
	const v = safeBolus(bolus_mL);
	let best = 0;
	BOLUS_STOPS_mL.forEach((stop, i) => {
		if (Math.abs(stop - v) < Math.abs(BOLUS_STOPS_mL[best]! - v)) best = i;
	});
	return best;
}

interface Run {
	series: CushionSeries;
	/** when C/C0 is back above 90 %, min (a longer run than the chart, for big boluses) */
	recovered90_min: number;
}
const runs = new Map<number, Run>();
function runFor(bolus_mL: number): Run {
	let run = runs.get(bolus_mL);
	if (!run) {
		const series = cushionSeries({ bolus_mL });
		const long = cushionSeries({ bolus_mL, duration_min: 24 * 60, sampleEvery_min: 5 });
		const i = long.ratio.findIndex((r) => r >= RECOVERED_RATIO);
		run = { series, recovered90_min: i >= 0 ? long.t_min[i]! : Infinity };
		if (runs.size > 40) runs.clear();
		runs.set(bolus_mL, run);
	}
	return run;
}

function ratioAt(series: CushionSeries, t_min: number): number {
	const step = series.t_min[1]! - series.t_min[0]!;
	const i = Math.min(series.ratio.length - 1, Math.max(0, t_min / step));
	const lo = Math.floor(i);
	const hi = Math.min(series.ratio.length - 1, lo + 1);
	return series.ratio[lo]! + (series.ratio[hi]! - series.ratio[lo]!) * (i - lo);
}

export interface CushionSceneState {
	params: CushionParams;
	position: number;
	stepIndex: number;
	/** 0 → 1: how much of the bolus has gone in (the injection) */
	injected: number;
	/** model time shown, min after the injection */
	t_min: number;
	/** local mediator concentration relative to before (C/C0), now */
	ratio: number;
	/** the same in the joint or disc: always 1, nothing connects it to the cushion */
	jointRatio: number;
	/** saline still under the skin, mL, and the local fluid before the injection */
	bolusLeft_mL: number;
	interstitial_mL: number;
	/** the dip right after the injection, and C/C0 at 1, 2 and 4 h */
	minimumRatio: number;
	at1h: number;
	at2h: number;
	at4h: number;
	/** share of the usual mediator exposure the tissue saw over the four hours */
	exposure: number;
	recovered90_min: number;
	absorptionHalfLife_min: number;
	series: CushionSeries;
}

/** Everything the cushion figure shows at position t (player/steps.ts) for the reader's parameters. */
export function cushionSceneAt(t: number, params: CushionParams = cushionDefaults): CushionSceneState {
	const bolus_mL = safeBolus(params.bolus_mL);
	const { series, recovered90_min } = runFor(bolus_mL);

	const last = cushionSteps.length - 1;
	const position = Math.min(last, Math.max(0, Number.isFinite(t) ? t : 0));
	const { from, to, progress } = passage(position);
	const t_min = STEP_TIMES_min[from]! + (STEP_TIMES_min[to]! - STEP_TIMES_min[from]!) * progress;
	const injected = INJECTED[from]! + (INJECTED[to]! - INJECTED[from]!) * progress;

	// While the bolus goes in, the tissue is diluted by what has gone in so far (before any is absorbed).
	const vIsf = CUSHION_DEFAULTS.interstitial_mL;
	const ratio = injected < 1 ? vIsf / (vIsf + injected * bolus_mL) : ratioAt(series, t_min);
	const kAbs = Math.LN2 / CUSHION_DEFAULTS.absorptionHalfLife_min;

	return {
		params: { ...params, bolus_mL, showWashout: params.showWashout === true },
		position,
		stepIndex: Math.round(position),
		injected,
		t_min,
		ratio,
		jointRatio: series.jointRatio,
		bolusLeft_mL: injected * bolus_mL * Math.exp(-kAbs * t_min),
		interstitial_mL: vIsf,
		minimumRatio: series.minimumRatio,
		at1h: ratioAt(series, 60),
		at2h: ratioAt(series, 120),
		at4h: ratioAt(series, CHART_MINUTES),
		exposure: series.exposure,
		recovered90_min,
		absorptionHalfLife_min: CUSHION_DEFAULTS.absorptionHalfLife_min,
		series
	};
}
