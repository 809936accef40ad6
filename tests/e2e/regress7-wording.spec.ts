import { expect, test } from '@playwright/test';
import { awakeFigure } from './site';

// Wording slips a reader sees (regress7 D3, D6): the About page's durations in bold, not between literal
// asterisks; and TRPV1's step under threshold not titled "The signal leaves" beside "no signal leaves".

for (const [url, duration] of [
	['/en/about/', 'until the tab is closed'],
	['/fr/a-propos/', 'jusqu’à la fermeture de l’onglet']
] as const) {
	test(`${url}: what the browser keeps, and for how long, in bold without asterisks`, async ({ page }) => {
		await page.goto(url);
		const list = page.locator('li:has([data-kept])');
		await expect(list).toHaveCount(6);
		for (const item of await list.all()) await expect(item).not.toContainText('**');
		await expect(list.locator('strong', { hasText: duration })).toHaveCount(3);
	});
}

for (const [lang, leaves, none] of [
	['en', /The signal leaves/, 'no signal leaves'],
	['fr', /Le signal part/, 'aucun signal ne part']
] as const) {
	test(`${lang}: TRPV1 under threshold is not titled as if a signal left`, async ({ page }) => {
		await page.goto(`/${lang}/scenes/trpv1/?step=signal-sent&heat_C=38`);
		const figure = awakeFigure(page);
		await expect(figure).toBeVisible();
		const now = figure.locator('.scene-now');
		await expect(now).toContainText(none);
		await expect(now.locator('.scene-step-name')).not.toHaveText(leaves);
		// nor in the list of steps the page prerenders
		await expect(page.getByText(leaves)).toHaveCount(0);
	});
}
