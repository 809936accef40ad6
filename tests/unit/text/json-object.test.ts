import { describe, expect, it } from 'vitest';
import { jsonObject } from '$lib/text/json-object';

// What the site stored and reads back (a reader's answers, an island's props) may have been edited by hand
// or written by an older version: only a JSON object comes back, anything else is null, nothing throws.
describe('jsonObject', () => {
	it.each([
		['{"a":1}', { a: 1 }],
		['{}', {}],
		[' {"nested":{"b":[1,2]}} ', { nested: { b: [1, 2] } }]
	])('reads the object in %j', (text, expected) => {
		expect(jsonObject(text)).toEqual(expected);
	});

	it.each([null, undefined, '', 'not json', '{"a":', '[1,2]', '[]', '42', '"text"', 'null', 'true'])(
		'gives null for %j',
		(text) => {
			expect(jsonObject(text)).toBeNull();
		}
	);
});
