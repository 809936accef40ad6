import type { Lang } from '$lib/i18n/languages';
import { decimal, duration, percent, withUnit } from '../units';
import { CHART_MINUTES, RECOVERED_RATIO, type CushionSceneState } from './state';

/**
 * One plain sentence (or two) for the step shown, with the model's numbers: what a screen reader says and
 * the caption under the figure. With the "washout" switch on, it sets the claim beside what the model shows.
 */
export function describeCushion(state: CushionSceneState, lang: Lang): string {
	const s = state;
	const fr = lang === 'fr';
	// whole millilitres, or one decimal under 10 mL when it is not a whole number (2,5 mL)
	const mL = (value: number) =>
		withUnit(value, 'mL', lang, value < 10 && Math.abs(value - Math.round(value)) >= 0.05 ? 1 : 0);
	const pct = (value: number) => percent(value, lang);
	const bolus = mL(s.params.bolus_mL);
	const washout =
		s.params.showWashout && s.stepIndex >= 2 && s.stepIndex <= 4
			? fr
				? ` Le « lavage » annoncé la voudrait restée à ${pct(s.minimumRatio)} ; le modèle la montre à ${pct(s.ratio)}.`
				: ` The claimed “washout” would keep it at ${pct(s.minimumRatio)}; the model shows ${pct(s.ratio)}.`
			: '';

	switch (s.stepIndex) {
		case 0:
			return fr
				? `Dans le tissu enflammé, les cellules fabriquent des médiateurs (TNF-α, IL-1β, prostaglandines) aussi vite qu’ils sont éliminés : leur concentration reste à ${pct(1)} de son niveau. L’articulation, plus profond, en contient aussi.`
				: `In the inflamed tissue, cells make mediators (TNF-α, IL-1β, prostaglandins) as fast as they are cleared: their concentration stays at ${pct(1)} of its level. The joint, deeper down, holds some too.`;
		case 1: {
			const fold = 1 / s.minimumRatio;
			const factor = decimal(fold, fold < 10 && Math.abs(fold - Math.round(fold)) >= 0.05 ? 1 : 0, lang);
			return fr
				? `${bolus} de sérum s’ajoutent aux ${mL(s.interstitial_mL)} de liquide du tissu : la concentration des médiateurs tombe à ${pct(s.minimumRatio)}, une dilution par ${factor}.`
				: `${bolus} of saline join the ${mL(s.interstitial_mL)} of fluid in the tissue: the mediator concentration falls to ${pct(s.minimumRatio)}, a ${factor}-fold dilution.`;
		}
		case 2:
			return fr
				? `Le sérum passe dans le sang (demi-vie ${duration(s.absorptionHalfLife_min, lang)}) : après ${duration(s.t_min, lang)}, il en reste ${mL(s.bolusLeft_mL)} sous la peau et la concentration est remontée à ${pct(s.ratio)}.${washout}`
				: `The saline passes into the blood (half-life ${duration(s.absorptionHalfLife_min, lang)}): after ${duration(s.t_min, lang)}, ${mL(s.bolusLeft_mL)} is left under the skin and the concentration is back up to ${pct(s.ratio)}.${washout}`;
		case 3:
			return fr
				? `Les cellules n’ont pas cessé de fabriquer des médiateurs : à ${duration(s.t_min, lang)}, la concentration est déjà à ${pct(s.ratio)}.${washout}`
				: `The cells never stopped making mediators: at ${duration(s.t_min, lang)}, the concentration is already at ${pct(s.ratio)}.${washout}`;
		case 4: {
			const back =
				s.ratio >= RECOVERED_RATIO
					? fr
						? `À ${duration(CHART_MINUTES, lang)}, la concentration est revenue à ${pct(s.ratio)} de son niveau : diluer n’a rien retiré durablement.`
						: `At ${duration(CHART_MINUTES, lang)}, the concentration is back to ${pct(s.ratio)} of its level: diluting removed nothing for good.`
					: fr
						? `À ${duration(CHART_MINUTES, lang)}, la concentration n’est encore qu’à ${pct(s.ratio)} : avec ${bolus}, elle repasse au-dessus de ${pct(RECOVERED_RATIO)} vers ${duration(s.recovered90_min, lang)}, et rien n’a été retiré durablement.`
						: `At ${duration(CHART_MINUTES, lang)}, the concentration is only at ${pct(s.ratio)}: with ${bolus}, it is back above ${pct(RECOVERED_RATIO)} at about ${duration(s.recovered90_min, lang)}, and nothing was removed for good.`;
			return `${back}${washout}`;
		}
		default:
			return fr
				? `Le sérum n’a jamais quitté le tissu sous la peau : dans l’articulation ou le disque, les médiateurs sont restés à ${pct(s.jointRatio)} de leur niveau tout du long.`
				: `The saline never left the tissue under the skin: in the joint or the disc, the mediators stayed at ${pct(s.jointRatio)} of their level throughout.`;
	}
}
