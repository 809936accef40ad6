import { describe, expect, it } from 'vitest';
import { languages } from '$lib/i18n/languages';
import fr from '$lib/i18n/messages/fr.json';
import en from '$lib/i18n/messages/en.json';
import { loadMessages, messages } from '$lib/i18n/messages';

const catalogues = { fr, en } as const;
import { format, placeholders } from '$lib/i18n/format';

describe('UI message catalogues', () => {
	const frenchKeys = Object.keys(catalogues.fr).sort();

	it.each(languages)('%s has exactly the keys of the French catalogue', (lang) => {
		expect(Object.keys(catalogues[lang]).sort()).toEqual(frenchKeys);
	});

	it.each(languages)('%s has no empty message and no untranslated key name', (lang) => {
		for (const [key, text] of Object.entries(catalogues[lang])) {
			expect(text.trim(), `${lang}.${key}`).not.toBe('');
			expect(text, `${lang}.${key}`).not.toBe(key);
		}
	});

	it('translates every sentence: no message is the same in French and English but the names of things', () => {
		// Proper names (a source title, a person) may stay alike; whole sentences may not.
		const same = frenchKeys.filter((key) => {
			const k = key as keyof typeof catalogues.fr;
			return catalogues.fr[k] === catalogues.en[k] && catalogues.fr[k].split(' ').length > 3;
		});
		expect(same).toEqual([]);
	});
});

describe('message placeholders', () => {
	it('ask for the same values in every language', () => {
		for (const key of Object.keys(catalogues.fr) as (keyof typeof catalogues.fr)[]) {
			for (const lang of languages) {
				expect(placeholders(catalogues[lang][key]), `${lang}.${key}`).toEqual(
					placeholders(catalogues.fr[key])
				);
			}
		}
	});

	it('are filled by format, and a missing value stays visible instead of "undefined"', () => {
		expect(format(catalogues.en.playerStepOf, { n: 2, total: 6, name: 'K2P opens' })).toBe(
			'Step 2 of 6: K2P opens'
		);
		expect(format('Step {n} of {total}', { n: 2 })).toBe('Step 2 of {total}');
	});
});

describe('loading the catalogues', () => {
	it('gives a page its language once loaded, and says so clearly when it was not', async () => {
		await loadMessages('en');
		expect(messages('en').siteName).toBe(en.siteName);
		expect(() => messages('fr')).toThrow(/"fr" messages are not loaded/);
	});
});
