import { defineScene } from '$lib/player/scene';
import { describeHydrodissection } from './describe';
import Figure from './Figure.svelte';
import { controls, hydrodissectionFrameAt, hydrodissectionModel, steps } from './model';

/**
 * Glucopuncture's best-studied use: an ultrasound-guided injection of 5 % dextrose around the median nerve
 * in the carpal tunnel, the fluid going under the nerve, then all round it (science.md B; C1 #12–13).
 */
export default defineScene({
	id: 'hydrodissection',
	steps,
	controls,
	arrangements: ['portrait', 'landscape'],
	// the idea its plain sentence on the patient's page ends on (messages: patient)
	patientClaim: 'trials',
	claims: [
		{
			id: 'trials',
			level: 'trials',
			refs: ['wu-2017', 'orthosis-d5w-2026', 'lam-2023', 'oh-2025']
		},
		{ id: 'nerve-lifted', level: 'hypothesis', refs: ['lam-2023'] }
	],
	model: hydrodissectionModel,
	frameAt: hydrodissectionFrameAt,
	describe: describeHydrodissection,
	Figure
});
