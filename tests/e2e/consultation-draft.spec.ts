import { expect, test, type Page } from '@playwright/test';

// A clinician prepares a consultation; this browser keeps it. A colleague's or a patient's link opened on the
// same computer shows that link's sequence, but the one prepared here is still there afterwards: only
// editing the sequence opened (adding, removing, moving a figure) makes it the one kept.
const now = (page: Page) => page.locator('#consultation-now');
const prepared = '/fr/consultation/?s=trpv1,k2p,pump,hydrodissection,needle-depth,cushion';

async function prepare(page: Page) {
	await page.goto('/fr/consultation/');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const articles = page.getByRole('group', { name: /figures d’un article/ });
	await articles.getByRole('button', { name: 'La glucopuncture : 4 figures' }).click();
	await articles.getByRole('button', { name: /L’hydrotomie percutanée : 2 figures/ }).click();
	await expect(page).toHaveURL(prepared);
	await expect(now(page)).toHaveText(/^Figure 1 sur 6/);
}

test('a link opened in the consultation leaves the sequence prepared here as it was', async ({ page }) => {
	await prepare(page);

	await page.goto('/fr/consultation/?s=cushion,nope');
	await expect(now(page)).toHaveText(/^Figure 1 sur 1/);
	await expect(page.getByRole('status').filter({ hasText: 'n’a pas pu être lue' })).toBeVisible();

	// back on the consultation page, the six figures prepared are there, in their order
	await page.goto('/fr/consultation/');
	await expect(now(page)).toHaveText(/^Figure 1 sur 6/);
	await expect(page).toHaveURL(prepared);
});

test('the sequence of a link, once edited here, is the one this browser keeps', async ({ page }) => {
	await prepare(page);

	await page.goto('/fr/consultation/?s=cushion,k2p');
	await expect(now(page)).toHaveText(/^Figure 1 sur 2/);
	await page
		.getByRole('button', { name: 'Retirer Canaux K2P : le potassium sort, le nerf se calme' })
		.click();
	await expect(page).toHaveURL('/fr/consultation/?s=cushion');

	await page.goto('/fr/consultation/');
	await expect(now(page)).toHaveText(/^Figure 1 sur 1/);
	await expect(page).toHaveURL('/fr/consultation/?s=cushion');
});

test('a visit with nothing prepared keeps nothing in this browser', async ({ page }) => {
	await page.goto('/en/consultation/');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
});

test('a figure removed comes back with Undo, with its start and settings, and the last one with the draft', async ({
	page
}) => {
	await page.goto('/fr/consultation/');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.goto('/fr/consultation/?s=trpv1:sensitised:showHypothesis=on,cushion');
	await expect(now(page)).toHaveText(/^Figure 1 sur 2/);
	await page.getByRole('button', { name: /^Retirer Le coussin/ }).click();
	await expect(page).toHaveURL(/\?s=trpv1:sensitised:showHypothesis=on(&|$)/);
	await page.getByRole('button', { name: /^Retirer TRPV1/ }).click();
	// the last figure gone: the list is empty, and says what went, with a way back
	await expect(now(page)).toHaveCount(0);
	await expect(page.locator('.undo-remove')).toContainText(/^Figure retirée\u00a0: TRPV1/);
	await page.getByRole('button', { name: 'Annuler' }).click();
	await expect(now(page)).toHaveText(/^Figure 1 sur 1/);
	await expect(page).toHaveURL(/\?s=trpv1:sensitised:showHypothesis=on(&|$)/);
	// the focus on the figure brought back; Undo, a change itself, goes
	await expect(page.getByRole('button', { name: 'Annuler' })).toHaveCount(0);
	await expect(page.locator(':focus')).toHaveAccessibleName(/TRPV1/);
	// and it is the sequence kept here
	await page.goto('/fr/consultation/');
	await expect(page).toHaveURL(/\?s=trpv1:sensitised:showHypothesis=on(&|$)/);
});
