import { expect, test, type Page } from '@playwright/test';
import { awakeFigure } from './site';

// A colleague's link to a figure with one of its keys mistyped (?temperature=45 for ?heat_C=45) opened the
// figure at its usual 44 °C without a word, the address still reading "temperature=45": the reader took the
// usual case for the one the link meant. The lab says so of such a key; a figure's own page now does too.

const notes = (page: Page) => page.locator('.address-notes');

test('a figure’s page names a key it does not have, lists its own, and keeps its usual setting', async ({
	page
}) => {
	await page.goto('/fr/scenes/trpv1/?temperature=45');
	await expect(awakeFigure(page, 'trpv1')).toBeVisible();
	await expect(notes(page)).toContainText('«\u00a0temperature\u00a0», qui n’est pas un de ses réglages');
	await expect(notes(page)).toContainText('Ses réglages\u00a0: step, kind, heat_C,');
	await expect(page.getByRole('slider', { name: /Température/ })).toHaveValue('44');

	// an embed too, beside a value of its own it reads (in another case) and the site's and a tracker's keys
	await page.goto('/en/embed/k2p/?OPENFRACTION=0.8&zzz=1&theme=dark&utm_source=mail');
	await expect(awakeFigure(page, 'k2p')).toBeVisible();
	await expect(notes(page).locator('li')).toHaveCount(1);
	await expect(notes(page)).toContainText('“zzz”, which is not one of its settings');
});

test('no note for the site’s, a tracker’s or the figure’s own keys', async ({ page }) => {
	await page.goto('/en/scenes/k2p/?step=k-efflux&openFraction=0.8&theme=light&fbclid=abc');
	await expect(awakeFigure(page, 'k2p')).toBeVisible();
	await expect(notes(page)).toHaveCount(0);
});

test('a consultation names it above each figure it shows, never its sequence’s keys nor the settings it carries', async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/en/consultation/?s=trpv1:heat_C=45,k2p:openFraction=0.8&foo=1');
	await expect(awakeFigure(page, 'trpv1')).toBeVisible();
	await expect(notes(page).locator('li')).toHaveCount(1);
	await expect(notes(page)).toContainText('“foo”, which is not one of its settings');
	// on to the next figure: the one before's settings are not taken for unknown keys
	await page
		.getByRole('button', { name: /^Next figure/ })
		.first()
		.click();
	await expect(awakeFigure(page, 'k2p')).toBeVisible();
	await expect(notes(page).locator('li')).toHaveCount(1);
	await expect(notes(page)).toContainText('“foo”');
	await expect(notes(page)).not.toContainText('heat_C”');
	// the patient's page counts what it could not read, and quotes nothing (patientAddressNoteText)
	await page.goto('/en/consultation/patient/?s=k2p&foo=1');
	await expect(awakeFigure(page, 'k2p')).toBeVisible();
	await expect(page.getByText('which is not one of its settings')).toHaveCount(0);
});
