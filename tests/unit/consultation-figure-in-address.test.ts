import { describe, expect, it } from 'vitest';
import type { SequenceItem } from '$lib/address/sequence';
import { figureInAddress } from '$lib/consultation/figure-in-address';

// Where Back takes the patient's page: the figure the address names, at the step it was left at.
const items: SequenceItem[] = [
	{ scene: 'trpv1', step: null },
	{ scene: 'k2p', step: 'k-efflux' },
	{ scene: 'pump', step: null }
];
const s = 's=trpv1,k2p:k-efflux,pump';

describe('the figure an address names in a shared sequence', () => {
	it.each([
		['no at: the first, at its chosen step', `?${s}`, { at: 0, step: null }],
		['at=2: the second, at its chosen step', `?${s}&at=2`, { at: 1, step: 'k-efflux' }],
		[
			'the step it was left at, a step of that figure',
			`?${s}&at=3&step=run-down`,
			{ at: 2, step: 'run-down' }
		],
		[
			'a step another figure has, not this one: its chosen step',
			`?${s}&at=2&step=run-down`,
			{ at: 1, step: 'k-efflux' }
		],
		['an at past the end: the last (the page said so as it opened)', `?${s}&at=9`, { at: 2, step: null }]
	])('%s', (_, search, expected) => {
		expect(figureInAddress(search, items)).toEqual(expected);
	});

	it('none when the sequence shown has no figure', () => {
		expect(figureInAddress(`?${s}&at=2`, [])).toBeNull();
	});
});
