import { format } from '$lib/i18n/format';
import type { SceneView } from '$lib/player/scene';
import type { StepTable } from '$lib/player/steps';
import {
	CHART_MINUTES,
	RECOVERED_RATIO,
	SPREAD_BEYOND_mL,
	steps,
	type CushionFrame,
	type CushionModel
} from './model';
import { ratioPercent } from './percent';

export type CushionWords = typeof import('./messages/fr.json');
export type CushionView = SceneView<CushionModel, CushionFrame, CushionWords>;

/** The steps at which, with the switch on, the claimed "washout" is set beside what the model shows. */
const SAYS_WASHOUT = {
	inflamed: false,
	bolus: false,
	absorbed: true,
	'made-again': true,
	recovered: true,
	'joint-unchanged': false
} satisfies StepTable<typeof steps, boolean>;

/** The steps that say how far the dilution goes: where a large bolus gets its caveat (SPREAD_BEYOND_mL). */
const SAYS_SPREAD = {
	inflamed: false,
	bolus: true,
	absorbed: false,
	'made-again': false,
	recovered: true,
	'joint-unchanged': false
} satisfies StepTable<typeof steps, boolean>;

/**
 * One plain sentence (or two) for the step shown, with the model's numbers: what a screen reader says and
 * the caption under the figure. With the "washout" switch on, it sets the claim beside what the model shows.
 */
export function describeCushion({ model, frame, words, n }: CushionView): string {
	const d = words.describe;
	const fold = 1 / model.series.minimumRatio;
	const values = {
		bolus: n.mL(model.params.bolus_mL),
		fluid: n.mL(model.interstitial_mL),
		minimum: n.percent(model.series.minimumRatio),
		// one decimal under tenfold, when it is not a whole number ("2,5"); whole above
		factor: n.upTo(fold, fold < 10 ? 1 : 0),
		halfLife: n.duration(model.absorptionHalfLife_min),
		elapsed: n.duration(frame.t_min),
		left: n.mL(frame.bolusLeft_mL),
		ratio: ratioPercent(n, frame.ratio),
		window: n.duration(CHART_MINUTES),
		threshold: n.percent(RECOVERED_RATIO),
		recovered: n.duration(model.recovered90_min)
	};
	const message = {
		inflamed: d.inflamed,
		bolus: d.bolus,
		absorbed: d.absorbed,
		// "already at 5 %" (500 mL in pigs) would say the opposite of what the number shows
		'made-again': frame.ratio >= 0.5 ? d['made-again'].already : d['made-again'].rising,
		recovered: frame.ratio >= RECOVERED_RATIO ? d.recovered.back : d.recovered.notYet,
		'joint-unchanged': d['joint-unchanged']
	}[frame.step];
	const sentences = [format(message, values)];
	if (model.params.bolus_mL > SPREAD_BEYOND_mL && SAYS_SPREAD[frame.step])
		sentences.push(format(d.spread, values));
	if (model.params.showWashout && SAYS_WASHOUT[frame.step]) sentences.push(format(d.washout, values));
	return sentences.join(' ');
}
