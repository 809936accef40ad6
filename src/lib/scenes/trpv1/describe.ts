import { format } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/languages';
import { millivolts, percent, perSecond } from '../units';
import type { Trpv1SceneState } from './state';
import { trpv1Text } from './text';

/** "heat at 44 °C", "acid at pH 6,0": the stimulus in words, numbers written as each language does. */
export function stimulusWords(state: Trpv1SceneState, lang: Lang): string {
	const { kind, intensity } = state.params;
	const digits = kind === 'heat' ? 1 : kind === 'capsaicin' ? 2 : 1;
	const value = new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(intensity);
	return format(trpv1Text[lang].stimulusWithValue[kind], { value });
}

/** One plain sentence for the step shown, with the model's numbers (caption and live region). */
export function describeTrpv1(state: Trpv1SceneState, lang: Lang): string {
	const s = state;
	const fr = lang === 'fr';
	const stimulus = stimulusWords(s, lang);
	const open = percent(s.stimulated.openProbability, lang);
	const vm = millivolts(s.stimulated.vm_mV);
	const threshold = millivolts(s.stimulated.threshold_mV);
	const above = s.stimulated.vm_mV > s.stimulated.threshold_mV;

	switch (s.stepIndex) {
		case 0:
			return fr
				? `Canaux TRPV1 fermés : la membrane est au repos, à ${millivolts(s.rest.vm_mV)}.`
				: `TRPV1 channels closed: the membrane is at rest, at ${millivolts(s.rest.vm_mV)}.`;
		case 1:
			return fr ? `La terminaison reçoit ${stimulus}.` : `The ending receives ${stimulus}.`;
		case 2:
			return s.params.kind === 'touch'
				? fr
					? `Le toucher n’ouvre presque aucun canal TRPV1 (${open}) : ce canal ne détecte pas le toucher.`
					: `Touch opens almost no TRPV1 channel (${open}): this channel does not sense touch.`
				: fr
					? `Avec ${stimulus}, ${open} des canaux TRPV1 s’ouvrent.`
					: `With ${stimulus}, ${open} of the TRPV1 channels open.`;
		case 3:
			return fr
				? `Na⁺ et Ca²⁺ entrent : la membrane passe de ${millivolts(s.rest.vm_mV)} à ${vm}, ${above ? 'au-dessus' : 'en dessous'} du seuil (${threshold}).`
				: `Na⁺ and Ca²⁺ flow in: the membrane goes from ${millivolts(s.rest.vm_mV)} to ${vm}, ${above ? 'above' : 'below'} threshold (${threshold}).`;
		case 4:
			return above
				? fr
					? `La membrane dépasse le seuil : ${perSecond(s.stimulated.firingRate_Hz)} signaux de douleur par seconde partent vers la moelle épinière.`
					: `The membrane is past threshold: ${perSecond(s.stimulated.firingRate_Hz)} pain signals per second leave for the spinal cord.`
				: fr
					? `À ${vm}, la membrane reste sous le seuil : aucun signal ne part. Ce stimulus n’est pas douloureux pour un nerf sain.`
					: `At ${vm}, the membrane stays below threshold: no signal leaves. This stimulus does not hurt a healthy nerve.`;
		default: {
			const sensed = s.sensitised;
			return fr
				? `Sensibilisée, la terminaison porte ${percent(sensed.density - 1, lang)} de canaux de plus qu’un nerf sans douleur, et leurs seuils ont baissé : ${percent(sensed.openProbability, lang)} s’ouvrent, la membrane monte à ${millivolts(sensed.vm_mV)} et envoie ${perSecond(sensed.firingRate_Hz)} signaux par seconde, contre ${perSecond(s.stimulated.firingRate_Hz)} avant.`
				: `Sensitised, the ending carries ${percent(sensed.density - 1, lang)} more channels than a pain-free nerve, and their thresholds are lower: ${percent(sensed.openProbability, lang)} open, the membrane rises to ${millivolts(sensed.vm_mV)} and sends ${perSecond(sensed.firingRate_Hz)} signals per second, against ${perSecond(s.stimulated.firingRate_Hz)} before.`;
		}
	}
}
