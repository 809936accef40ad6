import { afterEach, describe, expect, it, vi } from 'vitest';
import { listOf } from '$lib/text/list';

describe('listOf', () => {
	afterEach(() => vi.unstubAllGlobals());

	const cases = [
		['fr', [], ''],
		['fr', ['le soutien'], 'le soutien'],
		['fr', ['a', 'b'], 'a et b'],
		['fr', ['a', 'b', 'c'], 'a, b et c'],
		['en', ['a', 'b'], 'a and b'],
		['en', ['a', 'b', 'c'], 'a, b, and c']
	] as const;

	it.each(cases)('%s %j → “%s”', (lang, words, sentence) => {
		expect(listOf(words, lang)).toBe(sentence);
	});

	it('joins them the same without Intl.ListFormat, but for the serial comma', () => {
		vi.stubGlobal('Intl', { ...Intl, ListFormat: undefined });
		expect(listOf(['a', 'b', 'c'], 'fr')).toBe('a, b et c');
		expect(listOf(['a', 'b', 'c'], 'en')).toBe('a, b and c');
		expect(listOf(['a'], 'en')).toBe('a');
	});
});
