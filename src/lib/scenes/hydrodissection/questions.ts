import { defineQuestions } from '$lib/questions/define';

/** Predict, then see (src/lib/questions/): the words are in messages/<lang>.json under `questions`. */
export const questions = defineQuestions([
	{
		// ultrasound guidance does better than landmarks for carpal tunnel injections (science.md C1 #12)
		id: 'ultrasound',
		options: ['sees', 'heals', 'nothing'],
		answer: 'sees',
		show: { step: 'needle-near', params: {} },
		level: 'trials',
		refs: ['lam-2023']
	},
	{
		// 4 mL did better than 1 or 2 mL (science.md C1 #13: Lin 2020)
		id: 'volume',
		options: ['less', 'same', 'more'],
		answer: 'more',
		show: { step: 'nerve-surrounded', params: { volume_mL: 4 } },
		level: 'trials',
		refs: ['lin-2020']
	},
	{
		// the source article's step: the fluid would work by lifting the nerve (science.md C1 #13, hypothesis)
		id: 'lifted',
		options: ['shown', 'unknown', 'sugar'],
		answer: 'unknown',
		show: { step: 'nerve-surrounded', params: { volume_mL: 10 } },
		level: 'hypothesis',
		refs: ['lin-2020', 'lam-2023'],
		claim: 'nerve-lifted'
	}
]);
