import { format } from '$lib/i18n/format';
import { SKIN_DEPTH_mm, SKIN_mm } from '$lib/physiology';
import type { SceneView } from '$lib/player/scene';
import type { NeedleDepthFrame, NeedleDepthModel } from './model';

export type NeedleDepthWords = typeof import('./messages/fr.json');
export type NeedleDepthView = SceneView<NeedleDepthModel, NeedleDepthFrame, NeedleDepthWords>;

/**
 * One plain sentence (or two) for the step shown, with the numbers behind the drawing: what a screen reader
 * says, and the caption under the figure. The layers are named with the same words in every sentence.
 */
export function describeNeedleDepth({ model, words, frame, n }: NeedleDepthView): string {
	const d = words.describe;
	const { short, long } = model.needles;
	// each step's sentence is written only when it is the one shown
	const sentence = {
		layers: () =>
			format(d.layers, {
				epidermis: d.layer.epidermis,
				dermis: d.layer.dermis,
				subcutis: d.layer.subcutis,
				muscle: d.layer.muscle,
				epidermisThickness: n.mm(SKIN_mm.epidermis),
				dermisThickness: n.mm(SKIN_mm.dermis),
				fatMin: n.upTo(SKIN_mm.subcutisMin, 1),
				fatMax: n.mm(SKIN_mm.subcutisMax),
				short: n.mm(short.length_mm),
				long: n.mm(long.length_mm)
			}),
		intradermal: () =>
			format(d.intradermal, {
				dermis: d.layer.dermis,
				top: n.mm(SKIN_mm.epidermis),
				bottom: n.mm(SKIN_DEPTH_mm),
				short: n.mm(short.length_mm)
			}),
		'needle-4mm': () =>
			format(d['needle-4mm'], {
				gauge: n.fixed(short.gauge),
				length: n.mm(short.length_mm),
				below: n.mm(short.belowDermis_mm),
				layer: d.layer[short.endsIn.thick]
			}),
		// the long needle ends in the fat where it is thick, in muscle where it is thin (tests hold this)
		'needle-13mm': () =>
			format(d['needle-13mm'], {
				gauge: n.fixed(long.gauge),
				length: n.mm(long.length_mm),
				fat: n.mm(long.length_mm - SKIN_DEPTH_mm),
				layer: d.layer[long.endsIn.thin]
			}),
		slanted: () =>
			format(d.slanted, {
				angle: `${n.fixed(model.slanted.angle_deg)}°`,
				length: n.mm(short.length_mm),
				depth: n.mm(model.slanted.tip_mm),
				layer: d.layer[model.slanted.endsIn],
				steepest: `${n.fixed(model.slanted.steepestIntradermal_deg)}°`
			})
	}[frame.step];
	return sentence();
}
