import { describe, expect, it } from 'vitest';
import { onOffFromText } from '$lib/address/on-off';

describe('a switch read from an address', () => {
	it.each([
		['on', true],
		['OUI', true],
		[' yes ', true],
		['1', true],
		['true', true],
		['off', false],
		['Non', false],
		['no', false],
		['0', false],
		['false', false],
		['maybe', undefined],
		['', undefined],
		['2', undefined],
		['onn', undefined]
	])('%j → %s', (text, expected) => {
		expect(onOffFromText(text)).toBe(expected);
	});
});
