import { describe, expect, it } from 'vitest';
import { withStep } from '$lib/consultation/step-left';

// The address the patient's page keeps in the history as it moves on: the step the figure was at, where a
// step was, else after the sequence's own keys, the rest as it was.
describe('withStep', () => {
	it.each([
		['?s=trpv1,k2p', 'stimulus', '?s=trpv1,k2p&step=stimulus'],
		['?s=trpv1,k2p&at=2', 'open', '?s=trpv1,k2p&at=2&step=open'],
		['?s=trpv1&step=at-rest', 'stimulus', '?s=trpv1&step=stimulus'],
		['?s=trpv1&STEP=at-rest&theme=dark', 'stimulus', '?s=trpv1&step=stimulus&theme=dark'],
		['?theme=dark&s=trpv1', 'stimulus', '?theme=dark&s=trpv1&step=stimulus'],
		['', 'stimulus', '?step=stimulus']
	])('%s with %s is %s', (search, id, written) => {
		expect(withStep(search, id)).toBe(written);
	});
});
