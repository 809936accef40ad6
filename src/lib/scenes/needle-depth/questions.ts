import { defineQuestions } from '$lib/questions/define';

/** Predict, then see (src/lib/questions/): the words are in messages/<lang>.json under `questions`. */
export const questions = defineQuestions([
	{
		// skin 1.9–2.4 mm, fat 10–15 mm on arm, abdomen, thigh (science.md C2 #12: Gibney 2010)
		id: 'straight',
		options: ['epidermis', 'dermis', 'fat'],
		answer: 'fat',
		show: { step: 'needle-4mm', params: {} },
		level: 'established',
		refs: ['gibney-2010']
	},
	{
		// geometry: at 30° the tip goes down 4 mm × sin 30° = 2 mm
		id: 'slanted',
		options: ['four', 'two', 'one'],
		answer: 'two',
		show: { step: 'slanted', params: { angle_deg: 30 } },
		level: 'established',
		refs: ['gibney-2010']
	},
	{
		// the source article's step: its 4 mm injections called "intradermal" (science.md C2 #12)
		id: 'called-intradermal',
		options: ['measured', 'unmeasured', 'muscle'],
		answer: 'unmeasured',
		show: { step: 'intradermal', params: {} },
		level: 'hypothesis',
		refs: ['gibney-2010'],
		claim: 'not-intradermal'
	}
]);
