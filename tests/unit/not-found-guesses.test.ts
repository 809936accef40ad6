import { beforeAll, describe, expect, it } from 'vitest';
import { languages } from '$lib/i18n/languages';
import { loadMessages } from '$lib/i18n/messages';
import { knownPages } from '$lib/nav/known-pages.server';
import type { KnownPage } from '$lib/nav/site-map';

// The 404 page's "did you mean" (static/not-found.js) offers a page for a word a reader may type for it,
// matched whole, lowercased and decoded, in either language. A patient with carpal tunnel and diabetes typed
// the menu's name, his condition, a short name and "fiche", and got no suggestion (patient review D7).
let pages: KnownPage[] = [];
beforeAll(async () => {
	await loadMessages(...languages);
	pages = knownPages();
});

/** the page not-found.js offers for a guessed word, in the address's language */
function offered(typed: string): string | undefined {
	const [, lang, ...rest] = decodeURI(typed).toLowerCase().split('/');
	const word = `${rest.filter(Boolean).join('/')}/`;
	const guessed = pages.find((page) => (page.guessed ?? []).includes(word));
	return guessed && pages.find((page) => page.key === guessed.key && page.lang === lang)?.key;
}

describe('the words a reader may type for a page', () => {
	it.each([
		['/fr/hydrotomie-percutanee', 'hydrotomy'],
		['/fr/hydrotomie-percutan%C3%A9e/', 'hydrotomy'],
		['/fr/Hydrotomie-Percutanée', 'hydrotomy'],
		['/en/percutaneous-hydrotomy/', 'hydrotomy'],
		['/fr/gluco', 'glucopuncture'],
		['/en/gluco/', 'glucopuncture'],
		['/fr/fiche', 'handout-glucopuncture'],
		['/en/sheet/', 'handout-glucopuncture'],
		['/fr/canal-carpien', 'choosing'],
		['/en/carpal-tunnel/', 'choosing'],
		// the other language's word: the page in the address's language
		['/en/canal-carpien/', 'choosing'],
		['/fr/choix/', 'choosing']
	])('%s offers the %s page', (typed, key) => {
		expect(offered(typed)).toBe(key);
	});

	it('names one page with each word, and never a word that is already a page’s address', () => {
		const owner = new Map<string, string>();
		const slugs = new Set(pages.map((page) => page.path.replace(/^.*?\/(fr|en)\//, '')));
		for (const page of pages)
			for (const word of page.guessed ?? []) {
				expect(owner.get(word) ?? page.key, word).toBe(page.key);
				owner.set(word, page.key);
				expect(slugs.has(word), word).toBe(false);
				expect(word, word).toBe(word.toLowerCase());
			}
	});
});
