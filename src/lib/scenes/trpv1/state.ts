import { RESTING_STIMULUS, trpv1Response, type Trpv1State, type Trpv1Stimulus } from '$lib/physiology';
import { passage } from '$lib/player/steps';
import { trpv1Steps } from './steps';

export const stimulusKinds = ['heat', 'capsaicin', 'acid', 'touch'] as const;
export type StimulusKind = (typeof stimulusKinds)[number];

/** What the reader can change. */
export interface Trpv1Params {
	kind: StimulusKind;
	/** heat °C, capsaicin µM, or pH, depending on the kind (touch has no intensity) */
	intensity: number;
	/** how long the pain has lasted: more channels in the membrane (trpv1Density) */
	weeksOfPain: number;
	/** draw the source article's claim "dextrose blocks TRPV1" as a separate, dashed layer */
	showHypothesis: boolean;
}

/** The slider of each stimulus: range, step and a default that a pain-free ending just feels. */
export const intensityRanges: Record<
	Exclude<StimulusKind, 'touch'>,
	{ min: number; max: number; step: number; default: number }
> = {
	heat: { min: 37, max: 50, step: 0.5, default: 44 },
	capsaicin: { min: 0, max: 3, step: 0.05, default: 0.5 },
	acid: { min: 5, max: 7.4, step: 0.1, default: 6 }
};

export const trpv1Defaults: Trpv1Params = {
	kind: 'heat',
	intensity: 44,
	weeksOfPain: 0,
	showHypothesis: false
};

/**
 * The last step shows the same stimulus on a sensitised ending: months of pain (more channels) and
 * inflammatory mediators lowering the thresholds. Model choices within trpv1.ts's established directions
 * (science.md A3): at least 26 weeks of pain, sensitisation 0.6.
 */
export const SENSITISED = { weeksOfPain: 26, sensitisation: 0.6 } as const;

/** The share of opening the article's hypothesis would remove, drawn only as the dashed layer. */
export const HYPOTHETICAL_DEXTROSE_BLOCK = 0.5;

const clamp = (value: number, min: number, max: number) =>
	Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;

/** A reader's parameters made safe: any kind, number or NaN becomes something the model accepts. */
export function safeParams(params: Trpv1Params): Trpv1Params {
	const kind = (stimulusKinds as readonly string[]).includes(params.kind) ? params.kind : 'heat';
	const range = kind === 'touch' ? null : intensityRanges[kind];
	return {
		kind,
		intensity: range ? clamp(params.intensity, range.min, range.max) : 1,
		weeksOfPain: clamp(params.weeksOfPain, 0, 520),
		showHypothesis: params.showHypothesis === true
	};
}

export function stimulusOf(kind: StimulusKind, intensity: number): Trpv1Stimulus {
	if (kind === 'heat') return { ...RESTING_STIMULUS, heat_C: intensity };
	if (kind === 'capsaicin') return { ...RESTING_STIMULUS, capsaicin_uM: intensity };
	if (kind === 'acid') return { ...RESTING_STIMULUS, pH: intensity };
	return { ...RESTING_STIMULUS, touch: 1 };
}

export interface Trpv1SceneState {
	params: Trpv1Params;
	stepIndex: number;
	/** 0 → 1: how present the stimulus is */
	stimulusShown: number;
	/** 0 → 1: channels opening on screen */
	opening: number;
	/** 0 → 1: cations crossing; keeps running while the ending is depolarised */
	influx: number;
	/** 0 → 1: how far toward the sensitised ending the picture has gone */
	sensitising: number;
	/** steady responses: at rest, to the stimulus, to the stimulus when sensitised */
	rest: Trpv1State;
	stimulated: Trpv1State;
	sensitised: Trpv1State;
	/** what the hypothesis would give for the response shown (dashed layer only) */
	hypothetical: Trpv1State;
	/** shown now: channel density, open probability, Vm and firing rate */
	density: number;
	openProbability: number;
	vm_mV: number;
	firingRate_Hz: number;
	/** continuous clock for the moving spikes, in passages */
	t: number;
	/** spikes run along the fibre from the "signal leaves" step on */
	signalling: boolean;
}

const mix = (a: number, b: number, p: number) => a + (b - a) * p;

/** Everything the TRPV1 figure shows at position t for the reader's parameters. */
export function trpv1SceneAt(t: number, params: Trpv1Params = trpv1Defaults): Trpv1SceneState {
	const safe = safeParams(params);
	const stimulus = stimulusOf(safe.kind, safe.intensity);
	const rest = trpv1Response({ weeksOfPain: safe.weeksOfPain });
	const stimulated = trpv1Response({ stimulus, weeksOfPain: safe.weeksOfPain });
	const sensitised = trpv1Response({
		stimulus,
		weeksOfPain: Math.max(safe.weeksOfPain, SENSITISED.weeksOfPain),
		sensitisation: SENSITISED.sensitisation
	});

	const last = trpv1Steps.length - 1;
	const position = clamp(t, 0, last);
	const { from, progress } = passage(position);
	const phase = (step: number) => clamp(position - (step - 1), 0, 1);
	const stimulusShown = phase(1);
	const opening = phase(2);
	const depolarising = phase(3);
	const sensitising = phase(5);
	const influx = position >= 2 ? clamp(position - 2, 0, last) : 0;

	const shown = sensitising > 0 ? sensitised : stimulated;
	const vmTarget = mix(stimulated.vm_mV, sensitised.vm_mV, sensitising);
	const hypothetical = trpv1Response({
		stimulus,
		weeksOfPain: sensitising > 0.5 ? Math.max(safe.weeksOfPain, SENSITISED.weeksOfPain) : safe.weeksOfPain,
		sensitisation: sensitising > 0.5 ? SENSITISED.sensitisation : 0,
		dextroseBlock: HYPOTHETICAL_DEXTROSE_BLOCK
	});
	const vm_mV = mix(rest.vm_mV, vmTarget, depolarising);
	const firing =
		position >= 3 - 0.5 ? mix(stimulated.firingRate_Hz, sensitised.firingRate_Hz, sensitising) : 0;

	return {
		params: safe,
		stepIndex: Math.round(position),
		stimulusShown,
		opening,
		influx,
		sensitising,
		rest,
		stimulated,
		sensitised,
		hypothetical,
		density: mix(stimulated.density, sensitised.density, sensitising),
		openProbability: mix(0, mix(stimulated.openProbability, shown.openProbability, sensitising), opening),
		vm_mV,
		firingRate_Hz: firing,
		t: from + progress,
		signalling: position >= 4 - 0.5
	};
}
