import { expect, test } from '@playwright/test';
import { awakeFigure } from './site';

// A crafted or altered link reaches the patient's page, a figure page, the consultation or the lab (regress7
// D1, D2): the patient's page quotes nothing of it, not even through a figure's own note, and no page quotes a
// web domain back as if it were a value ("call refund-nhs.com").
const NBSP = '\u00a0';

test('fr: the patient’s figure counts the value it cannot use, without quoting it or a clinician’s words', async ({
	page
}) => {
	await page.goto('/fr/consultation/patient/?s=needle-depth:angle_deg=remboursez.fr,k2p');
	const figure = awakeFigure(page, 'needle-depth');
	await expect(figure).toBeVisible();
	const note = page.locator('.now-showing .address-notes');
	await expect(note).toHaveText(
		`1 partie de ce lien n’a pas pu être montrée telle quelle dans la figure ci-dessous${NBSP}: elle garde son ` +
			'réglage habituel, ou prend le plus proche de celui demandé.'
	);
	await expect(page.locator('main')).not.toContainText('remboursez');
	await expect(page.locator('main')).not.toContainText('Ce lien demande');
});

test('en: a number the patient’s figure moves is counted, not explained as a fraction', async ({ page }) => {
	await page.goto('/en/consultation/patient/?s=k2p:openFraction=60,pump');
	await expect(awakeFigure(page, 'k2p')).toBeVisible();
	const note = page.locator('.now-showing .address-notes');
	await expect(note).toContainText('1 part of this link could not be shown as written in the figure below');
	await expect(note).not.toContainText(/60|fraction/);
	await expect(page.locator('main')).not.toContainText('This link asked for');
});

test('a figure page does not quote a bare web domain back as a value', async ({ page }) => {
	await page.goto('/en/scenes/needle-depth/?angle_deg=www.refund-nhs.com');
	await expect(awakeFigure(page)).toBeVisible();
	const note = page.locator('.address-notes');
	await expect(note).toContainText('with no usable value');
	await expect(page.locator('main')).not.toContainText('refund-nhs');
});

test('the consultation counts a domain given as a figure, without quoting it', async ({ page }) => {
	await page.goto('/en/consultation/?s=k2p,refund-nhs.com');
	const note = page.locator('.link-mended');
	await expect(note).toContainText('a part that names no figure the site has');
	await expect(page.locator('main')).not.toContainText('refund-nhs');
});

for (const [url, domain, words] of [
	['/en/lab/?Ko=www.evil-refund.com', 'evil-refund', 'the address gives a value that is not a number'],
	['/fr/labo/?Ko=www.rembourse.fr', 'rembourse', 'l’adresse donne une valeur qui n’est pas un nombre']
] as const) {
	test(`the lab does not quote a domain given as a value: ${url}`, async ({ page }) => {
		await page.goto(url);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await expect(page.locator('main')).toContainText(words);
		await expect(page.locator('main')).not.toContainText(domain);
	});
}
