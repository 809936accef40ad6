import { defineQuestions } from '$lib/questions/define';

/** Predict, then see (src/lib/questions/): the words are in messages/<lang>.json under `questions`. */
export const questions = defineQuestions([
	{
		// TRPV1 senses heat, capsaicin and acid, not touch (science.md A3: Urano 2012)
		id: 'touch',
		options: ['many', 'almost-none', 'all'],
		answer: 'almost-none',
		show: { step: 'signal-sent', params: { kind: 'touch' } },
		level: 'established',
		refs: ['urano-2012']
	},
	{
		// inflammatory mediators lower TRPV1's thresholds (science.md A3: Huang 2006); the model's sizes
		id: 'sensitised-heat',
		options: ['fewer', 'same', 'more'],
		answer: 'more',
		show: { step: 'sensitised', params: { kind: 'heat', heat_C: 44 } },
		level: 'established',
		refs: ['huang-2006']
	},
	{
		// the source article's step: dextrose would dampen TRPV1 (science.md C1 #8, unsupported)
		id: 'dextrose',
		options: ['shown', 'untested', 'opens'],
		answer: 'untested',
		show: { step: 'channels-open', params: { kind: 'heat', heat_C: 44, showHypothesis: true } },
		level: 'unsupported',
		refs: ['bertrand-2015', 'lam-2018', 'akita-2019'],
		claim: 'dextrose-dampens-trpv1'
	}
]);
