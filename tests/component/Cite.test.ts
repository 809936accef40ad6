import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Cite from '$lib/components/Cite.svelte';
import PageLink from '$lib/components/PageLink.svelte';
import { createRawSnippet } from 'svelte';

describe('Cite', () => {
	it('names its sources in brackets, each linked to its entry in the references of the page language', () => {
		const { container } = render(Cite, { refs: 'wu-2017 lam-2023', lang: 'fr' });
		// French sets a no-break space before the semicolon; English none
		expect(container.textContent).toBe('(Wu 2017\u00a0; Lam 2023)');
		expect(screen.getByRole('link', { name: 'Wu 2017' })).toHaveAttribute(
			'href',
			'/fr/references/#ref-wu-2017'
		);
		expect(screen.getByRole('link', { name: 'Lam 2023' })).toHaveAttribute('data-cite', 'lam-2023');
	});

	it('separates its sources as English does on an English page', () => {
		const { container } = render(Cite, { refs: 'wu-2017 lam-2023', lang: 'en' });
		expect(container.textContent).toBe('(Wu 2017; Lam 2023)');
	});

	it('refuses a source the bibliography does not have', () => {
		expect(() => render(Cite, { refs: 'wu-2017 nobody-1999', lang: 'en' })).toThrow(/Unknown reference/);
	});
});

describe('PageLink', () => {
	const text = (words: string) => createRawSnippet(() => ({ render: () => `<span>${words}</span>` }));

	it.each([
		['hydrotomy', 'fr', '/fr/hydrotomie/'],
		['hydrotomy', 'en', '/en/hydrotomy/'],
		['glossary', 'fr', '/fr/glossaire/'],
		['about', 'en', '/en/about/'],
		['references', 'fr', '/fr/references/']
	] as const)('leads to %s in %s at %s', (to, lang, href) => {
		render(PageLink, { to, lang, children: text('here') });
		expect(screen.getByRole('link', { name: 'here' })).toHaveAttribute('href', href);
	});

	it('adds an anchor', () => {
		render(PageLink, { to: 'glossary', lang: 'en', hash: 'k2p', children: text('K2P') });
		expect(screen.getByRole('link', { name: 'K2P' })).toHaveAttribute('href', '/en/glossary/#k2p');
	});

	it('refuses a page that does not exist', () => {
		// @ts-expect-error: the wrong page a Markdown author could type
		expect(() => render(PageLink, { to: 'contact', lang: 'en', children: text('x') })).toThrow(
			/Unknown page/
		);
	});
});
