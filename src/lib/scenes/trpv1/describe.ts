import { format } from '$lib/i18n/format';
import type { NumberFormat } from '$lib/i18n/numbers';
import { blockStage, drivenRate_Hz } from '$lib/physiology';
import type { SceneView } from '$lib/player/scene';
import { stimulusNumber, stimulusValue, type Trpv1Frame, type Trpv1Model, type Trpv1Params } from './model';

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
	const { rest, stimulated, sensitised } = model;
	// what the depolarisation alone would fire, before the block takes its share: said while the block is partial
	const unblocked = (state: { vm_mV: number; threshold_mV: number }) =>
		n.fixed(drivenRate_Hz(state.vm_mV, state.threshold_mV), 0);
	const values = {
		stimulus: stimulusWords(model.params, words, n),
		rest: n.mV(rest.vm_mV),
		open: n.percent(stimulated.openProbability),
		vm: n.mV(stimulated.vm_mV),
		threshold: n.mV(stimulated.threshold_mV),
		rate: n.fixed(stimulated.firingRate_Hz, 0),
		moreChannels: n.percent(sensitised.density - 1),
		openSensitised: n.percent(sensitised.openProbability),
		vmSensitised: n.mV(sensitised.vm_mV),
		rateSensitised: n.fixed(sensitised.firingRate_Hz, 0),
		unblocked: unblocked(stimulated),
		unblockedSensitised: unblocked(sensitised)
	};
	// an ending whose sodium channels begin to inactivate still fires: only a complete block silences it
	const byBlock = (vm: number, said: { firing: string; slowed: string; silenced: string }) =>
		({ none: said.firing, partial: said.slowed, complete: said.silenced })[blockStage(vm)];
	const above = stimulated.vm_mV > stimulated.threshold_mV;
	const message = {
		'at-rest': d['at-rest'],
		stimulus: d.stimulus,
		'channels-open': model.params.kind === 'touch' ? d['channels-open'].touch : d['channels-open'].opens,
		depolarisation: above ? d.depolarisation.above : d.depolarisation.below,
		'signal-sent': above ? byBlock(stimulated.vm_mV, d['signal-sent']) : d['signal-sent'].silent,
		sensitised: byBlock(sensitised.vm_mV, d.sensitised)
	}[frame.step];
	return format(message, values);
}
