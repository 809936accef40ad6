import { describe, expect, it } from 'vitest';
import { languages } from '$lib/i18n/languages';
import fr from '$lib/i18n/messages/fr.json';
import en from '$lib/i18n/messages/en.json';
import { loadMessages, messages } from '$lib/i18n/messages';

const catalogues = { fr, en } as const;
import { format, placeholders } from '$lib/i18n/format';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every Svelte, TypeScript and Markdown file under src/, read as text. */
function sources(dir = join(import.meta.dirname, '../../src')): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sources(path);
		return /\.(svelte|ts|md)$/.test(entry.name) ? [readFileSync(path, 'utf8')] : [];
	});
}

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

describe('unused messages', () => {
	it('every UI message is named somewhere in the code (m.key, or its key as a string)', () => {
		const code = sources().join('\n');
		const unused = Object.keys(catalogues.fr).filter((key) => !new RegExp(`\\b${key}\\b`).test(code));
		expect(unused).toEqual([]);
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
