import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import LanguageSwitch from '$lib/components/LanguageSwitch.svelte';
import { page } from './fixtures/app-state.svelte';

vi.mock('$app/state', () => import('./fixtures/app-state.svelte'));

describe('LanguageSwitch', () => {
	afterEach(() => {
		localStorage.clear();
		page.url.href = 'http://localhost/';
	});

	it('on the French home page, leads to the English home page, named in English', () => {
		render(LanguageSwitch, { lang: 'fr', routeId: '/[lang=lang]', params: { lang: 'fr' } });
		const link = screen.getByRole('link', { name: 'English' });
		expect(link).toHaveAttribute('href', '/en/');
		expect(link).toHaveAttribute('hreflang', 'en');
		expect(link).toHaveAttribute('lang', 'en');
		expect(screen.getByRole('navigation', { name: 'Langue' })).toContainElement(link);
	});

	it('on an English page, leads to the same page in French', () => {
		render(LanguageSwitch, {
			lang: 'en',
			routeId: '/[lang=lang]/scenes/[scene]',
			params: { lang: 'en', scene: 'k2p' }
		});
		expect(screen.getByRole('link', { name: 'Français' })).toHaveAttribute('href', '/fr/scenes/k2p/');
		expect(screen.getByRole('navigation', { name: 'Language' })).toBeInTheDocument();
	});

	it('keeps a route without dynamic segments, adding the trailing slash every page URL has', () => {
		render(LanguageSwitch, { lang: 'fr', routeId: '/[lang=lang]/about', params: { lang: 'fr' } });
		expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/about/');
	});

	it.each([
		['fr', 'hydrotomie', 'en', '/en/hydrotomy/'],
		['en', 'hydrotomy', 'fr', '/fr/hydrotomie/'],
		['fr', 'glossaire', 'en', '/en/glossary/'],
		['en', 'glossary', 'fr', '/fr/glossaire/'],
		['fr', 'a-propos', 'en', '/en/about/'],
		['en', 'about', 'fr', '/fr/a-propos/'],
		['fr', 'glucopuncture', 'en', '/en/glucopuncture/']
	] as const)('on /%s/%s/, leads to the same page in %s: %s', (lang, page, _target, href) => {
		render(LanguageSwitch, { lang, routeId: '/[lang=lang]/[page=page]', params: { lang, page } });
		expect(screen.getByRole('link', { name: lang === 'fr' ? 'English' : 'Français' })).toHaveAttribute(
			'href',
			href
		);
	});

	it('keeps the references page at its one address', () => {
		render(LanguageSwitch, { lang: 'en', routeId: '/[lang=lang]/references', params: { lang: 'en' } });
		expect(screen.getByRole('link', { name: 'Français' })).toHaveAttribute('href', '/fr/references/');
	});

	it('remembers the language the reader switches to', async () => {
		render(LanguageSwitch, { lang: 'en', routeId: '/[lang=lang]', params: { lang: 'en' } });
		// jsdom cannot follow a link to another document: keep the click, drop the navigation.
		document.addEventListener('click', (event) => event.preventDefault(), { once: true });
		await fireEvent.click(screen.getByRole('link', { name: 'Français' }));
		expect(localStorage.getItem('lang')).toBe('fr');
	});

	describe('keeps the section being read (#hash): headings have the same ids in both languages', () => {
		const article = { routeId: '/[lang=lang]/[page=page]' } as const;

		it('from an address that names a section', async () => {
			page.url.href = 'http://localhost/fr/hydrotomie/#risks';
			render(LanguageSwitch, { ...article, lang: 'fr', params: { lang: 'fr', page: 'hydrotomie' } });
			await tick();
			expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/hydrotomy/#risks');
		});

		it('follows the reader to another section, and back to the top of the page', async () => {
			page.url.href = 'http://localhost/en/glucopuncture/';
			render(LanguageSwitch, { ...article, lang: 'en', params: { lang: 'en', page: 'glucopuncture' } });
			await tick();
			const link = screen.getByRole('link', { name: 'Français' });
			expect(link).toHaveAttribute('href', '/fr/glucopuncture/');

			page.url.href = 'http://localhost/en/glucopuncture/#questions';
			await tick();
			expect(link).toHaveAttribute('href', '/fr/glucopuncture/#questions');

			page.url.href = 'http://localhost/en/glucopuncture/';
			await tick();
			expect(link).toHaveAttribute('href', '/fr/glucopuncture/');
		});
	});
});
