import { describe, expect, it } from 'vitest';
import { isMissingValueWord } from '$lib/address/missing-value';

describe('a word broken code writes for a missing value', () => {
	it.each([
		['NaN', true],
		['nan', true],
		[' undefined ', true],
		['null', true],
		['Infinity', true],
		['-Infinity', true],
		['+infinity', true],
		// what a reader types, even when wrong, is quoted back so they can see what the link said
		['abc', false],
		['', false],
		['nanny', false],
		['1e999', false],
		['∞', false],
		['nullement', false]
	])('%j → %s', (text, missing) => {
		expect(isMissingValueWord(text)).toBe(missing);
	});
});
