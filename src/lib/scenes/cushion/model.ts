import {
	ABSORPTION_HALF_LIVES_min,
	CUSHION_DEFAULTS,
	CUSHION_LIMITS,
	cushionSeries,
	type AbsorptionSource,
	type CushionSeries
} from '$lib/physiology';
import { clamp } from '$lib/math/clamp';
import { valueAt } from '$lib/math/series';
import type { Control, ParamsOf } from '$lib/player/parameters';
import { along, positionAt, stepsFrom, type Position, type StepTable } from '$lib/player/steps';
import durations from './steps.json';

/**
 * The cushion story in six labelled steps: the inflamed tissue, the bolus that dilutes it, four hours of
 * absorption while the mediators keep being made, and the joint the saline never reaches (steps.json:
 * each passage's length in seconds).
 */
export const steps = stepsFrom(durations);

export type CushionStep = Position<typeof steps>['step'];

/** The bolus slider's stops, mL: hydrotomy's stated 5–500 mL (CUSHION_LIMITS), denser where most injections are. */
export const BOLUS_STOPS_mL = [5, 10, 20, 30, 50, 100, 200, 300, 500] as const;

/**
 * What the cushion model accepts (CUSHION_LIMITS): the stops span hydrotomy's stated 5–500 mL, all of it.
 * Each slider's values must lie inside these (tests/unit/scenes/limits.test.ts).
 */
export const physiologyLimits = { bolus_mL: CUSHION_LIMITS.bolus_mL } as const;

/** The two absorption rates a reader can choose: measured in old patients, or as seen in pigs. */
export const absorptionSources = Object.keys(ABSORPTION_HALF_LIVES_min) as AbsorptionSource[];

/**
 * What the reader can change: the bolus, how fast the saline leaves (the two measurements disagree), and
 * whether a dilution that lasted is drawn beside the model (what the "washout" would need).
 */
export const controls = [
	{
		kind: 'stops',
		key: 'bolus_mL',
		stops: BOLUS_STOPS_mL,
		default: CUSHION_DEFAULTS.bolus_mL,
		show: (value, n) => n.mL(value)
	},
	{ kind: 'choice', key: 'absorption', options: absorptionSources, default: 'patients' },
	{ kind: 'claim', key: 'showWashout', claim: 'washout', default: false }
] as const satisfies readonly Control[];

export type CushionParams = ParamsOf<typeof controls>;

/**
 * Beyond this bolus, mL, the description says that a real one would spread: every bolus mixes into the same
 * 5 mL of tissue fluid (science.md D's patch, sized for a 20 mL bolus), and 40 mL is the largest bolus seen to
 * spread and swell the tissue "a few times its volume" in pigs (Koulakis 2020, D). No spreading is modelled:
 * science.md gives no number for it.
 */
export const SPREAD_BEYOND_mL = 40;

/** The chart's window: four hours after the injection (science.md D). */
export const CHART_MINUTES = CUSHION_DEFAULTS.duration_min;
/** "Back above 90 %": the threshold a reader can see on the chart. */
export const RECOVERED_RATIO = 0.9;
/** The longer run that finds when C/C0 is back above 90 % for boluses four hours are not enough for. */
const LONG_RUN_min = 24 * 60;
const LONG_SAMPLE_min = 5;

export interface CushionModel {
	/** the parameters as the model took them: the bolus kept within CUSHION_LIMITS, a known absorption */
	params: CushionParams;
	/** C/C0 every CUSHION_DEFAULTS.sampleEvery_min over the chart's four hours */
	series: CushionSeries;
	/** the local tissue fluid the bolus joins, mL, and the saline's absorption half-life, min */
	interstitial_mL: number;
	absorptionHalfLife_min: number;
	/** when C/C0 is back above RECOVERED_RATIO, min (from a 24-hour run; its end if never within it) */
	recovered90_min: number;
}

/** Everything that depends on the parameters: the four-hour run on the chart and the 24-hour one. */
export function cushionModel(params: CushionParams): CushionModel {
	const bolus_mL = clamp(params.bolus_mL, ...CUSHION_LIMITS.bolus_mL, CUSHION_DEFAULTS.bolus_mL);
	const absorption = absorptionSources.includes(params.absorption) ? params.absorption : 'patients';
	const absorptionHalfLife_min = ABSORPTION_HALF_LIVES_min[absorption];
	const series = cushionSeries({ bolus_mL, absorptionHalfLife_min, duration_min: CHART_MINUTES });
	const long = cushionSeries({
		bolus_mL,
		absorptionHalfLife_min,
		duration_min: LONG_RUN_min,
		sampleEvery_min: LONG_SAMPLE_min
	});
	const back = long.ratio.findIndex((ratio) => ratio >= RECOVERED_RATIO);
	return {
		params: { bolus_mL, absorption, showWashout: params.showWashout === true },
		series,
		interstitial_mL: CUSHION_DEFAULTS.interstitial_mL,
		absorptionHalfLife_min,
		recovered90_min: back >= 0 ? long.t_min[back]! : LONG_RUN_min
	};
}

/** Model time shown at each step, min: before the injection (the bolus not yet in), then 0, 1, 2 and 4 h. */
const STEP_TIMES_min = {
	inflamed: 0,
	bolus: 0,
	absorbed: 60,
	'made-again': 120,
	recovered: CHART_MINUTES,
	'joint-unchanged': CHART_MINUTES
} satisfies StepTable<typeof steps, number>;

export interface CushionFrame {
	step: CushionStep;
	position: Position<typeof steps>;
	/** 0 → 1: how much of the bolus has gone in (the injection) */
	injected: number;
	/** model time shown, min after the injection */
	t_min: number;
	/** local mediator concentration relative to before (C/C0), now */
	ratio: number;
	/** saline still under the skin, mL */
	bolusLeft_mL: number;
	/** 0 → 1: how visible the needle is */
	needle: number;
	jointFocus: boolean;
}

/** What the cushion figure shows at position t: cheap, once per frame (the runs are in the model). */
export function cushionFrameAt(model: CushionModel, t: number): CushionFrame {
	const position = positionAt(steps, t);
	const t_min = along(STEP_TIMES_min, position);
	// the injection itself is the passage into 'bolus'
	const injected = position.reached('bolus');
	const { bolus_mL } = model.params;
	// While the bolus goes in, the tissue is diluted by what has gone in so far (before any is absorbed).
	const vIsf = model.interstitial_mL;
	const sample_min = model.series.t_min[1]! - model.series.t_min[0]!;
	const ratio =
		injected < 1 ? vIsf / (vIsf + injected * bolus_mL) : valueAt(model.series.ratio, sample_min, t_min);
	const kAbs = Math.LN2 / model.absorptionHalfLife_min;
	return {
		step: position.step,
		position,
		injected,
		t_min,
		ratio,
		bolusLeft_mL: injected * bolus_mL * Math.exp(-kAbs * t_min),
		// in as the injection starts, gone halfway through the next passage
		needle: Math.max(0, Math.min(1, 2 * injected) - Math.min(1, 2 * position.since('bolus'))),
		// the last step turns the reader to the joint: its outline and labels stand out
		jointFocus: position.step === 'joint-unchanged'
	};
}
