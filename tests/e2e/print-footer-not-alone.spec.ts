import { expect, test } from '@playwright/test';
import { extractText, printed, squeeze } from './pdf';
import { openHydrated } from './site';

// Patient review: the decision page printed whole on A4 (Ctrl+P) ended on a page that held only the site's
// footer, down to its licence line alone: a sheet of paper with nothing of the page on it. The footer keeps
// with what precedes it: the last page carries some of the page's own text, then the footer.
for (const path of ['/fr/choisir/', '/en/choosing/']) {
	test(`${path} printed whole on A4: the last page carries more than the site's footer`, async ({ page }) => {
		await openHydrated(page, path);
		// the footer's lines as paper shows them (its links' list is not printed)
		await page.emulateMedia({ media: 'print' });
		const footerLines = await page
			.locator('.site-footer :is(h2, p, li)')
			.evaluateAll((blocks) =>
				blocks.filter((block) => block.checkVisibility()).map((block) => block.textContent ?? '')
			);
		expect(footerLines.length).toBeGreaterThan(0);
		await page.emulateMedia({ media: null });

		const { text } = await extractText(await printed(page));
		const lastPage = squeeze(text.at(-1)!);
		const licence = squeeze(footerLines.at(-1)!);
		expect(lastPage, 'the licence line is on the last page').toContain(licence);
		// what is left of the last page once the footer's lines and the links' printed addresses are taken out
		let rest = lastPage.replace(/<[^>]*>/g, '');
		for (const line of footerLines) rest = rest.replace(squeeze(line), '');
		expect(rest.length, `the last page holds only the footer: ${text.at(-1)}`).toBeGreaterThan(0);
	});
}
