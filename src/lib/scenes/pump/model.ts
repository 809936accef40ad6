import {
	atpPerGlucose,
	BLOOD_GLUCOSE_mM,
	D5W_PERCENT,
	FUEL_WITHDRAWN_AND_RESTORED,
	ghk,
	glucoseMillimolar,
	glucoseUptakeFraction,
	MAMMALIAN,
	MAMMALIAN_PERMEABILITY,
	PUMP_LIMITS,
	PUMP_STEPS,
	simulatePumpLeak,
	type PumpLeakSeries,
	type PumpState,
	type PumpStep
} from '$lib/physiology';
import { clamp } from '$lib/math/clamp';
import { valueAt } from '$lib/math/series';
import type { Control, ParamsOf } from '$lib/player/parameters';
import { mix } from '$lib/math/mix';
import { positionAt, stepsFrom, type Position, type StepId, type StepTable } from '$lib/player/steps';
import durations from './steps.json';

/**
 * The pump story in eight labelled steps: one turn of the Na⁺/K⁺-ATPase, each passage a couple of seconds,
 * then the same axon over two hours of model time as its fuel is withdrawn and given back (steps.json: each
 * passage's length in seconds).
 */
export const steps = stepsFrom(durations);

export type PumpStepId = StepId<typeof steps>;

/** 5 % dextrose, the glucopuncture injection: ≈ 278 mM of glucose (science.md A2, C1 #1). */
export const D5W_GLUCOSE_mM = glucoseMillimolar(D5W_PERCENT);
/** The glucose slider's stops, mM: fine steps around the transporter's Km (1–3 mM), then up to 5 % dextrose. */
export const GLUCOSE_STOPS_mM = [0, 0.5, 1, 2, 3, BLOOD_GLUCOSE_mM, 10, 20, 50, 100, D5W_GLUCOSE_mM] as const;

/**
 * What the pump models accept (PUMP_LIMITS, 0–1000 mM): the stops end at 5 % dextrose, well inside.
 * Each slider's values must lie inside these (tests/unit/scenes/limits.test.ts).
 */
export const physiologyLimits = { glucose_mM: PUMP_LIMITS.glucose_mM } as const;

/**
 * What the reader can change: the glucose the axon gets while it is fed (before 10 min and from 70 min),
 * whether oxygen is there throughout (without it: glycolysis only, as in a compressed, ischaemic nerve), and
 * the article's claim "painful nerves are glucose-starved, dextrose refuels them" as a dashed layer.
 */
export const controls = [
	{
		kind: 'stops',
		key: 'glucose_mM',
		stops: GLUCOSE_STOPS_mM,
		default: BLOOD_GLUCOSE_mM,
		show: (value, n) => n.mM(value),
		named: { none: 0, blood: BLOOD_GLUCOSE_mM, d5w: D5W_GLUCOSE_mM }
	},
	{ kind: 'switch', key: 'oxygen', default: true },
	{ kind: 'claim', key: 'showHypothesis', claim: 'dextrose-feeds-starved-nerves', default: false }
] as const satisfies readonly Control[];

export type PumpParams = ParamsOf<typeof controls>;

/** The fuel story of the model (FUEL_WITHDRAWN_AND_RESTORED): fed, then nothing from 10 min, fed again from 70. */
export const FUEL_CUT_min = FUEL_WITHDRAWN_AND_RESTORED[1]!.start_min;
export const FUEL_BACK_min = FUEL_WITHDRAWN_AND_RESTORED[2]!.start_min;
export const CHART_MINUTES = 120;
const SAMPLE_min = 0.5;
/** While the reserve still carries the pump: the time the "fuel cut" step shows. */
const ON_RESERVE_min = 40;
/** Just before fuel returns: the time the "run down" step shows. */
const STARVED_min = FUEL_BACK_min - SAMPLE_min;
/** [Na⁺]i within this of rest, mM, counts as recovered. */
const RECOVERED_mM = 1;
/** A pump below this share of its resting rate has stopped. */
export const STALLED_RATE = 0.05;

/**
 * At each step: the model time shown (min) and the state of the Post–Albers cycle (physiology/pump.ts) the
 * pump is in. The cycle steps show the first, fed, ten minutes; then the reserve carries the pump, the
 * gradients run down until just before fuel returns, and they recover. After one full turn a new cycle
 * starts: a fed pump binds 3 Na⁺ again, and a starved one waits there for the ATP it needs.
 */
const AT_STEP = {
	'na-bind': { shown_min: FUEL_CUT_min, cycle: 'na-bind-inside' },
	'atp-phosphate': { shown_min: FUEL_CUT_min, cycle: 'atp-binds-adp-leaves' },
	'na-out': { shown_min: FUEL_CUT_min, cycle: 'na-released-outside' },
	'k-bind': { shown_min: FUEL_CUT_min, cycle: 'k-bind-outside' },
	'k-in': { shown_min: FUEL_CUT_min, cycle: 'k-released-inside' },
	'fuel-cut': { shown_min: ON_RESERVE_min, cycle: 'na-bind-inside' },
	'run-down': { shown_min: STARVED_min, cycle: 'na-bind-inside' },
	'fuel-back': { shown_min: CHART_MINUTES, cycle: 'na-bind-inside' }
} as const satisfies StepTable<typeof steps, { shown_min: number; cycle: PumpState }>;

export interface PumpReading {
	t_min: number;
	naInside_mM: number;
	kInside_mM: number;
	vm_mV: number;
	/** pump cycles relative to rest (1 at rest, 0 stalled) */
	pumpRate: number;
}

export interface PumpModel {
	/** the parameters as the model used them: glucose within the slider's range, never NaN */
	params: PumpParams;
	/** the two-hour pump–leak run, sampled every SAMPLE_min */
	series: PumpLeakSeries;
	/** the textbook resting axon every run starts from: 12/140 mM, −67 mV */
	rest: PumpReading;
	/** at the end of the fed start (10 min), just before fuel returns (69.5 min), and at the end (120 min) */
	fed: PumpReading;
	starved: PumpReading;
	end: PumpReading;
	/** minutes after fuel returns until [Na⁺]i is back within 1 mM of rest; null if it never is */
	recovery_min: number | null;
	/** fastest pump rate after fuel returns, relative to rest */
	peakRateAfterReturn: number;
	/** ATP one glucose gives with the chosen oxygen */
	atpPerGlucose: number;
	/** glucose uptake as a share of its maximum: at the chosen glucose, at blood glucose and at 5 % dextrose */
	uptake: number;
	uptakeAtBlood: number;
	uptakeAtD5W: number;
}

const readingAt = (series: PumpLeakSeries, t_min: number): PumpReading => ({
	t_min,
	naInside_mM: valueAt(series.naInside_mM, SAMPLE_min, t_min),
	kInside_mM: valueAt(series.kInside_mM, SAMPLE_min, t_min),
	vm_mV: valueAt(series.vm_mV, SAMPLE_min, t_min),
	pumpRate: valueAt(series.pumpRate, SAMPLE_min, t_min)
});

/** Everything that depends on the parameters: the two-hour run and what is read from it. */
export function pumpModel(params: PumpParams): PumpModel {
	// a bad value reads as no glucose; the model knows nothing beyond the slider's last stop
	const glucose_mM = clamp(params.glucose_mM, 0, D5W_GLUCOSE_mM, 0);
	const oxygen = params.oxygen === true;
	const series = simulatePumpLeak({
		schedule: FUEL_WITHDRAWN_AND_RESTORED.map((phase) => ({
			start_min: phase.start_min,
			glucose_mM: phase.glucose_mM > 0 ? glucose_mM : 0,
			oxygen
		})),
		duration_min: CHART_MINUTES,
		sampleEvery_min: SAMPLE_min
	});

	const rest: PumpReading = {
		t_min: 0,
		naInside_mM: MAMMALIAN.Na.inside_mM,
		kInside_mM: MAMMALIAN.K.inside_mM,
		vm_mV: ghk(MAMMALIAN_PERMEABILITY, MAMMALIAN),
		pumpRate: 1
	};
	let recovery_min: number | null = null;
	let peakRateAfterReturn = 0;
	series.t_min.forEach((time, i) => {
		if (time < FUEL_BACK_min) return;
		peakRateAfterReturn = Math.max(peakRateAfterReturn, series.pumpRate[i]!);
		if (recovery_min === null && Math.abs(series.naInside_mM[i]! - rest.naInside_mM) < RECOVERED_mM)
			recovery_min = time - FUEL_BACK_min;
	});

	return {
		params: { glucose_mM, oxygen, showHypothesis: params.showHypothesis === true },
		series,
		rest,
		fed: readingAt(series, FUEL_CUT_min),
		starved: readingAt(series, STARVED_min),
		end: readingAt(series, CHART_MINUTES),
		recovery_min,
		peakRateAfterReturn,
		atpPerGlucose: atpPerGlucose(oxygen),
		uptake: glucoseUptakeFraction(glucose_mM),
		uptakeAtBlood: glucoseUptakeFraction(BLOOD_GLUCOSE_mM),
		uptakeAtD5W: glucoseUptakeFraction(D5W_GLUCOSE_mM)
	};
}

export interface PumpFrame {
	step: PumpStepId;
	position: Position<typeof steps>;
	/** the cycle state drawn and the one the pump is moving to (the same when settled) */
	cycle: { from: PumpState; to: PumpState; fromStep: PumpStep; toStep: PumpStep };
	/** model time the chart is drawn up to, min, and the readings there */
	shownUntil_min: number;
	now: PumpReading;
	/** the glucose bathing the axon at shownUntil_min, mM: the reader's setting while fed, none after the cut
	 * (10 min) and before glucose returns (70 min) */
	glucose_mM: number;
	/** on the two-hour run, with no ATP to go on: the pump waits, 3 Na⁺ bound */
	stalled: boolean;
}

/** What the pump figure shows at position t: cheap, once per frame. */
export function pumpFrameAt(model: PumpModel, t: number): PumpFrame {
	const position = positionAt(steps, t);
	const [from, to] = [AT_STEP[position.from], AT_STEP[position.to]];
	const shownUntil_min = mix(from.shown_min, to.shown_min, position.progress);
	const now = readingAt(model.series, shownUntil_min);
	const cycle = { from: from.cycle, to: to.cycle };
	return {
		step: position.step,
		position,
		cycle: { ...cycle, fromStep: PUMP_STEPS[cycle.from], toStep: PUMP_STEPS[cycle.to] },
		shownUntil_min,
		now,
		glucose_mM: shownUntil_min > FUEL_CUT_min && shownUntil_min < FUEL_BACK_min ? 0 : model.params.glucose_mM,
		// on the two-hour run (from 'fuel-cut' on), a pump without ATP is drawn stalled
		stalled: position.reached('fuel-cut') === 1 && now.pumpRate < STALLED_RATE
	};
}
