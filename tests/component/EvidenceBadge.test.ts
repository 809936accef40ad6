import { render, screen } from '@testing-library/svelte';
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
		expect(screen.getByText('Hypothesis')).toBeInTheDocument();
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
