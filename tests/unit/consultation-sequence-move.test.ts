import { describe, expect, it } from 'vitest';
import { sequenceMove } from '$lib/consultation/sequence-keys';
import { sequenceQuery } from '$lib/consultation/sequence-query';

// A clicker's keys past the steps of the figure shown move the consultation's sequence: Page Down and Page Up
// to the figure after and before, and Home on a figure's first step back to the sequence's first figure (a
// bookmark made after rehearsing opens on the last figure's last step: Home twice starts again).
describe('where a key takes the sequence', () => {
	// figure `at` of 3, standing at step `index` of 6
	const move = (action: Parameters<typeof sequenceMove>[0], index: number, at: number, failed = false) =>
		sequenceMove(action, index, 6, at, 3, failed);

	it('Home on a figure’s first step goes to the first figure; elsewhere Home is the figure’s', () => {
		expect(move('restart', 0, 2)).toBe(0);
		expect(move('restart', 0, 1)).toBe(0);
		expect(move('restart', 5, 2)).toBeNull();
		expect(move('restart', 0, 0)).toBeNull();
		expect(move('restart', 3, 1, true)).toBe(0);
	});

	it('Page Down past the last step, Page Up before the first, and no further than the ends', () => {
		expect(move('next', 5, 0)).toBe(1);
		expect(move('next', 4, 0)).toBeNull();
		expect(move('next', 5, 2)).toBeNull();
		expect(move('previous', 0, 2)).toBe(1);
		expect(move('previous', 1, 2)).toBeNull();
		expect(move('previous', 0, 0)).toBeNull();
		expect(move('next', 0, 0, true)).toBe(1);
	});

	it('leaves the other keys to the figure', () => {
		for (const action of ['end', 'toggle', 'present', 'black', 'white', 'help', null] as const)
			expect(move(action, 0, 2)).toBeNull();
	});
});

describe('the address of a sequence', () => {
	const items = [
		{ scene: 'hydrodissection', step: null },
		{ scene: 'trpv1', step: 'channels-open' },
		{ scene: 'pump', step: null, params: { glucose_mM: '0' } }
	];

	it('back at the first figure, holds no figure number and no step', () => {
		expect(sequenceQuery('?s=x&at=3&step=fewer-signals', items, 0, true, true, null)).toBe(
			'?s=hydrodissection,trpv1:channels-open,pump:glucose_mM=0'
		);
	});

	it('names the figure shown, its step, what the query held, and the settings a figure opens with', () => {
		expect(sequenceQuery('?AT=1&theme=dark', items, 2, true, true, 'fuel-cut')).toBe(
			'?s=hydrodissection,trpv1:channels-open,pump:glucose_mM=0&at=3&step=fuel-cut&theme=dark&glucose_mM=0'
		);
		// a figure's own step and settings stay as the query says them when it is not opened afresh
		expect(sequenceQuery('?step=open&glucose_mM=5', items, 2, false, false, null)).toBe(
			'?s=hydrodissection,trpv1:channels-open,pump:glucose_mM=0&at=3&step=open&glucose_mM=5'
		);
		// a setting the query gives wins over the one the figure was added with
		expect(sequenceQuery('?glucose_mM=5', items, 2, true, true, null)).toBe(
			'?s=hydrodissection,trpv1:channels-open,pump:glucose_mM=0&at=3&glucose_mM=5'
		);
		expect(sequenceQuery('?theme=dark', [], 0, true, false, null)).toBe('?theme=dark');
	});
});
