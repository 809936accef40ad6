import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { languages } from '$lib/i18n/languages';
import { isPageSlug, pageKeyOf, pageKeys, pageSlugs, translateSlug } from '$lib/i18n/pages';
import { pageInLanguage, pagePath, referencePath } from '$lib/i18n/paths';

describe('page slugs (src/lib/i18n/pages.ts)', () => {
	it('give every page a lower-case, URL-safe slug in every language', () => {
		for (const key of pageKeys) {
			for (const lang of languages) expect(pageSlugs[key][lang]).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
		}
	});

	it('never give two pages the same slug, in any language', () => {
		const owners = new Map<string, string>();
		for (const key of pageKeys) {
			for (const lang of languages) {
				const slug = pageSlugs[key][lang];
				expect(owners.get(slug) ?? key, `"${slug}"`).toBe(key);
				owners.set(slug, key);
			}
		}
	});

	it('have a text for every page in every language, named after its slug', () => {
		for (const key of pageKeys) {
			for (const lang of languages) {
				const file = `src/content/${lang}/${pageSlugs[key][lang]}.md`;
				expect(existsSync(file), file).toBe(true);
			}
		}
	});

	it('leave the segments of the other routes to those routes', () => {
		for (const segment of ['references', 'scenes', 'home', '', 'fr', 'en']) {
			expect(isPageSlug(segment), segment).toBe(false);
		}
	});

	it('find a page from its slug, in a given language or in any', () => {
		expect(pageKeyOf('hydrotomie', 'fr')).toBe('hydrotomy');
		expect(pageKeyOf('hydrotomie', 'en')).toBeUndefined();
		expect(pageKeyOf('hydrotomie')).toBe('hydrotomy');
		expect(pageKeyOf('about')).toBe('about');
		expect(pageKeyOf('nope')).toBeUndefined();
	});

	it.each([
		['hydrotomie', 'en', 'hydrotomy'],
		['hydrotomy', 'fr', 'hydrotomie'],
		['glossaire', 'en', 'glossary'],
		['glossary', 'fr', 'glossaire'],
		['a-propos', 'en', 'about'],
		['about', 'fr', 'a-propos'],
		['glucopuncture', 'en', 'glucopuncture'],
		['k2p', 'fr', 'k2p']
	] as const)('translates %s into %s as %s', (slug, lang, expected) => {
		expect(translateSlug(slug, lang)).toBe(expected);
	});
});

describe('paths across languages (src/lib/i18n/paths.ts)', () => {
	it.each([
		['/[lang=lang]', {}, 'en', '/en/'],
		['/[lang=lang]/references', {}, 'fr', '/fr/references/'],
		['/[lang=lang]/[page=page]', { page: 'hydrotomie' }, 'en', '/en/hydrotomy/'],
		['/[lang=lang]/[page=page]', { page: 'hydrotomy' }, 'fr', '/fr/hydrotomie/'],
		['/[lang=lang]/[page=page]', { page: 'glossary' }, 'fr', '/fr/glossaire/'],
		['/[lang=lang]/[page=page]', { page: 'a-propos' }, 'en', '/en/about/'],
		['/[lang=lang]/[page=page]', { page: 'glucopuncture' }, 'en', '/en/glucopuncture/'],
		['/[lang=lang]/scenes/[scene]', { scene: 'k2p' }, 'fr', '/fr/scenes/k2p/']
	] as const)('%s %j in %s is %s', (routeId, params, lang, expected) => {
		expect(pageInLanguage(routeId, { ...params, lang: lang === 'fr' ? 'en' : 'fr' }, lang)).toBe(expected);
	});

	it('builds the link to a page, and to an entry of the references', () => {
		expect(pagePath('hydrotomy', 'fr')).toBe('/fr/hydrotomie/');
		expect(pagePath('about', 'en')).toBe('/en/about/');
		expect(referencePath('en')).toBe('/en/references/');
		expect(referencePath('fr', 'wu-2017')).toBe('/fr/references/#ref-wu-2017');
	});
});
