import { expect, test } from '@playwright/test';

// A student sweeps Na⁺ outside over the lab's whole range, 0.1 to 1000 mM (review student66): every word of
// the chart — the last tick "1000" (« 1 000 » in French) included — is whole inside the drawing, on a phone
// and on a laptop, in both languages, as the figures' own labels are (figure-layout.spec.ts).
const pages = { fr: '/fr/labo/', en: '/en/lab/' } as const;
const words = {
	fr: { swept: 'Valeur à faire varier', from: /^De \(/, to: /^À \(/, record: 'Enregistrer un essai' },
	en: { swept: 'Value to sweep', from: /^From \(/, to: /^To \(/, record: 'Record a run' }
} as const;

for (const lang of ['fr', 'en'] as const)
	for (const width of [390, 1280])
		test(`${lang} ${width} px: a sweep over the whole range keeps every word of the chart inside it`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(pages[lang]);
			await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
			const w = words[lang];
			await page.getByLabel(w.swept).selectOption('Nao');
			await page.getByRole('textbox', { name: w.from }).fill(lang === 'fr' ? '0,1' : '0.1');
			await page.getByRole('textbox', { name: w.to }).fill('1000');
			await page.getByRole('button', { name: w.record }).click();
			const chart = page.locator('svg:has(path.nernst)');
			await expect(chart.locator('path.nernst')).toHaveAttribute('d', /L/);
			const out = await chart.evaluate((svg: SVGSVGElement) => {
				const box = svg.getBoundingClientRect();
				return [...svg.querySelectorAll('text')]
					.filter((text) => (text.textContent ?? '').trim() !== '')
					.map((text) => ({ text: text.textContent!.trim(), r: text.getBoundingClientRect() }))
					.filter(({ r }) => r.left < box.left - 0.5 || r.right > box.right + 0.5)
					.map(
						({ text, r }) =>
							`"${text}" ${r.left.toFixed(0)}–${r.right.toFixed(0)} of ${box.left.toFixed(0)}–${box.right.toFixed(0)}`
					);
			});
			expect(out).toEqual([]);
			// the sweep reached the range's end: its last tick is there
			await expect(chart.locator('text', { hasText: /^1\s?000$/ })).toHaveCount(1);
		});
