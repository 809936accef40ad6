import { defineScene } from '$lib/player/scene';
import { describeCushion } from './describe';
import Figure from './Figure.svelte';
import { controls, cushionFrameAt, cushionModel, steps } from './model';

/**
 * The hydrotomy "cushion": a saline bolus dilutes the mediators under the skin for a few hours, while the
 * cells keep making them, and never reaches the joint or disc; the proponents' "washout" drawn as a
 * separate, dashed layer (science.md C2 #16–18, D; physiology/model.md).
 */
export default defineScene({
	id: 'cushion',
	steps,
	controls,
	arrangements: ['portrait', 'landscape'],
	// the idea its plain sentence on the patient's page ends on (messages: patient)
	patientClaim: 'washout',
	claims: [
		{ id: 'saline-absorbed', level: 'established', refs: ['danielsen-2022', 'koulakis-2020'] },
		{
			id: 'mediators-made-again',
			level: 'hypothesis',
			refs: ['danielsen-2022', 'koulakis-2020', 'tnf-kinetics-1994']
		},
		{ id: 'washout', level: 'unsupported', refs: ['reichenbach-2010'], source: 'sihp-hydrotomie' },
		{ id: 'hydrates-discs', level: 'incorrect', refs: ['urban-roberts-2003'], source: 'sihp-hydrotomie' }
	],
	model: cushionModel,
	frameAt: cushionFrameAt,
	describe: describeCushion,
	Figure
});
