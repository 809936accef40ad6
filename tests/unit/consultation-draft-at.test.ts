import { describe, expect, it } from 'vitest';
import { readConsultation } from '$lib/address/sequence';

// A consultation opened with `?at=2` and no `s=` shows the draft this browser keeps: the figure asked for is
// counted in the draft, not in the link's empty list (which showed figure 1 with no word, and lost `at=2`).
const known = { trpv1: ['at-rest'], k2p: ['closed'], pump: ['turn'], cushion: ['made'] };
const draft = [
	{ scene: 'trpv1', step: null },
	{ scene: 'k2p', step: null },
	{ scene: 'pump', step: null },
	{ scene: 'cushion', step: null }
];

describe('the figure a consultation opens at, counted in the sequence it shows', () => {
	it.each([
		['?at=2', draft, 1, []],
		['?at=4', draft, 3, []],
		['?at=9', draft, 3, [{ kind: 'at', text: '9' }]],
		['?at=two', draft, 0, [{ kind: 'at', text: 'two' }]],
		['?at=', draft, 0, []],
		['', draft, 0, []],
		['?at=2', [], 0, []],
		// a link's own sequence is shown, and counted in, however long the draft
		['?s=k2p&at=2', draft, 0, [{ kind: 'at', text: '2' }]]
	])('opens %s at the figure asked for (case %#)', (query, kept, at, unread) => {
		const opened = readConsultation(query, known, { draft: kept });
		expect(opened.at).toBe(at);
		expect(opened.unread).toEqual(unread);
	});

	it('shows the draft when the link names no sequence, and the link’s own when it does', () => {
		expect(readConsultation('?at=2', known, { draft }).items).toEqual(draft);
		expect(readConsultation('?s=k2p', known, { draft }).items).toEqual([{ scene: 'k2p', step: null }]);
	});
});
