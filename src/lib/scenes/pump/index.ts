import { defineScene } from '$lib/player/scene';
import { describePump } from './describe';
import Figure from './Figure.svelte';
import { controls, pumpFrameAt, pumpModel, steps } from './model';

/**
 * One turn of the Na⁺/K⁺ pump, then the same axon over two hours as its glucose is withdrawn and given back
 * (the pump–leak model); the source article's "painful nerves are glucose-starved, dextrose feeds them" drawn
 * as a separate, dashed layer (science.md A2; C1 #11; physiology/model.md).
 */
export default defineScene({
	id: 'pump',
	steps,
	controls,
	arrangements: ['portrait', 'landscape'],
	// the idea its plain sentence on the patient's page ends on (messages: patient)
	patientClaim: 'dextrose-feeds-starved-nerves',
	claims: [
		{ id: 'pump-rebuilds-gradients', level: 'established', refs: ['attwell-2001', 'stecker-2013'] },
		{ id: 'glucose-yield', level: 'established', refs: ['berg-2002'] },
		// a calculation of this model from textbook transporter constants, labelled as the site labels what its
		// models give (as the cushion's mediators-made-again): plausible, not measured on a nerve
		{ id: 'glucose-uptake', level: 'hypothesis', refs: ['berg-2002'] },
		{
			id: 'dextrose-feeds-starved-nerves',
			level: 'unsupported',
			refs: ['stecker-2013', 'berg-2002'],
			source: 'fischhoff-glucopuncture'
		}
	],
	model: pumpModel,
	frameAt: pumpFrameAt,
	describe: describePump,
	Figure
});
