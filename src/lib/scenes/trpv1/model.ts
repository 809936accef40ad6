import {
	HYPOTHETICAL_DEXTROSE_BLOCK,
	RESTING_STIMULUS,
	SENSITISED_ENDING,
	TRPV1_LIMITS,
	trpv1Response,
	type Trpv1State,
	type Trpv1Stimulus
} from '$lib/physiology';
import { NBSP, type NumberFormat } from '$lib/i18n/numbers';
import { mix } from '$lib/math/mix';
import {
	isParameter,
	range,
	safeValue,
	type Control,
	type ParamsOf,
	type ParamValues
} from '$lib/player/parameters';
import { positionAt, stepsFrom, type StepFrame } from '$lib/player/steps';
import durations from './steps.json';

/**
 * The TRPV1 story in six labelled steps: a stimulus reaches a nerve ending, its TRPV1 channels open,
 * cations flow in, the membrane depolarises and, past threshold, signals leave; then the same stimulus on
 * an ending sensitised by months of pain.
 */
export const steps = stepsFrom(durations);

export const stimulusKinds = ['heat', 'capsaicin', 'acid', 'touch'] as const;
export type StimulusKind = (typeof stimulusKinds)[number];
/** The stimuli that have a strength to set (a light touch has none). */
export type GradedKind = Exclude<StimulusKind, 'touch'>;

/**
 * Each graded stimulus's number as a reader reads it, without its unit: heat to the half degree ("44,5"),
 * capsaicin to the hundredth of a µM ("0,05"), pH always with its tenth ("6,0"). The slider's value and
 * the description's `{value}` both come from here.
 */
export const stimulusNumber: Readonly<Record<GradedKind, (value: number, n: NumberFormat) => string>> = {
	heat: (value, n) => n.upTo(value, 1),
	capsaicin: (value, n) => n.upTo(value, 2),
	acid: (value, n) => n.fixed(value, 1)
};

/**
 * The sliders' ranges, the figure's choice, narrower on purpose than TRPV1_LIMITS (what the model accepts):
 * from a resting tissue (37 °C, pH 7.4, no capsaicin) to a strong stimulus (50 °C, 3 µM, pH 5), and from no
 * pain to a year of it.
 */
export const SLIDERS = {
	heat_C: [RESTING_STIMULUS.heat_C, 50],
	capsaicin_uM: [TRPV1_LIMITS.capsaicin_uM[0], 3],
	pH: [5, RESTING_STIMULUS.pH],
	weeksOfPain: [TRPV1_LIMITS.weeksOfPain[0], 52]
} as const;

/**
 * What the TRPV1 model accepts for each slider (TRPV1_LIMITS).
 * Each slider's values must lie inside these (tests/unit/scenes/limits.test.ts).
 */
export const physiologyLimits = {
	heat_C: TRPV1_LIMITS.heat_C,
	capsaicin_uM: TRPV1_LIMITS.capsaicin_uM,
	pH: TRPV1_LIMITS.pH,
	weeksOfPain: TRPV1_LIMITS.weeksOfPain
} as const;

/**
 * What the reader can change: the stimulus, its strength (each stimulus keeps its own value when the reader
 * switches), how long the pain has lasted, and the article's "dextrose dampens TRPV1" layer. The sliders
 * stay inside TRPV1_LIMITS, from a resting tissue (37 °C, pH 7.4, no capsaicin) to a strong stimulus.
 */
export const controls = [
	{ kind: 'choice', key: 'kind', options: stimulusKinds, default: 'heat' },
	range('heat_C', SLIDERS.heat_C, {
		step: 0.5,
		default: 44,
		when: { kind: 'heat' },
		show: (value, n) => `${stimulusNumber.heat(value, n)}${NBSP}°C`
	}),
	range('capsaicin_uM', SLIDERS.capsaicin_uM, {
		step: 0.05,
		default: 0.5,
		when: { kind: 'capsaicin' },
		show: (value, n) => `${stimulusNumber.capsaicin(value, n)}${NBSP}µM`
	}),
	range('pH', SLIDERS.pH, {
		step: 0.1,
		default: 6,
		when: { kind: 'acid' },
		show: (value, n) => `pH${NBSP}${stimulusNumber.acid(value, n)}`
	}),
	{ kind: 'note', key: 'touchNote', when: { kind: 'touch' } },
	range('weeksOfPain', SLIDERS.weeksOfPain, {
		step: 1,
		default: 0,
		show: (value, n) => n.fixed(value, 0)
	}),
	{ kind: 'claim', key: 'showHypothesis', claim: 'dextrose-dampens-trpv1', default: false }
] as const satisfies readonly Control[];

export type Trpv1Params = ParamsOf<typeof controls>;

/** The parameters made safe by the shell's own rules: any NaN, stray number or unknown kind is mended. */
function safeParams(params: Trpv1Params): Trpv1Params {
	const given: Readonly<ParamValues> = params;
	const safe: ParamValues = {};
	for (const control of controls)
		if (isParameter(control)) safe[control.key] = safeValue(control, given[control.key]);
	return safe as Trpv1Params;
}

/** The stimulus the ending receives: the chosen one at its strength, the rest of the tissue at rest. */
export function stimulusOf(params: Trpv1Params): Trpv1Stimulus {
	const stimulus = { ...RESTING_STIMULUS };
	if (params.kind === 'heat') stimulus.heat_C = params.heat_C;
	else if (params.kind === 'capsaicin') stimulus.capsaicin_uM = params.capsaicin_uM;
	else if (params.kind === 'acid') stimulus.pH = params.pH;
	else stimulus.touch = 1;
	return stimulus;
}

/**
 * Whether the figure draws any channel open, and the caption says a share opens: from 1 %. Below, every
 * channel is drawn shut and the caption says fewer than one in a hundred opens (a light touch: 0.6 %).
 */
export const opensVisibly = (openProbability: number) => openProbability >= 0.01;

/** The strength of the chosen stimulus in its own unit (°C, µM, pH); null for a touch, which has none. */
export function stimulusValue(params: Trpv1Params): number | null {
	return { heat: params.heat_C, capsaicin: params.capsaicin_uM, acid: params.pH, touch: null }[params.kind];
}

export interface Trpv1Model {
	params: Trpv1Params;
	stimulus: Trpv1Stimulus;
	/** steady responses: no stimulus, the stimulus, the stimulus on the sensitised ending */
	rest: Trpv1State;
	stimulated: Trpv1State;
	sensitised: Trpv1State;
	/** what the article's hypothesis would give instead (drawn only as the dashed layer) */
	hypothetical: { stimulated: Trpv1State; sensitised: Trpv1State };
}

/** Everything that depends on the controls: its steady states (at rest, stimulated, sensitised), and two hypothetical. */
export function trpv1Model(input: Trpv1Params): Trpv1Model {
	const params = safeParams(input);
	const stimulus = stimulusOf(params);
	const { weeksOfPain } = params;
	const sensitisedEnding = {
		stimulus,
		weeksOfPain: Math.max(weeksOfPain, SENSITISED_ENDING.weeksOfPain),
		sensitisation: SENSITISED_ENDING.sensitisation
	};
	const dextroseBlock = HYPOTHETICAL_DEXTROSE_BLOCK;
	const stimulated = trpv1Response({ stimulus, weeksOfPain });
	return {
		params,
		stimulus,
		rest: trpv1Response({ weeksOfPain }),
		stimulated,
		sensitised: trpv1Response(sensitisedEnding),
		hypothetical: {
			stimulated: trpv1Response({ stimulus, weeksOfPain, dextroseBlock }),
			sensitised: trpv1Response({ ...sensitisedEnding, dextroseBlock })
		}
	};
}

export interface Trpv1Frame extends StepFrame<typeof steps> {
	/** 0 → 1: how present the stimulus is */
	stimulusShown: number;
	/** 0 → 1: channels opening on screen */
	opening: number;
	/** 0 → 3: cations crossing; keeps running while the ending is depolarised */
	influx: number;
	/** 0 → 1: how far toward the sensitised ending the picture has gone */
	sensitising: number;
	/** shown now: channel density, open probability, Vm and firing rate */
	density: number;
	openProbability: number;
	vm_mV: number;
	firingRate_Hz: number;
	/** where the article's hypothesis would put Vm for the ending shown */
	hypothetical_mV: number;
	/** the continuous clock (in steps) that moves the signals along the fibre */
	t: number;
	/** signals run along the fibre */
	signalling: boolean;
}

/** What the TRPV1 figure shows at position t: cheap, once per frame. */
export function trpv1FrameAt(model: Trpv1Model, t: number): Trpv1Frame {
	const position = positionAt(steps, t);
	const { rest, stimulated, sensitised } = model;
	// each step brings one change and keeps it: the stimulus, the channels open, the membrane moves, the
	// ending sensitised
	const sensitising = position.reached('sensitised');
	const opening = position.reached('channels-open');
	const toward = (read: (state: Trpv1State) => number) =>
		mix(read(stimulated), read(sensitised), sensitising);
	const hypothesis = position.step === 'sensitised' ? 'sensitised' : 'stimulated';
	return {
		step: position.step,
		position,
		stimulusShown: position.reached('stimulus'),
		opening,
		// cations keep crossing while the channels are open: a clock that starts with the depolarisation
		influx: position.since('channels-open'),
		sensitising,
		density: toward((state) => state.density),
		openProbability: opening * toward((state) => state.openProbability),
		vm_mV: mix(
			rest.vm_mV,
			toward((state) => state.vm_mV),
			position.reached('depolarisation')
		),
		// the rate is read out from the depolarisation on; signals run along the fibre from the next step
		firingRate_Hz: position.atOrAfter('depolarisation') ? toward((state) => state.firingRate_Hz) : 0,
		hypothetical_mV: model.hypothetical[hypothesis].vm_mV,
		t: position.t,
		signalling: position.atOrAfter('signal-sent')
	};
}
