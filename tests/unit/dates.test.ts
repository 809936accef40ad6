import { describe, expect, it } from 'vitest';
import { longDate } from '$lib/i18n/dates';

// One way to write a day per language, wherever the site writes one (review dates, a printed sheet's date).
describe('longDate', () => {
	const day = new Date('2026-11-30T00:00:00Z');

	it.each([
		['fr', '30 novembre 2026'],
		['en', '30 November 2026']
	] as const)('writes a day in %s as its readers write it: %s', (lang, written) => {
		expect(longDate(lang, day, 'UTC')).toBe(written);
	});

	it('reads an ISO day in UTC, so that every reader sees the same day', () => {
		// 00:00 UTC is still 30 November in New York: the day written is the one the page names
		expect(longDate('en', new Date('2026-12-01T00:00:00Z'), 'UTC')).toBe('1 December 2026');
	});
});
