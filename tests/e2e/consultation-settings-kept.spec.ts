import { expect, test } from '@playwright/test';
import { awakeFigure } from './site';

// handoff64 D1: a GP tapped Capsaicin on the first figure of a consultation, explained its numbers, and shared
// the sequence: the link and its QR code opened that figure with heat, the patient saw other numbers than
// those explained, and going back to the figure showed heat again. A setting changed on a figure now stays
// with it: moving on and back, in the page's address, in the link shared, presented or not.
const SEQUENCE = 'trpv1:signal-sent,cushion';
const WITH_CAPSAICIN = 'trpv1:signal-sent:kind=capsaicin,cushion';

test('a setting changed on a figure stays with it, moving on and back, and goes in the link shared', async ({
	page,
	browser
}) => {
	await page.goto(`/en/consultation/?s=${SEQUENCE}`);
	const figure = awakeFigure(page, 'trpv1');
	await expect(figure).toBeVisible();
	await figure.getByRole('radio', { name: 'Capsaicin' }).check();

	const sequenceLink = async () => {
		await page.getByRole('button', { name: 'Share this sequence (link, QR code)' }).click();
		const dialog = page.getByRole('dialog', { name: 'Take this sequence home' });
		const address = await dialog.getByRole('textbox').inputValue();
		await dialog.getByRole('button', { name: 'Close' }).click();
		return new URL(address);
	};
	// shared while it is shown
	expect((await sequenceLink()).searchParams.get('s')).toBe(WITH_CAPSAICIN);

	// on to the next figure and back: still capsaicin, and the page's address says so
	await page.getByRole('button', { name: 'Next figure' }).first().click();
	await expect(awakeFigure(page, 'cushion')).toBeVisible();
	expect(new URL(page.url()).searchParams.get('s')).toBe(WITH_CAPSAICIN);
	expect((await sequenceLink()).searchParams.get('s')).toBe(WITH_CAPSAICIN);
	await page.getByRole('button', { name: 'Previous figure' }).first().click();
	await expect(awakeFigure(page, 'trpv1').getByRole('radio', { name: 'Capsaicin' })).toBeChecked();

	// the patient's phone opens the figure as it was explained
	const link = await sequenceLink();
	const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
	await phone.goto(link.href);
	await expect(awakeFigure(phone, 'trpv1').getByRole('radio', { name: 'Capsaicin' })).toBeChecked();
	await phone.close();
});

test('presented, the figure’s Share gives the sequence with the setting changed on it', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(`/en/consultation/?s=${SEQUENCE}`);
	const figure = awakeFigure(page, 'trpv1');
	await expect(figure).toBeVisible();
	await figure.getByRole('radio', { name: 'Capsaicin' }).check();
	await page.locator('h1').click();
	await page.keyboard.press('F5');
	const shell = page.locator('.scene-shell.presenting');
	await expect(shell).toBeVisible();
	await shell.getByRole('button', { name: 'Share', exact: true }).click();
	const dialog = page.getByRole('dialog', { name: 'Share this sequence' });
	const address = new URL(await dialog.getByRole('textbox').inputValue());
	expect(address.searchParams.get('s')).toBe(WITH_CAPSAICIN);
});
