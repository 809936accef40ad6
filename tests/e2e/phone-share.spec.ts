import { expect, test, type Page } from '@playwright/test';
import { openHydrated } from './site';

// Sending a page from the phone it is read on (review patient D8): where the browser has a share menu
// (navigator.share, and canShare says yes for the address), the share dialogs offer "Send…", which hands
// the address to it; the QR code is worded for another device. Where there is none, the dialog is as it was.

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

/** A phone's share menu, as the page's scripts see it: it keeps what it was given. */
async function phoneShareMenu(page: Page, { canShare = true } = {}) {
	await page.addInitScript((can) => {
		const shared: ShareData[] = [];
		Object.assign(window, { shared });
		Object.defineProperty(Navigator.prototype, 'share', {
			configurable: true,
			value: async (data: ShareData) => void shared.push(data)
		});
		Object.defineProperty(Navigator.prototype, 'canShare', {
			configurable: true,
			value: (data: ShareData) => can && typeof data.url === 'string'
		});
	}, canShare);
}
/** No share menu: a laptop's browser. */
async function noShareMenu(page: Page) {
	await page.addInitScript(() => {
		delete (Navigator.prototype as Partial<Navigator>).share;
		delete (Navigator.prototype as Partial<Navigator>).canShare;
	});
}
const sharedData = (page: Page) => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);

test('the choosing page: "Send…" opens the phone’s share menu with the page’s address', async ({
	page,
	baseURL
}) => {
	await phoneShareMenu(page);
	await openHydrated(page, '/fr/choisir/');
	await page.getByRole('button', { name: 'partagez-la', exact: true }).click();
	const dialog = page.getByRole('dialog', { name: 'Emporter cette page' });
	await expect(dialog).toBeVisible();
	// the code is for another device: the words say so
	await expect(dialog).toContainText('sur un autre appareil');
	await dialog.getByRole('button', { name: 'Envoyer…' }).click();
	expect(await sharedData(page)).toEqual([
		{ title: await page.title(), url: `${new URL(baseURL!).origin}/fr/choisir/` }
	]);
	// the other ways are still there
	await expect(dialog.getByRole('img', { name: /QR/ })).toBeVisible();
	await expect(dialog.getByRole('button', { name: 'Copier l’adresse' })).toBeVisible();
});

test('a figure’s Share on a phone: "Send…" gives the figure’s address as it is now', async ({ page }) => {
	await phoneShareMenu(page);
	await openHydrated(page, '/en/scenes/trpv1/');
	await expect(page.locator('figure.scene[data-awake="true"]')).toBeVisible();
	await page.keyboard.press('PageDown');
	await expect(page).toHaveURL(/\?step=/);
	await page.getByRole('button', { name: 'Share', exact: true }).click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toContainText('on another device');
	await dialog.getByRole('button', { name: 'Send…' }).click();
	expect((await sharedData(page)).map((data) => data.url)).toEqual([page.url()]);
});

test('no share menu, or one that cannot take the address: no "Send…", the QR code and Copy as before', async ({
	page
}) => {
	await noShareMenu(page);
	await openHydrated(page, '/en/choosing/');
	await page.getByRole('button', { name: 'share it', exact: true }).click();
	let dialog = page.getByRole('dialog', { name: 'Take this page home' });
	await expect(dialog.getByRole('button', { name: 'Copy the address' })).toBeVisible();
	await expect(dialog.getByRole('button', { name: 'Send…' })).toHaveCount(0);

	const other = await page.context().newPage();
	await phoneShareMenu(other, { canShare: false });
	await openHydrated(other, '/en/choosing/');
	await other.getByRole('button', { name: 'share it', exact: true }).click();
	dialog = other.getByRole('dialog', { name: 'Take this page home' });
	await expect(dialog.getByRole('button', { name: 'Copy the address' })).toBeVisible();
	await expect(dialog.getByRole('button', { name: 'Send…' })).toHaveCount(0);
});
