import { describe, expect, it } from 'vitest';
import { defaultLang, isLang, languages, otherLang } from '$lib/i18n/languages';
import { chooseLanguage, rememberLanguage, rememberedLanguage } from '$lib/i18n/preference';

describe('languages', () => {
	it('are French first, then English', () => {
		expect(languages).toEqual(['fr', 'en']);
		expect(defaultLang).toBe('fr');
	});

	it.each([['fr'], ['en']])('knows %s', (value) => expect(isLang(value)).toBe(true));
	it.each([['de'], ['FR'], [''], ['fr-FR'], [null], [undefined], [42]])('rejects %j', (value) =>
		expect(isLang(value)).toBe(false)
	);

	it('pairs each language with the other', () => {
		expect(otherLang('fr')).toBe('en');
		expect(otherLang('en')).toBe('fr');
	});
});

/** An in-memory Storage, or one that refuses everything as Safari's private mode once did. */
function storage(refuse = false): Storage {
	const items = new Map<string, string>();
	return {
		get length() {
			return items.size;
		},
		clear: () => items.clear(),
		key: (i) => [...items.keys()][i] ?? null,
		removeItem: (k) => void items.delete(k),
		getItem: (k) => {
			if (refuse) throw new Error('SecurityError');
			return items.get(k) ?? null;
		},
		setItem: (k, v) => {
			if (refuse) throw new Error('QuotaExceededError');
			items.set(k, v);
		}
	};
}

describe('remembered language', () => {
	it('gives back the choice the reader made', () => {
		const store = storage();
		rememberLanguage('en', store);
		expect(rememberedLanguage(store)).toBe('en');
	});

	it('ignores a stored value that is not a language of the site', () => {
		const store = storage();
		store.setItem('lang', 'de');
		expect(rememberedLanguage(store)).toBeNull();
	});

	it('neither throws nor remembers when storage is refused', () => {
		const store = storage(true);
		expect(() => rememberLanguage('fr', store)).not.toThrow();
		expect(rememberedLanguage(store)).toBeNull();
	});
});

describe('chooseLanguage (where the welcome page sends a reader)', () => {
	it('follows the remembered choice first', () => {
		expect(chooseLanguage('en', ['fr-FR', 'fr'])).toBe('en');
	});

	it('else takes the first browser language the site speaks, whatever its region', () => {
		expect(chooseLanguage(null, ['fr-CA'])).toBe('fr');
		expect(chooseLanguage(null, ['de-DE', 'EN-gb', 'fr'])).toBe('en');
	});

	it('else lets the reader choose', () => {
		expect(chooseLanguage(null, ['de-DE', 'it'])).toBeNull();
		expect(chooseLanguage(null, [])).toBeNull();
		expect(chooseLanguage(null, [''])).toBeNull();
	});
});
