import { describe, expect, it } from 'vitest';
import { MAX_QUOTED, quoted } from '$lib/address/quoted';

// A note quotes what the reader typed or the address gave: a hand-made address can carry a page of it.
describe('what a note quotes', () => {
	it.each([
		['nothing', '', ''],
		['a short value', 'abc', 'abc'],
		['exactly the most quoted', 'x'.repeat(MAX_QUOTED), 'x'.repeat(MAX_QUOTED)],
		['one past it', 'x'.repeat(MAX_QUOTED + 1), `${'x'.repeat(MAX_QUOTED - 1)}…`],
		['300 characters', 'x'.repeat(300), `${'x'.repeat(39)}…`]
	])('quotes %s', (_case, text, expected) => {
		expect(quoted(text)).toBe(expected);
	});
});
