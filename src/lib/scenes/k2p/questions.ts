import { defineQuestions } from '$lib/questions/define';

/** Predict, then see (src/lib/questions/): the words are in messages/<lang>.json under `questions`. */
export const questions = defineQuestions([
	{
		// opening K⁺ channels pulls Vm toward E_K, never past it (science.md A1 GHK values; A4: Alloui 2006)
		id: 'open-more',
		options: ['up', 'toward-ek', 'past-ek'],
		answer: 'toward-ek',
		show: { step: 'hyperpolarised', params: { openFraction: 1 } },
		level: 'established',
		refs: ['alloui-2006']
	},
	{
		// near threshold a small change is enough: in the model, 5 % reopened gives −56 mV, under −55 mV
		id: 'few-open',
		options: ['keeps-firing', 'silent', 'faster'],
		answer: 'silent',
		show: { step: 'fewer-signals', params: { openFraction: 0.05 } },
		level: 'established',
		refs: ['alloui-2006']
	},
	{
		// the source article's step: dextrose would open K2P (science.md C1 #9–10, unsupported)
		id: 'dextrose',
		options: ['shown', 'borrowed', 'textbook'],
		answer: 'borrowed',
		show: { step: 'k2p-opens', params: { showHypothesis: true } },
		level: 'unsupported',
		refs: ['burdakov-2006', 'guyon-2009'],
		claim: 'dextrose-opens-k2p'
	}
]);
