import { defineScene } from '$lib/player/scene';
import { describeInjection } from './describe';
import Figure from './Figure.svelte';
import { controls, injectionFrameAt, injectionModel, steps } from './model';

/**
 * How deep hydrotomy's needles go in skin drawn to scale, then the ultrasound-guided injection of 5 %
 * dextrose around the median nerve in the carpal tunnel (science.md B; C1 #12–13; C2 #12).
 */
export default defineScene({
	id: 'injection',
	steps,
	controls,
	claims: [
		{ id: 'skin-to-scale', level: 'established', refs: ['gibney-2010'] },
		{ id: 'not-intradermal', level: 'hypothesis', refs: ['gibney-2010'], source: 'sihp-hydrotomie' },
		{
			id: 'trials',
			level: 'trials',
			refs: ['wu-2017', 'orthosis-d5w-2026', 'lam-2023', 'oh-2025']
		},
		{ id: 'nerve-lifted', level: 'hypothesis', refs: ['lam-2023'] }
	],
	model: injectionModel,
	frameAt: injectionFrameAt,
	describe: describeInjection,
	Figure
});
