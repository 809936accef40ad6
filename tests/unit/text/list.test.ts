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

	it('separates them by commas without Intl.ListFormat', () => {
		vi.stubGlobal('Intl', { ...Intl, ListFormat: undefined });
		expect(listOf(['a', 'b', 'c'], 'fr')).toBe('a, b, c');
		expect(listOf(['a'], 'en')).toBe('a');
	});
});
