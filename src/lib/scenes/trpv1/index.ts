import { defineScene } from '$lib/player/scene';
import { describeTrpv1 } from './describe';
import Figure from './Figure.svelte';
import { controls, steps, trpv1FrameAt, trpv1Model } from './model';

/**
 * TRPV1 at a pain nerve's ending: heat, capsaicin or acid open it, cations flow in, the ending depolarises
 * and, past threshold, signals leave; months of pain make the same stimulus open more channels. The source
 * article's "dextrose dampens TRPV1" drawn as a separate, dashed layer (science.md A3; C1 #4–8).
 */
export default defineScene({
	id: 'trpv1',
	steps,
	controls,
	arrangements: ['portrait', 'landscape'],
	// the idea its plain sentence on the patient's page ends on (messages: patient)
	patientClaim: 'dextrose-dampens-trpv1',
	claims: [
		{ id: 'trpv1-is-the-channel', level: 'established', refs: ['caterina-1997', 'tominaga-1998'] },
		{ id: 'more-channels-with-pain', level: 'hypothesis', refs: ['huang-2006'] },
		{
			id: 'dextrose-dampens-trpv1',
			level: 'unsupported',
			refs: ['bertrand-2015', 'lam-2018', 'akita-2019'],
			source: 'fischhoff-glucopuncture'
		}
	],
	model: trpv1Model,
	frameAt: trpv1FrameAt,
	describe: describeTrpv1,
	Figure
});
