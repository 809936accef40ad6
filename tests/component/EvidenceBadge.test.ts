import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import EvidenceBadge from '$lib/components/EvidenceBadge.svelte';
import { evidenceLevels } from '$lib/evidence/levels';
import { langContextKey } from '$lib/i18n/context';

const words = {
	fr: ['Établi', 'Petits essais', 'Hypothèse', 'Non démontré', 'Inexact'],
	en: ['Established', 'Small trials', 'Hypothesis', 'Not supported', 'Incorrect']
} as const;

describe('EvidenceBadge', () => {
	for (const lang of ['fr', 'en'] as const) {
		it.each(evidenceLevels.map((level, i) => [level, words[lang][i]!] as const))(
			`${lang}: %s reads "%s", with its icon and data-evidence`,
			(level, word) => {
				const { container } = render(EvidenceBadge, { level, lang });
				const badge = container.querySelector('[data-evidence]');
				expect(badge).toHaveAttribute('data-evidence', level);
				expect(badge).toHaveTextContent(word);
				expect(badge?.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
			}
		);
	}

	it('takes the page language from the layout when none is given', () => {
		render(EvidenceBadge, {
			props: { level: 'hypothesis' },
			context: new Map([[langContextKey, () => 'en']])
		});
		expect(screen.getByRole('button', { name: /Hypothesis/ })).toBeInTheDocument();
	});

	it('is a button named by its level that opens its sheet, a dialog named by the same level', () => {
		render(EvidenceBadge, { level: 'trials', refs: 'wu-2017', lang: 'fr' });
		const button = screen.getByRole('button', {
			name: 'Niveau de preuve\u00a0: Petits essais (ouvre les détails)'
		});
		const sheet = document.getElementById(button.getAttribute('popovertarget')!)!;
		expect(sheet).toHaveAttribute('popover', 'auto');
		expect(sheet).toHaveRole('dialog');
		// (jsdom hides a closed popover from name computation: its name is checked in the browser, badges.spec.ts)
		const title = document.getElementById(sheet.getAttribute('aria-labelledby')!);
		expect(title).toHaveTextContent(/^Niveau de preuve\s: Petits essais$/);
		// the sheet is not inside the button: its links must stay links
		expect(button).not.toContainElement(sheet);
	});

	for (const [lang, meaning, scope] of [
		[
			'fr',
			/C’est bien connu, et les études sont d’accord\. Physiologie des manuels, résultats concordants\./,
			/pas le soin/
		],
		[
			'en',
			/This is well known, and the studies agree\. Textbook physiology, consistent evidence\./,
			/not the treatment/
		]
	] as const) {
		it(`${lang}: its sheet says what the level means and that it rates the claim, not the treatment`, () => {
			render(EvidenceBadge, { level: 'established', refs: 'caterina-1997', lang });
			const sheet = screen.getByRole('dialog', { hidden: true });
			expect(sheet).toHaveTextContent(meaning);
			expect(sheet).toHaveTextContent(scope);
		});
	}

	it('lists each reference in its sheet, linked to its entry, with what kind of study it is', () => {
		render(EvidenceBadge, { level: 'trials', refs: 'wu-2017 oh-2025', lang: 'en' });
		const sheet = screen.getByRole('dialog', { hidden: true });
		const items = within(sheet).getAllByRole('listitem', { hidden: true });
		expect(items.map((item) => item.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
			'Wu 2017 Randomised trial, 60 wrists',
			'Oh 2025 5 trials pooled (220 hands), 4 with groups drawn by chance'
		]);
		const [source, kind] = within(items[0]!).getAllByRole('link', { hidden: true });
		expect(source).toHaveAttribute('href', '/en/references/#ref-wu-2017');
		// its kind of study, in plain words on the references page
		expect(kind).toHaveTextContent('Randomised trial, 60 wrists');
		expect(kind).toHaveAttribute('href', '/en/references/#kind-trial');
	});

	it('gives its French sheet the French line of each reference', () => {
		render(EvidenceBadge, { level: 'hypothesis', refs: 'koulakis-2020', lang: 'fr' });
		const sheet = screen.getByRole('dialog', { hidden: true });
		expect(within(sheet).getByRole('listitem', { hidden: true })).toHaveTextContent(
			'Koulakis 2020 Étude animale (porcs vivants)'
		);
	});

	it('opens a sheet with no reference list for a level shown on its own, as in the legend', () => {
		render(EvidenceBadge, { level: 'incorrect', lang: 'en' });
		const sheet = screen.getByRole('dialog', { hidden: true });
		expect(sheet).toHaveTextContent(/contradicted by established facts/i);
		expect(within(sheet).queryByRole('list', { hidden: true })).toBeNull();
	});

	it('gives every badge its own sheet', () => {
		render(EvidenceBadge, { level: 'established', lang: 'en' });
		render(EvidenceBadge, { level: 'established', lang: 'en' });
		const [first, second] = screen.getAllByRole('button', { name: /Established/ });
		expect(first!.getAttribute('popovertarget')).not.toBe(second!.getAttribute('popovertarget'));
	});

	it('links each of its references to its entry on the references page', () => {
		render(EvidenceBadge, { level: 'unsupported', refs: 'caterina-1997 tominaga-1998', lang: 'fr' });
		expect(screen.getByRole('link', { name: 'Caterina 1997' })).toHaveAttribute(
			'href',
			'/fr/references/#ref-caterina-1997'
		);
		expect(screen.getByRole('link', { name: 'Tominaga 1998' })).toHaveAttribute(
			'href',
			'/fr/references/#ref-tominaga-1998'
		);
	});

	it('refuses a level that does not exist, and a reference that does not exist', () => {
		// @ts-expect-error: the wrong level a Markdown author could type
		expect(() => render(EvidenceBadge, { level: 'probable', lang: 'en' })).toThrow(/Unknown evidence level/);
		expect(() => render(EvidenceBadge, { level: 'established', refs: ['nobody-1999'], lang: 'en' })).toThrow(
			/Unknown reference/
		);
	});
});
