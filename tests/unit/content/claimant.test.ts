import { describe, expect, it } from 'vitest';
import { claimantOf } from '$content/citations';

// Who makes a claim, as the words beside it name them: the list under a figure (prerendered) and the note
// beside a claim layer's switch (drawn in the browser) both ask claimantOf, so they cannot differ.
describe('claimantOf', () => {
	it.each([
		// an organisation's initials take "the" in English: the sentence's word, the name still French
		['sihp-hydrotomie', 'en', { id: 'sihp-hydrotomie', label: 'SIHP', lang: 'fr', article: 'the' }],
		// French names it bare, with a French voice
		['sihp-hydrotomie', 'fr', { id: 'sihp-hydrotomie', label: 'SIHP', lang: 'fr' }],
		// a person's name takes no article in either language
		['fischhoff-glucopuncture', 'en', { id: 'fischhoff-glucopuncture', label: 'Fischhoff', lang: 'fr' }],
		['fischhoff-glucopuncture', 'fr', { id: 'fischhoff-glucopuncture', label: 'Fischhoff', lang: 'fr' }]
	] as const)('%s in %s', (id, lang, named) => {
		expect(claimantOf(id, lang)).toEqual(named);
	});
});
