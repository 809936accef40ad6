import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Term from '$lib/components/Term.svelte';
import { langContextKey } from '$lib/i18n/context';

const tipOf = (link: HTMLElement) => document.getElementById(link.getAttribute('aria-describedby')!)!;

describe('Term', () => {
	it('is a link to its glossary entry, described by its definition', () => {
		render(Term, { id: 'trpv1', lang: 'fr' });
		const link = screen.getByRole('link', { name: 'TRPV1' });
		expect(link).toHaveAttribute('href', '/fr/glossaire/#trpv1');
		expect(tipOf(link)).toHaveAttribute('role', 'tooltip');
		expect(link).toHaveAccessibleDescription(/Canal ionique des terminaisons nerveuses/);
	});

	it('speaks the page language and leads to the glossary of that language', () => {
		render(Term, { props: { id: 'allodynia' }, context: new Map([[langContextKey, () => 'en']]) });
		const link = screen.getByRole('link', { name: 'allodynia' });
		expect(link).toHaveAttribute('href', '/en/glossary/#allodynia');
		expect(link).toHaveAccessibleDescription(/does not normally hurt/);
	});

	it('gives each occurrence its own definition id', () => {
		render(Term, { id: 'atp', lang: 'en' });
		render(Term, { id: 'atp', lang: 'en' });
		const [first, second] = screen.getAllByRole('link', { name: 'ATP' });
		expect(first!.getAttribute('aria-describedby')).not.toBe(second!.getAttribute('aria-describedby'));
	});

	it('hides the definition with Escape while focused, and forgets that once focus leaves', async () => {
		render(Term, { id: 'k2p', lang: 'en' });
		const link = screen.getByRole('link', { name: 'K2P channels' });
		const term = link.parentElement!;
		link.focus();
		await fireEvent.focusIn(link);
		await fireEvent.keyDown(document, { key: 'Escape' });
		expect(term).toHaveClass('dismissed');
		await fireEvent.focusOut(link, { relatedTarget: document.body });
		expect(term).not.toHaveClass('dismissed');
	});

	it('on a touch screen, shows the definition at the first tap and follows the link at the second', async () => {
		render(Term, { id: 'isotonic', lang: 'fr' });
		const link = screen.getByRole('link', { name: 'isotonique' });
		const term = link.parentElement!;
		await fireEvent.pointerDown(link, { pointerType: 'touch' });
		const firstTap = new MouseEvent('click', { bubbles: true, cancelable: true });
		link.dispatchEvent(firstTap);
		expect(firstTap.defaultPrevented).toBe(true);
		await Promise.resolve();
		expect(term).toHaveClass('tapped');

		const secondTap = new MouseEvent('click', { bubbles: true, cancelable: true });
		link.dispatchEvent(secondTap);
		expect(secondTap.defaultPrevented).toBe(false);
		// jsdom cannot follow a link to another document.
		document.addEventListener('click', (event) => event.preventDefault(), { once: true });
	});

	it('lets a mouse click follow the link straight away', () => {
		render(Term, { id: 'isotonic', lang: 'en' });
		const link = screen.getByRole('link', { name: 'isotonic' });
		link.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'mouse' }));
		document.addEventListener('click', (event) => event.preventDefault(), { once: true });
		const click = new MouseEvent('click', { bubbles: true, cancelable: true });
		link.dispatchEvent(click);
		expect(link.parentElement).not.toHaveClass('tapped');
	});

	it('refuses a term the glossary does not define', () => {
		expect(() => render(Term, { id: 'phlogiston', lang: 'en' })).toThrow(/Unknown glossary term/);
	});
});
