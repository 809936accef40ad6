import { format } from '$lib/i18n/format';
import type { SceneView } from '$lib/player/scene';
import type { K2pFrame, K2pModel } from './model';

export type K2pWords = typeof import('./messages/fr.json');
export type K2pView = SceneView<K2pModel, K2pFrame, K2pWords>;

/** Within half a millivolt of rest counts as "at rest". */
const AT_REST_mV = 0.5;

/**
 * One plain sentence for the step shown, with the model's numbers: what a screen reader says, and the
 * caption under the figure. E_K is spelled out ("the potassium equilibrium potential"): plain words read
 * well aloud and to patients.
 */
export function describeK2p({ model, frame, words, n }: K2pView): string {
	const d = words.describe;
	const values = {
		vm: n.mV(frame.vm_mV),
		finalVm: n.mV(model.after.vm_mV),
		rest: n.mV(model.rest_mV),
		// to the tenth where whole millivolts would read the same: "−66.6 mV, just above rest (−67.2 mV)"
		finalVmTenth: n.unit(model.after.vm_mV, 'mV', 1),
		restTenth: n.unit(model.rest_mV, 'mV', 1),
		eK: n.mV(model.after.eK_mV),
		threshold: n.mV(model.after.threshold_mV),
		open: n.percent(model.params.openFraction),
		below: n.mV(model.after.threshold_mV - model.after.vm_mV),
		rateBefore: Math.round(model.before.firingRate_Hz),
		rateAfter: Math.round(model.after.firingRate_Hz)
	};
	const hyperpolarises = model.after.vm_mV < model.rest_mV - AT_REST_mV;
	// under about 40 % open the new steady state stays above rest: the potential comes back toward it only
	const reachesRest = model.after.vm_mV <= model.rest_mV + AT_REST_mV;
	// with the slider at 0 no channel opens and nothing moves: the steps say so rather than "falls to"
	const opens = model.params.openFraction > 0;
	const message = {
		facilitated: d.facilitated,
		'k2p-opens': opens ? d['k2p-opens'].opens : d['k2p-opens'].none,
		'k-efflux': opens ? d['k-efflux'].falls : d['k-efflux'].stays,
		repolarised: !opens
			? d.repolarised.unmoved
			: reachesRest
				? d.repolarised.atRest
				: n.mV(model.after.vm_mV) === n.mV(model.rest_mV)
					? d.repolarised.justAbove
					: d.repolarised.towardRest,
		// still on its way when the step is reached (all channels open: −75 mV, then −76 mV at the next step):
		// the caption names where it settles, as the next step's caption does
		hyperpolarised: !hyperpolarises
			? d.hyperpolarised.notBelow
			: values.vm === values.finalVm
				? d.hyperpolarised.below
				: d.hyperpolarised.onItsWay,
		'fewer-signals': model.after.firingRate_Hz > 0 ? d['fewer-signals'].firing : d['fewer-signals'].silent
	}[frame.step];
	return format(message, values);
}
