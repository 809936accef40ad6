import { afterEach, describe, expect, it, vi } from 'vitest';
import { numberFormatIn } from '$lib/i18n/intl-number';

// A kiosk browser built with English-only number data: French pages wrote "0.25" once their scripts started
// (hospital review D5). Without French data, the English format with French marks writes what French would.
const cases: [number, Intl.NumberFormatOptions][] = [
	[0.25, { minimumFractionDigits: 2, maximumFractionDigits: 2 }],
	[-67.2, { minimumFractionDigits: 1, maximumFractionDigits: 1 }],
	[3300, { maximumFractionDigits: 0 }],
	[1234567.891, { minimumFractionDigits: 1, maximumFractionDigits: 3 }],
	[140, { maximumSignificantDigits: 4, useGrouping: false }],
	[0.00001234, { notation: 'scientific', maximumSignificantDigits: 4 }]
];

/** the browser of the review: every number written in English, whatever the language asked, and said so */
function englishOnlyBrowser() {
	const Real = Intl.NumberFormat;
	const EnglishOnly = function (_locales: unknown, options?: Intl.NumberFormatOptions) {
		return new Real('en', options);
	} as unknown as typeof Intl.NumberFormat;
	EnglishOnly.supportedLocalesOf = (locales: string | readonly string[]) =>
		[locales].flat().filter((locale) => locale.startsWith('en'));
	vi.stubGlobal('Intl', Object.assign(Object.create(Intl), { NumberFormat: EnglishOnly }));
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('numbers in a language the browser has no data for', () => {
	it.each(cases)('%s is written in French as a browser with French data writes it', (value, options) => {
		const french = new Intl.NumberFormat('fr', options).format(value);
		englishOnlyBrowser();
		expect(numberFormatIn('fr', options).format(value)).toBe(french);
	});

	it('writes English as English', () => {
		expect(numberFormatIn('en', { minimumFractionDigits: 2 }).format(1234.5)).toBe('1,234.50');
	});
});
