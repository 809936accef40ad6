import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { replaceQuery } from '$lib/address/here.svelte';
import LanguageSwitch from '$lib/components/LanguageSwitch.svelte';

/** The reader arrives at an address (Back, a followed #link): the browser tells the page's address store. */
function goTo(href: string) {
	const { pathname, search, hash } = new URL(href);
	history.replaceState(null, '', pathname + search + hash);
	dispatchEvent(new PopStateEvent('popstate'));
}

describe('LanguageSwitch', () => {
	afterEach(() => {
		localStorage.clear();
		goTo('http://localhost/');
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
			goTo('http://localhost/fr/hydrotomie/#risks');
			render(LanguageSwitch, { ...article, lang: 'fr', params: { lang: 'fr', page: 'hydrotomie' } });
			await tick();
			expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/hydrotomy/#risks');
		});

		it('follows the reader to another section, and back to the top of the page', async () => {
			goTo('http://localhost/en/glucopuncture/');
			render(LanguageSwitch, { ...article, lang: 'en', params: { lang: 'en', page: 'glucopuncture' } });
			await tick();
			const link = screen.getByRole('link', { name: 'Français' });
			expect(link).toHaveAttribute('href', '/fr/glucopuncture/');

			goTo('http://localhost/en/glucopuncture/#questions');
			await tick();
			expect(link).toHaveAttribute('href', '/fr/glucopuncture/#questions');

			goTo('http://localhost/en/glucopuncture/');
			await tick();
			expect(link).toHaveAttribute('href', '/fr/glucopuncture/');
		});
	});

	describe('keeps the figure as the reader left it: its step and the parameters changed', () => {
		const scenePage = { routeId: '/[lang=lang]/scenes/[scene=scene]' } as const;

		it('from the address the page was opened at', async () => {
			goTo('http://localhost/fr/scenes/trpv1/?step=sensitised&kind=acid&pH=5.5');
			render(LanguageSwitch, { ...scenePage, lang: 'fr', params: { lang: 'fr', scene: 'trpv1' } });
			await tick();
			expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute(
				'href',
				'/en/scenes/trpv1/?step=sensitised&kind=acid&pH=5.5'
			);
		});

		it('as the figure writes it, step after step, in an article with the section being read', async () => {
			goTo('http://localhost/en/glucopuncture/#pump');
			render(LanguageSwitch, {
				routeId: '/[lang=lang]/[page=page]',
				lang: 'en',
				params: { lang: 'en', page: 'glucopuncture' }
			});
			const link = screen.getByRole('link', { name: 'Français' });
			replaceQuery('?pump.step=run-down&pump.oxygen=off');
			await tick();
			expect(location.search).toBe('?pump.step=run-down&pump.oxygen=off');
			expect(link).toHaveAttribute('href', '/fr/glucopuncture/?pump.step=run-down&pump.oxygen=off#pump');
			replaceQuery('?pump.step=na-out');
			await tick();
			expect(link).toHaveAttribute('href', '/fr/glucopuncture/?pump.step=na-out#pump');
		});
	});

	describe('keeps the section being read: the nearest heading above the reading line', () => {
		afterEach(() => {
			vi.unstubAllGlobals();
			document.body.innerHTML = '';
		});

		it('follows the reader scrolling, and keeps it when they scroll back up to the switch', async () => {
			goTo('http://localhost/fr/hydrotomie/#risks');
			// frames come when the test says, as a browser's do after a scroll
			const frames: FrameRequestCallback[] = [];
			vi.stubGlobal('requestAnimationFrame', (run: FrameRequestCallback) => frames.push(run));
			const scrollTo = async (y: number) => {
				vi.stubGlobal('scrollY', y);
				dispatchEvent(new Event('scroll'));
				dispatchEvent(new Event('scroll'));
				frames.splice(0).forEach((run) => run(0));
				await tick();
			};
			const main = document.body.appendChild(document.createElement('main'));
			// headings at these distances from the top of the screen once scrolled (jsdom lays nothing out)
			const tops: Record<string, number> = { what: -900, how: 120, risks: 700 };
			for (const [id, top] of Object.entries(tops)) {
				const heading = main.appendChild(document.createElement('h2'));
				heading.id = id;
				heading.getBoundingClientRect = () => ({ top }) as DOMRect;
			}
			render(LanguageSwitch, {
				routeId: '/[lang=lang]/[page=page]',
				lang: 'fr',
				params: { lang: 'fr', page: 'hydrotomie' }
			});
			const link = screen.getByRole('link', { name: 'English' });
			expect(link).toHaveAttribute('href', '/en/hydrotomy/#risks');

			vi.stubGlobal('innerHeight', 800);
			await scrollTo(2000);
			expect(link).toHaveAttribute('href', '/en/hydrotomy/#how');

			await scrollTo(0);
			expect(link).toHaveAttribute('href', '/en/hydrotomy/#how');
		});
	});
});
