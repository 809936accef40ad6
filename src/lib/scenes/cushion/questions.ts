import { defineQuestions } from '$lib/questions/define';

/** Predict, then see (src/lib/questions/): the words are in messages/<lang>.json under `questions`. */
export const questions = defineQuestions([
	{
		// subcutaneous saline: half absorbed in ≈ 30 min in older patients (science.md D: Danielsen 2022)
		id: 'absorbed',
		options: ['most', 'little', 'all'],
		answer: 'little',
		show: { step: 'made-again', params: { bolus_mL: 20, absorption: 'patients' } },
		level: 'established',
		refs: ['danielsen-2022']
	},
	{
		// mediators keep being made: the dip recovers within hours (science.md D: 0.985 of baseline at 4 h)
		id: 'back',
		options: ['still-low', 'back', 'zero'],
		answer: 'back',
		show: { step: 'recovered', params: { bolus_mL: 20, absorption: 'patients' } },
		level: 'hypothesis',
		refs: ['danielsen-2022', 'koulakis-2020', 'tnf-kinetics-1994']
	},
	{
		// the source article's step: the saline would wash mediators out of the joint (science.md C2 #16–17)
		id: 'washout',
		options: ['washed', 'unchanged', 'worse'],
		answer: 'unchanged',
		show: { step: 'joint-unchanged', params: { bolus_mL: 20, showWashout: true } },
		level: 'unsupported',
		refs: ['reichenbach-2010'],
		claim: 'washout'
	}
]);
