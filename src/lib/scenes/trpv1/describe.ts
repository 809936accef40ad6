import { format } from '$lib/i18n/format';
import type { NumberFormat } from '$lib/i18n/numbers';
import { takesSingular } from '$lib/i18n/plural';
import { blockStage, drivenRate_Hz, RESTING_STIMULUS, type Trpv1State } from '$lib/physiology';
import type { SceneView } from '$lib/player/scene';
import { channelCount } from './view';
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
 * caption under the figure. The ending the slider sets (its weeks of pain) up to the signal; the same ending
 * sensitised at the end, compared with what the step before showed: its Vm and its signals per second.
 */
export function describeTrpv1({ model, frame, words, n }: Trpv1View): string {
	const d = words.describe;
	const { rest, stimulated, sensitised } = model;
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
		// the step before's readout: the last step compares with what the reader has just seen
		beforeRate: n.fixed(stimulated.firingRate_Hz, 0),
		weeks: format(
			takesSingular(model.params.weeksOfPain, n.lang)
				? words.params.weeksOfPain.count.one
				: words.params.weeksOfPain.count.other,
			{ n: n.fixed(model.params.weeksOfPain, 0) }
		),
		signals: signals(stimulated),
		openSensitised: n.percent(sensitised.openProbability),
		vmSensitised: n.mV(sensitised.vm_mV),
		thresholdSensitised: n.mV(sensitised.threshold_mV),
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
	const ill = sensitised.vm_mV <= sensitised.threshold_mV ? 'quiet' : firing(sensitised);
	// the channels the last step adds, as drawn: twice the pain-free ending's shown before, a few more, or
	// none (weeks of pain had added them already: the same count on screen)
	const intro = !(stimulated.density > 1)
		? d.sensitised.intro.painFree
		: channelCount(stimulated.density) < channelCount(sensitised.density)
			? d.sensitised.intro.more
			: d.sensitised.intro.already;
	const compared =
		Math.round(sensitised.firingRate_Hz) === Math.round(stimulated.firingRate_Hz)
			? d.sensitised.compared.same
			: d.sensitised.compared.against;
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
		// just past threshold, under one signal a second (no slider value lands there): the step before's own
		// sentence for it, at the sensitised ending's Vm
		sensitised: ill === 'barely' ? `{intro}. ${d['signal-sent'].barely}` : d.sensitised[ill]
	}[frame.step];
	return format(message, {
		...values,
		intro: format(intro, values),
		compared: format(compared, values),
		vm: ill === 'barely' && frame.step === 'sensitised' ? values.vmSensitised : values.vm,
		// "from −13 mV to −13 mV" would say it moved: a membrane blocked already stays where it was
		rise: format(values.vm === values.vmSensitised ? d.sensitised.rise.stays : d.sensitised.rise.from, values)
	});
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
