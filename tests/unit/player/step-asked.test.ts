import { describe, expect, it } from 'vitest';
import { stepAsked } from '$lib/player/player-view';

// The step a figure's address and its Share button name: where a press sent it, not where the drawing is yet.
describe('stepAsked', () => {
	it.each([
		{ case: 'at rest on step 2', playing: false, index: 2, destination: 2, asked: 2 },
		{
			case: 'two presses on from step 0, still drawing step 0',
			playing: false,
			index: 0,
			destination: 2,
			asked: 2
		},
		{ case: '◀ from step 3, still drawing step 3', playing: false, index: 3, destination: 2, asked: 2 },
		// playing between steps 1 and 2: nobody asked for step 2, it is only the next one on the way
		{ case: 'playing past step 1', playing: true, index: 1, destination: 2, asked: 1 }
	])('$case → step $asked', ({ playing, index, destination, asked }) => {
		expect(stepAsked({ playing, index, destination })).toBe(asked);
	});
});
