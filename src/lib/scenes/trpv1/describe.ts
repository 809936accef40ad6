import { format } from '$lib/i18n/format';
import type { NumberFormat } from '$lib/i18n/numbers';
import { takesSingular } from '$lib/i18n/plural';
import { blockStage, drivenRate_Hz, RESTING_STIMULUS, type Trpv1State } from '$lib/physiology';
import type { SceneView } from '$lib/player/scene';
import {
	opensVisibly,
	stimulusNumber,
	stimulusValue,
	type GradedKind,
	type Trpv1Frame,
	type Trpv1Model,
	type Trpv1Params
} from './model';

export type Trpv1Words = typeof import('./messages/fr.json');
export type Trpv1View = SceneView<Trpv1Model, Trpv1Frame, Trpv1Words>;

/** "chaleur à 44 °C", "acidité à pH 6,0", "a light touch": the stimulus in words, with its number. */
export function stimulusWords(params: Trpv1Params, words: Trpv1Words, n: NumberFormat): string {
	const phrase = words.stimulus[params.kind];
	const value = stimulusValue(params);
	if (params.kind === 'touch' || value === null) return phrase;
	return format(phrase, { value: stimulusNumber[params.kind](value, n) });
}

/**
 * One plain sentence for the step shown, with the model's numbers: what a screen reader says, and the
 * caption under the figure. The healthy ending's response up to the signal; the sensitised one at the end.
 */
export function describeTrpv1({ model, frame, words, n }: Trpv1View): string {
	const d = words.describe;
	const { rest, stimulated, sensitised, painFree } = model;
	// what the depolarisation alone would fire, before the block takes its share: said while the block is partial
	const unblocked = (state: Trpv1State) => Math.round(drivenRate_Hz(state.vm_mV, state.threshold_mV));
	const signals = (state: Trpv1State) => {
		const count = Math.round(state.firingRate_Hz);
		return format(takesSingular(count, n.lang) ? d.signals.one : d.signals.other, { count });
	};
	const values = {
		stimulus: stimulusWords(model.params, words, n),
		rest: n.mV(rest.vm_mV),
		open: n.percent(stimulated.openProbability),
		vm: n.mV(stimulated.vm_mV),
		threshold: n.mV(stimulated.threshold_mV),
		// the sensitised ending against a pain-free one, not the slider's ending: with weeks of pain, that one is
		// sensitised already ("31 against 31")
		painFreeRate: n.fixed(painFree.firingRate_Hz, 0),
		signals: signals(stimulated),
		openSensitised: n.percent(sensitised.openProbability),
		vmSensitised: n.mV(sensitised.vm_mV),
		signalsSensitised: signals(sensitised),
		unblocked: n.fixed(unblocked(stimulated), 0),
		unblockedSensitised: n.fixed(unblocked(sensitised), 0)
	};
	// Each sentence is chosen by what the reader sees, the numbers as written: "−55 mV, above threshold
	// (−55 mV)" or "sends 0 signals" would contradict themselves.
	const { kind } = model.params;
	const resting = kind !== 'touch' && stimulusValue(model.params) === restingValue[kind];
	const shownAt = (a: number, b: number) => n.mV(a) === n.mV(b);
	const above = stimulated.vm_mV > stimulated.threshold_mV;
	const opens = opensVisibly(stimulated.openProbability);
	const depolarisation =
		!opens || shownAt(stimulated.vm_mV, rest.vm_mV)
			? d.depolarisation.unmoved
			: shownAt(stimulated.vm_mV, stimulated.threshold_mV)
				? d.depolarisation.atThreshold
				: above
					? d.depolarisation.above
					: d.depolarisation.below;
	const ill = firing(sensitised);
	const message = {
		'at-rest': d['at-rest'],
		stimulus: resting ? d.stimulus.resting : d.stimulus.given,
		'channels-open': opens
			? d['channels-open'].opens
			: kind === 'touch'
				? d['channels-open'].touch
				: d['channels-open'].none,
		depolarisation,
		'signal-sent': !above ? d['signal-sent'].silent : d['signal-sent'][firing(stimulated)],
		sensitised:
			sensitised.vm_mV <= sensitised.threshold_mV || ill === 'barely' ? d.sensitised.quiet : d.sensitised[ill]
	}[frame.step];
	return format(message, values);
}

/** The slider's value that is no stimulus at all: resting tissue (37 °C, no capsaicin, pH 7.4). */
const restingValue: Readonly<Record<GradedKind, number>> = {
	heat: RESTING_STIMULUS.heat_C,
	capsaicin: RESTING_STIMULUS.capsaicin_uM,
	acid: RESTING_STIMULUS.pH
};

/**
 * How an ending above threshold fires, as the caption can say it: fewer than one signal a second (rounded to
 * 0: "barely", or "blockedBarely" deep in the block); firing; slowed by the onset of depolarisation block
 * (unless the slowing rounds away); silenced.
 */
function firing(state: Trpv1State): 'barely' | 'firing' | 'slowed' | 'blockedBarely' | 'silenced' {
	const stage = blockStage(state.vm_mV);
	const rate = Math.round(state.firingRate_Hz);
	if (stage === 'complete') return 'silenced';
	if (stage === 'none') return rate < 1 ? 'barely' : 'firing';
	// partly blocked: nearly silent, slowed, or (the slowing lost in the rounding) simply firing
	if (rate < 1) return 'blockedBarely';
	return rate === Math.round(drivenRate_Hz(state.vm_mV, state.threshold_mV)) ? 'firing' : 'slowed';
}
