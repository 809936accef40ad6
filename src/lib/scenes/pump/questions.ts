import { defineQuestions } from '$lib/questions/define';
import { D5W_GLUCOSE_mM } from './model';

/** Predict, then see (src/lib/questions/): the words are in messages/<lang>.json under `questions`. */
export const questions = defineQuestions([
	{
		// what the pump does not do: its own current makes only a few mV of the resting potential
		// (science.md A2: ≈ −3 to −5 mV, textbook; this figure's model gives ≈ 9 mV, model.md pump-leak.ts);
		// the resting potential itself is the K⁺ leak down the gradients (GHK, A1)
		id: 'electrogenic-share',
		options: ['most', 'half', 'few'],
		answer: 'few',
		show: { step: 'k-in', params: {} },
		level: 'established',
		refs: ['attwell-2001']
	},
	{
		// without fuel a nerve fails over tens of minutes, not seconds (science.md A2)
		id: 'fuel-cut',
		options: ['seconds', 'tens-of-minutes', 'days'],
		answer: 'tens-of-minutes',
		show: { step: 'run-down', params: {} },
		level: 'established',
		refs: ['stecker-2013']
	},
	{
		// the source article's step: dextrose would feed starved painful nerves (science.md C1 #11, unsupported)
		id: 'dextrose',
		options: ['much-more', 'little-more', 'less'],
		answer: 'little-more',
		show: { step: 'na-bind', params: { glucose_mM: D5W_GLUCOSE_mM, showHypothesis: true } },
		level: 'unsupported',
		refs: ['stecker-2013'],
		claim: 'dextrose-feeds-starved-nerves'
	}
]);
