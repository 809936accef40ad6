import {
	atpPerGlucose,
	FUEL_WITHDRAWN_AND_RESTORED,
	ghk,
	MAMMALIAN,
	MAMMALIAN_PERMEABILITY,
	nernst,
	glucoseUptakeFraction,
	PUMP_STEPS,
	simulatePumpLeak,
	type FuelPhase,
	type PumpLeakSeries,
	type PumpState,
	type PumpStep
} from '$lib/physiology';
import { passage } from '$lib/player/steps';
import { pumpSteps } from './steps';

/** What the reader can change: the fuel the axon gets when it is fed, and whether the hypothesis is drawn. */
export interface PumpParams {
	/** glucose around the axon while it is fed (before 10 min and from 70 min), mM */
	glucose_mM: number;
	/** oxygen present throughout (false: glycolysis only, as in a compressed, ischaemic nerve) */
	oxygen: boolean;
	/** draw the article's claim "painful nerves are glucose-starved, dextrose refuels them" as a dashed layer */
	showHypothesis: boolean;
}

/** Normal blood glucose, mM (science.md A2). */
export const BLOOD_GLUCOSE_mM = 5;
/** 5 % dextrose: 50 g/L of anhydrous glucose ≈ 278 mM (science.md A2, C1 #1). */
export const D5W_GLUCOSE_mM = 278;
/** The glucose slider's stops, mM: fine steps around the transporter's Km (1–3 mM), then up to 5 % dextrose. */
export const GLUCOSE_STOPS_mM = [0, 0.5, 1, 2, 3, 5, 10, 20, 50, 100, D5W_GLUCOSE_mM] as const;

export const pumpDefaults: PumpParams = { glucose_mM: BLOOD_GLUCOSE_mM, oxygen: true, showHypothesis: false };

/** The fuel story of the model (FUEL_WITHDRAWN_AND_RESTORED): fed, then nothing from 10 min, fed again from 70. */
export const FUEL_CUT_min = FUEL_WITHDRAWN_AND_RESTORED[1]!.start_min;
export const FUEL_BACK_min = FUEL_WITHDRAWN_AND_RESTORED[2]!.start_min;
export const CHART_MINUTES = 120;

/**
 * Model time shown at each step, min. The cycle steps show the first, fed, ten minutes; then the reserve
 * carries the pump (40 min), the gradients run down until just before fuel returns, and they recover.
 */
const STEP_TIMES_min = [10, 10, 10, 10, 10, 40, FUEL_BACK_min - 0.5, CHART_MINUTES];

/**
 * Which state of the Post–Albers cycle (physiology/pump.ts) the pump is in at each step. After one full
 * turn a new cycle starts: a fed pump binds 3 Na⁺ again, and a starved one waits there for the ATP it needs
 * (`needsAtp`).
 */
const CYCLE_AT_STEP: readonly PumpState[] = [
	'na-bind-inside',
	'atp-binds-adp-leaves',
	'na-released-outside',
	'k-bind-outside',
	'k-released-inside',
	'na-bind-inside',
	'na-bind-inside',
	'na-bind-inside'
];

/** The textbook resting axon every run starts from (physiology/pump-leak.ts): 12/140 mM, GHK rest. */
const REST: PumpReading = {
	t_min: 0,
	naInside_mM: MAMMALIAN.Na.inside_mM,
	kInside_mM: MAMMALIAN.K.inside_mM,
	vm_mV: ghk(MAMMALIAN_PERMEABILITY, MAMMALIAN),
	eK_mV: nernst(1, MAMMALIAN.K.outside_mM, MAMMALIAN.K.inside_mM),
	pumpRate: 1,
	reserve: 1
};

/** A glucose value the model accepts: finite, 0–1000 mM (a bad slider value reads as none). */
export function safeGlucose(value: number): number {
	return Number.isFinite(value) ? Math.min(1000, Math.max(0, value)) : 0;
}

/** The glucose stop nearest a value (the slider moves by stops). */
export function nearestStop(glucose_mM: number): number {
	const g = safeGlucose(glucose_mM);
	let best = 0;
	GLUCOSE_STOPS_mM.forEach((stop, i) => {
		if (Math.abs(stop - g) < Math.abs(GLUCOSE_STOPS_mM[best]! - g)) best = i;
	});
	return best;
}

function scheduleFor(glucose_mM: number, oxygen: boolean): FuelPhase[] {
	return FUEL_WITHDRAWN_AND_RESTORED.map((phase) => ({
		start_min: phase.start_min,
		glucose_mM: phase.glucose_mM > 0 ? glucose_mM : 0,
		oxygen
	}));
}

// The two-hour run costs a few milliseconds; it is computed once per fuel setting, not once per frame.
const runs = new Map<string, PumpLeakSeries>();
function runFor(glucose_mM: number, oxygen: boolean): PumpLeakSeries {
	const key = `${glucose_mM}|${oxygen}`;
	let run = runs.get(key);
	if (!run) {
		run = simulatePumpLeak({
			schedule: scheduleFor(glucose_mM, oxygen),
			duration_min: CHART_MINUTES,
			sampleEvery_min: 0.5
		});
		if (runs.size > 40) runs.clear();
		runs.set(key, run);
	}
	return run;
}

/** A series' value at time t (min), interpolated between samples. */
function valueAt(series: PumpLeakSeries, values: number[], t_min: number): number {
	const step = series.t_min[1]! - series.t_min[0]!;
	const i = Math.min(values.length - 1, Math.max(0, t_min / step));
	const lo = Math.floor(i);
	const hi = Math.min(values.length - 1, lo + 1);
	return values[lo]! + (values[hi]! - values[lo]!) * (i - lo);
}

export interface PumpReading {
	t_min: number;
	naInside_mM: number;
	kInside_mM: number;
	vm_mV: number;
	eK_mV: number;
	/** pump cycles relative to rest (1 at rest, 0 stalled) */
	pumpRate: number;
	/** energy reserve left, 0–1 */
	reserve: number;
}

function readingAt(series: PumpLeakSeries, t_min: number): PumpReading {
	return {
		t_min,
		naInside_mM: valueAt(series, series.naInside_mM, t_min),
		kInside_mM: valueAt(series, series.kInside_mM, t_min),
		vm_mV: valueAt(series, series.vm_mV, t_min),
		eK_mV: valueAt(series, series.eK_mV, t_min),
		pumpRate: valueAt(series, series.pumpRate, t_min),
		reserve: valueAt(series, series.reserve, t_min)
	};
}

export interface PumpSceneState {
	params: PumpParams;
	/** where the scene is: its step, or a passage between two (player/steps.ts) */
	position: number;
	stepIndex: number;
	/** the cycle state drawn, and the one the pump is moving to (the same when settled) */
	cycle: { from: PumpState; to: PumpState; progress: number; fromStep: PumpStep; toStep: PumpStep };
	/** model time the chart is drawn up to, min */
	shownUntil_min: number;
	now: PumpReading;
	/** the textbook resting state every run starts from (12/140 mM, −67 mV) */
	rest: PumpReading;
	/** end of the fed start (10 min), just before fuel returns (69.5 min), and the end (120 min) */
	fed: PumpReading;
	starved: PumpReading;
	end: PumpReading;
	/** minutes after fuel returns until [Na⁺]i is back within 1 mM of rest; null if it never is */
	recovery_min: number | null;
	/** fastest pump rate after fuel returns, relative to rest */
	peakRateAfterReturn: number;
	series: PumpLeakSeries;
	/** ATP one glucose gives with the chosen oxygen */
	atpPerGlucose: number;
	/** glucose uptake as a share of its maximum at the chosen glucose, at blood glucose and at 5 % dextrose */
	uptake: number;
	uptakeAtBlood: number;
	uptakeAtD5W: number;
	/** whether the axon has glucose at the time shown */
	fuelled: boolean;
}

/** Everything the pump figure shows at position t (player/steps.ts) for the reader's parameters. */
export function pumpSceneAt(t: number, params: PumpParams = pumpDefaults): PumpSceneState {
	const glucose_mM = safeGlucose(params.glucose_mM);
	const oxygen = params.oxygen === true;
	const series = runFor(glucose_mM, oxygen);

	const last = pumpSteps.length - 1;
	const position = Math.min(last, Math.max(0, Number.isFinite(t) ? t : 0));
	const { from, to, progress } = passage(position);
	const shownUntil_min = STEP_TIMES_min[from]! + (STEP_TIMES_min[to]! - STEP_TIMES_min[from]!) * progress;

	const now = readingAt(series, shownUntil_min);
	const rest = REST;
	const fed = readingAt(series, FUEL_CUT_min);
	const starved = readingAt(series, FUEL_BACK_min - 0.5);
	const end = readingAt(series, CHART_MINUTES);
	let recovery_min: number | null = null;
	let peakRateAfterReturn = 0;
	for (let i = 0; i < series.t_min.length; i++) {
		const time = series.t_min[i]!;
		if (time < FUEL_BACK_min) continue;
		peakRateAfterReturn = Math.max(peakRateAfterReturn, series.pumpRate[i]!);
		if (recovery_min === null && Math.abs(series.naInside_mM[i]! - rest.naInside_mM) < 1) {
			recovery_min = time - FUEL_BACK_min;
		}
	}
	const fuelled = glucose_mM > 0 && (shownUntil_min < FUEL_CUT_min || shownUntil_min >= FUEL_BACK_min);

	return {
		params: { ...params, glucose_mM, oxygen },
		position,
		stepIndex: Math.round(position),
		cycle: {
			from: CYCLE_AT_STEP[from]!,
			to: CYCLE_AT_STEP[to]!,
			progress,
			fromStep: PUMP_STEPS[CYCLE_AT_STEP[from]!],
			toStep: PUMP_STEPS[CYCLE_AT_STEP[to]!]
		},
		shownUntil_min,
		now,
		rest,
		fed,
		starved,
		end,
		recovery_min,
		peakRateAfterReturn,
		series,
		atpPerGlucose: atpPerGlucose(oxygen),
		uptake: glucoseUptakeFraction(Math.min(1000, glucose_mM)),
		uptakeAtBlood: glucoseUptakeFraction(BLOOD_GLUCOSE_mM),
		uptakeAtD5W: glucoseUptakeFraction(D5W_GLUCOSE_mM),
		fuelled
	};
}
