import { describe, expect, it } from 'vitest';
import { takesSingular } from '$lib/i18n/plural';

describe('singular or plural, by each language’s rule', () => {
	it.each([
		[0, 'fr', true],
		[1, 'fr', true],
		[1.7, 'fr', true],
		[2, 'fr', false],
		[4, 'fr', false],
		[0, 'en', false],
		[1, 'en', true],
		[1.7, 'en', false],
		[2, 'en', false]
	] as const)('%s in %s: singular %s', (count, lang, singular) => {
		expect(takesSingular(count, lang)).toBe(singular);
	});
});
