import { defineScene } from '$lib/player/scene';
import { describeK2p } from './describe';
import Figure from './Figure.svelte';
import { controls, k2pFrameAt, k2pModel, steps } from './model';

/**
 * K2P leak channels open, K⁺ leaves, the facilitated nerve ending repolarises and falls silent; the source
 * article's "dextrose opens K2P" drawn as a separate, dashed layer (science.md A1, A4; C1 #9–10).
 */
export default defineScene({
	id: 'k2p',
	steps,
	controls,
	arrangements: ['portrait', 'landscape'],
	// the idea its plain sentence on the patient's page ends on (messages: patient)
	patientClaim: 'dextrose-opens-k2p',
	claims: [
		{ id: 'opening-pulls-toward-ek', level: 'established', refs: ['hodgkin-katz-1949'] },
		{
			id: 'dextrose-opens-k2p',
			level: 'unsupported',
			refs: ['burdakov-2006', 'guyon-2009'],
			source: 'fischhoff-glucopuncture'
		}
	],
	model: k2pModel,
	frameAt: k2pFrameAt,
	describe: describeK2p,
	Figure
});
