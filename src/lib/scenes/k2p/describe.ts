import type { Lang } from '$lib/i18n/languages';
import { millivolts, percent, perSecond } from '../units';
import type { K2pSceneState } from './state';

/**
 * One plain sentence for the step shown, with the model's numbers: what a screen reader says, and the
 * caption under the figure. E_K is spelled out ("the potassium equilibrium potential"): plain words read
 * well aloud and to patients.
 */
export function describeK2p(state: K2pSceneState, lang: Lang): string {
	const s = state;
	const vm = millivolts(s.vm_mV);
	const finalVm = millivolts(s.after.vm_mV);
	const rest = millivolts(s.rest_mV);
	const eK = millivolts(s.eK_mV);
	const threshold = millivolts(s.threshold_mV);
	const open = percent(s.params.openFraction, lang);
	const below = Math.round(s.threshold_mV - s.after.vm_mV);
	const hyperpolarises = s.after.vm_mV < s.rest_mV - 0.5;
	const fr = lang === 'fr';

	switch (s.stepIndex) {
		case 0:
			return fr
				? `Une partie des canaux K2P est fermée : la membrane reste à ${vm}, au-dessus du seuil (${threshold}), et envoie ${perSecond(s.before.firingRate_Hz)} signaux de douleur par seconde.`
				: `Part of the K2P channels are closed: the membrane stays at ${vm}, above threshold (${threshold}), and sends ${perSecond(s.before.firingRate_Hz)} pain signals per second.`;
		case 1:
			return fr
				? `${open} des canaux K2P s’ouvrent : le potassium peut de nouveau sortir.`
				: `${open} of the K2P channels open: potassium can leave again.`;
		case 2:
			return fr
				? `Des ions K⁺ sortent de la cellule et emportent leur charge positive : la membrane descend à ${vm}.`
				: `K⁺ ions leave the cell, taking their positive charge with them: the membrane falls to ${vm}.`;
		case 3:
			return hyperpolarises || Math.abs(s.after.vm_mV - s.rest_mV) <= 0.5
				? fr
					? `Le potentiel revient à ${vm}, au niveau du repos (${rest}) : la membrane est repolarisée.`
					: `The potential returns to ${vm}, the resting level (${rest}): the membrane is repolarised.`
				: fr
					? `Le potentiel redescend à ${vm}, mais avec ${open} de canaux ouverts il reste au-dessus du repos (${rest}).`
					: `The potential falls to ${vm}, but with ${open} of channels open it stays above rest (${rest}).`;
		case 4:
			return hyperpolarises
				? fr
					? `Le potentiel de membrane descend à ${vm}, sous le repos (${rest}) : il se rapproche du potentiel d’équilibre du potassium (${eK}) sans jamais le dépasser.`
					: `The membrane potential falls to ${vm}, below rest (${rest}): it moves toward the potassium equilibrium potential (${eK}) and never past it.`
				: fr
					? `Avec ${open} de canaux ouverts, le potentiel s’arrête à ${finalVm} : pas d’hyperpolarisation. Ouvrez davantage de canaux avec le curseur.`
					: `With ${open} of channels open, the potential stops at ${finalVm}: no hyperpolarisation. Open more channels with the slider.`;
		default:
			return s.after.firingRate_Hz > 0
				? fr
					? `À ${finalVm}, la membrane reste au-dessus du seuil : encore ${perSecond(s.after.firingRate_Hz)} signaux par seconde, contre ${perSecond(s.before.firingRate_Hz)} au départ.`
					: `At ${finalVm}, the membrane is still above threshold: ${perSecond(s.after.firingRate_Hz)} signals per second remain, against ${perSecond(s.before.firingRate_Hz)} at first.`
				: fr
					? `À ${finalVm}, la membrane est ${below} mV sous le seuil : plus aucun signal de douleur, contre ${perSecond(s.before.firingRate_Hz)} par seconde au départ.`
					: `At ${finalVm}, the membrane is ${below} mV below threshold: no more pain signals, against ${perSecond(s.before.firingRate_Hz)} per second at first.`;
	}
}
