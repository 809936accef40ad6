import { defineScene } from '$lib/player/scene';
import { describeNeedleDepth } from './describe';
import Figure from './Figure.svelte';
import { controls, needleDepthFrameAt, needleDepthModel, steps } from './model';

/**
 * How deep hydrotomy's needles go in skin drawn to scale: each pushed straight in, then the short one
 * slanted at an angle the reader chooses (science.md C2 #12).
 */
export default defineScene({
	id: 'needle-depth',
	steps,
	controls,
	arrangements: ['portrait', 'landscape'],
	// the idea its plain sentence on the patient's page ends on (messages: patient)
	patientClaim: 'not-intradermal',
	claims: [
		{ id: 'skin-to-scale', level: 'established', refs: ['gibney-2010'] },
		{ id: 'not-intradermal', level: 'hypothesis', refs: ['gibney-2010'], source: 'sihp-hydrotomie' }
	],
	model: needleDepthModel,
	frameAt: needleDepthFrameAt,
	describe: describeNeedleDepth,
	Figure
});
