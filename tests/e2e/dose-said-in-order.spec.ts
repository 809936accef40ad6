import { expect, test } from '@playwright/test';
import { holdIslandsScript, openCalculator } from './site';

// What a screen reader hears from the sugar calculator after an edit (sr56 review D2): the result, then the
// word on a strong solution, then the diabetes verdict, once; the site's diabetes limits, which never
// change, sit in a note beside it, read once in the page's order, not in every announcement.

test('an edit announces the result, then the tonicity, then the diabetes verdict, without the limits', async ({
	page
}) => {
	const box = await openCalculator(page, '/en/glucopuncture/');
	const said = box.locator('[data-dose-said]');
	await box.getByLabel('Volume injected').fill('40');
	await box.getByLabel('Glucose concentration').fill('15');
	await expect(said).toHaveText(
		/^6 grams of glucose,.* At 15 per cent, the solution is hypertonic.* With diabetes, 6 grams/
	);
	await expect(said).not.toContainText('limits');
	await expect(said).not.toContainText('choice made by this site');
	// on screen, in the same order
	await expect(box.locator('output')).toHaveText(/g of glucose.*hypertonic.*With diabetes/s);
});

test('what was typed before the calculator started is announced once it starts', async ({ page }) => {
	const release = await holdIslandsScript(page);
	await page.goto('/en/glucopuncture/', { waitUntil: 'domcontentloaded' });
	const box = page.locator('section.dose');
	const volume = box.getByLabel('Volume injected');
	await volume.scrollIntoViewIfNeeded();
	// enabled by the page's starter before the calculator's code comes (start.js)
	await expect(volume).toBeEnabled();
	await volume.fill('40');
	release();
	await expect(box.locator('[data-dose-said]')).toHaveText(/^2 grams of glucose,/);
});

test('the limits are a static note beside the calculator, in both languages, outside what is announced', async ({
	page
}) => {
	for (const [path, words] of [
		[
			'/en/glucopuncture/',
			/“too little to change blood glucose noticeably” up to 2\.0\sg, “no longer negligible” from 5\.0\sg\) are a choice made by this site/
		],
		[
			'/fr/glucopuncture/',
			/«\strop peu pour changer nettement la glycémie\s» jusqu’à 2,0\sg, «\sn’est plus négligeable\s» à partir de 5,0\sg\) sont un choix de ce site/
		]
	] as const) {
		const box = await openCalculator(page, path);
		const note = box.locator('[data-dose-limits]');
		await expect(note).toBeVisible();
		await expect(note).toHaveText(words);
		// not inside the result, nor in any live region
		await expect(
			box.locator('output [data-dose-limits], [aria-live="polite"] [data-dose-limits]')
		).toHaveCount(0);
		await expect(box.locator('output')).not.toContainText(/choice|choix/);
		// and it stays when the result changes to a fault
		await box.locator('input').first().fill('abc');
		await expect(note).toBeVisible();
	}
});

test('French says « n’est plus négligeable », never the ambiguous « plus négligeable »', async ({ page }) => {
	const box = await openCalculator(page, '/fr/glucopuncture/');
	await expect(box).not.toContainText(/«\splus négligeable/);
	await expect(box.locator('[data-dose-limits]')).toContainText('n’est plus négligeable');
});
