import { describe, expect, it } from 'vitest';
import { MAX_QUOTED, quoted, quotedNumber } from '$lib/address/quoted';

// A note quotes what the reader typed or the address gave: a hand-made address can carry a page of it.
describe('what a note quotes', () => {
	it.each([
		['nothing', '', ''],
		['a short value', 'abc', 'abc'],
		['exactly the most quoted', 'x'.repeat(MAX_QUOTED), 'x'.repeat(MAX_QUOTED)],
		['one past it', 'x'.repeat(MAX_QUOTED + 1), `${'x'.repeat(MAX_QUOTED - 1)}…`],
		['300 characters', 'x'.repeat(300), `${'x'.repeat(39)}…`],
		// a right-to-left override in a link turned the rest of the note's own sentence backwards
		['a direction override', '\u202eylno ylppus', '\ufffdylno ylppus'],
		['isolates and marks', 'a\u2067b\u2069c\u200fd\u061ce', 'a\ufffdb\ufffdc\ufffdd\ufffde'],
		['a control character', 'a\u0000b\u0007c', 'a\ufffdb\ufffdc'],
		// cut between characters: an emoji is two UTF-16 units, and half of one shows as a broken glyph
		['emoji at the cut', `${'A'.repeat(38)}😀😀😀`, `${'A'.repeat(38)}😀…`],
		['accents and emoji kept', 'café 😀', 'café 😀'],
		// drawn as nothing: a quote of only these would read as an empty “”
		['blank characters', '\u00ad\u3164\u2800', '\ufffd\ufffd\ufffd'],
		['an emoji made of several, joined', '👨\u200d👩\u200d👧', '👨\u200d👩\u200d👧']
	])('quotes %s', (_case, text, expected) => {
		expect(quoted(text)).toBe(expected);
	});
});

// A number out of range is named in its note; "Infinity", which code writes for a number too large, is named
// as a mathematician writes it.
describe('what a note quotes of a number', () => {
	it.each([
		['Infinity', '∞'],
		['-Infinity', '−∞'],
		['+infinity', '∞'],
		[' INFINITY ', '∞'],
		['1e999', '1e999'],
		['Infinityx', 'Infinityx'],
		['5000', '5000']
	])('quotes %j as %j', (text, expected) => {
		expect(quotedNumber(text)).toBe(expected);
	});
});
