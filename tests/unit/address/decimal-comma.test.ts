import { describe, expect, it } from 'vitest';
import { sceneSteps } from '$lib/address/scene-steps';
import { sequenceParts } from '$lib/address/decimal-comma';
import { readConsultation } from '$lib/address/sequence';

// A French reader writes decimals with a comma, and the figure's own page reads `glucose_mM=3,5` as 3.5: in a
// consultation's list, where commas also part the figures, the comma after a setting's number is its decimal.
describe('a decimal comma in a consultation’s list', () => {
	it.each([
		['a decimal comma', 'pump:glucose_mM=3,5', ['pump:glucose_mM=3.5']],
		['one before the next figure', 'pump:glucose_mM=3,5,k2p', ['pump:glucose_mM=3.5', 'k2p']],
		['a negative number', 'pump:x=-3,25', ['pump:x=-3.25']],
		['digits after a figure, not a setting', 'k2p,5', ['k2p', '5']],
		['digits after a decimal already read', 'pump:x=3.5,5', ['pump:x=3.5', '5']],
		['a second comma', 'pump:x=3,5,5', ['pump:x=3.5', '5']],
		['a word after a number', 'pump:x=3,k2p', ['pump:x=3', 'k2p']],
		['digits with a space', 'pump:x=3, 5', ['pump:x=3', ' 5']],
		['a stray comma', 'pump:x=3,,5', ['pump:x=3', '', '5']]
	])('reads %s: %s', (_case, value, parts) => {
		expect(sequenceParts(value)).toEqual(parts);
	});

	it('opens the figure at the value written, with no note of a figure the site does not have', () => {
		expect(readConsultation('?s=pump:glucose_mM=3,5,k2p', sceneSteps)).toMatchObject({
			items: [{ scene: 'pump', step: null, params: { glucose_mM: '3.5' } }, { scene: 'k2p' }],
			unread: []
		});
	});
});
