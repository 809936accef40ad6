import { expect, test } from '@playwright/test';
import { holdIslandsScript } from './site';

// A field's text selected to be replaced, just before its island starts, stays selected as it starts: Svelte
// rewrote each untouched field's value as it hydrated, the caret jumped to the end, and "100" typed over the
// dose calculator's selected "20" became "20100" (about one try in six on a busy machine; keep-typed-fields.ts).

for (const lang of ['fr', 'en'] as const) {
	test(`${lang}: text selected in the dose calculator before it starts is replaced by what is typed after`, async ({
		page
	}) => {
		const release = await holdIslandsScript(page);
		// not to the load event: a held script asked for before it would hold that event too (CI saw it wait 30 s)
		await page.goto(`/${lang}/glucopuncture/`, { waitUntil: 'domcontentloaded' });
		const dose = page.locator('section.dose');
		const volume = dose.locator('input').first();
		await volume.scrollIntoViewIfNeeded();
		// enabled by the page's starter before the calculator's code comes (start.js)
		await expect(volume).toBeEnabled();
		await volume.selectText();
		release();
		// Svelte takes the prerendered value attribute off as the calculator starts
		await expect(volume).not.toHaveAttribute('value');
		await page.keyboard.type('100');
		await expect(volume).toHaveValue('100');
		await expect(dose.locator('output strong')).toContainText(/\b5\sg\b/);
	});
}
