import { expect, test } from '@playwright/test';
import { openCalculator, openHydrated } from './site';

// What the sugar calculator and the hydrodissection figure say of a dose beyond the site's own (pharm review
// D1, D2, D5, D6): a strong solution is called hypertonic, the diabetes limits are said to be the site's
// choice and nothing steers toward or away from a steroid, an ambiguous separator is asked about, and a
// link's volume is echoed with its unit in the page's numbers.
const _ = '\u00a0';

test('above 5 %, the calculator says the solution is hypertonic, and from 12.5 % prolotherapy’s range', async ({
	page
}) => {
	const box = await openCalculator(page, '/fr/glucopuncture/');
	const output = box.locator('output');
	await box.getByLabel('Volume injecté').fill('20');
	await box.getByLabel('Concentration en glucose').fill('5');
	await expect(output).toContainText(`1${_}g de glucose`);
	await expect(output).not.toContainText('hypertonique');
	await box.getByLabel('Concentration en glucose').fill('10');
	await expect(output).toContainText(`À 10${_}%, la solution est hypertonique`);
	await expect(output).toContainText(`505 à 555${_}mOsm/L`);
	await expect(output).not.toContainText('prolothérapie');
	await box.getByLabel('Concentration en glucose').fill('50');
	await expect(output).toContainText(`À 50${_}%, la solution est hypertonique`);
	await expect(output).toContainText('prolothérapie');
	// a large strong dose is not made to sound like a usual session
	await expect(output).not.toContainText('avant la séance');
});

test('the diabetes verdict says its limits are the site’s choice, and compares nothing with a steroid', async ({
	page
}) => {
	const box = await openCalculator(page, '/en/glucopuncture/');
	const output = box.locator('output');
	await box.getByLabel('Volume injected').fill('40');
	await box.getByLabel('Glucose concentration').fill('5');
	await expect(output).toContainText('too little to change blood glucose noticeably');
	// the limits are said once, in a note beside the result (sr56 review D2), not in it
	await expect(box.locator('[data-dose-limits]')).toContainText('a choice made by this site');
	await expect(output).not.toContainText('a choice made by this site');
	await expect(output).not.toContainText(/corticosteroid|steroid/i);
	await box.getByLabel('Glucose concentration').fill('12.5');
	await expect(output).toContainText('At 12.5%, the solution is hypertonic');
	await expect(output).toContainText('prolotherapy');
});

test('a separator that could mean thousands or decimals is asked about, never guessed', async ({ page }) => {
	const box = await openCalculator(page, '/fr/glucopuncture/');
	const volume = box.getByLabel('Volume injecté');
	await volume.fill('1.000');
	await expect(volume).toHaveAccessibleDescription(/^1\s000\smL ou 1\smL\s\?/);
	await expect(box.locator('output')).not.toContainText('g de glucose');
	// 1 500 mL is beyond the field's 1000 mL: only 1,5 mL is asked about (sr56 review D8)
	await volume.fill('1.500');
	await expect(volume).toHaveAccessibleDescription(/^1,5\smL\s\? Écrivez les décimales avec une virgule/);

	const en = await openCalculator(page, '/en/glucopuncture/');
	const volumeEn = en.getByLabel('Volume injected');
	await volumeEn.fill('1,000');
	await expect(volumeEn).toHaveAccessibleDescription(/^1,000\smL or 1\smL\?/);
	// a European reader copying "1.000 mL" off a bag onto the English page is asked too (regression review D7)
	await volumeEn.fill('1.000');
	await expect(volumeEn).toHaveAccessibleDescription(/^1,000\smL or 1\smL\?/);
	await volumeEn.fill('1,500');
	await expect(volumeEn).toHaveAccessibleDescription(/^1\.5\smL\? Write decimals with a point/);
	await expect(en.locator('output')).not.toContainText('g of glucose');
});

test('a link’s volume is echoed in the page’s numbers, with its unit', async ({ page }) => {
	await openHydrated(page, '/fr/scenes/hydrodissection/?volume_mL=2.5');
	await expect(page.getByText(`injecté autour du nerf 2,5${_}mL, qu’elle n’a pas`)).toBeVisible();
	await openHydrated(page, '/fr/scenes/hydrodissection/?volume_mL=1000');
	await expect(page.getByText(`injecté autour du nerf 1\u202f000${_}mL, au-dessus`)).toBeVisible();
});
