import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { decodeQr } from './qr';

// A dialog on a small phone, as its reader meets it (share-dialog-fits-phone, share-dialogs-fit-phone): the
// phone's browser, its text made larger, and what "shown whole" means there.

/** The smallest phone still in use, upright (an iPhone SE, first generation). */
export const SE = { width: 320, height: 568 };
export const DEVICE_SCALE = 2;

/** A phone's browser: touch, twice as many pixels as CSS pixels, and its share menu (so "Send…" shows too). */
export async function phone(browser: Browser, baseURL: string, viewport: { width: number; height: number }) {
	const context = await browser.newContext({
		baseURL,
		viewport,
		isMobile: true,
		hasTouch: true,
		deviceScaleFactor: DEVICE_SCALE
	});
	const page = await context.newPage();
	await page.addInitScript(() => {
		Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: async () => {} });
		Object.defineProperty(Navigator.prototype, 'canShare', { configurable: true, value: () => true });
	});
	return page;
}

/** Text at 200 %: the phone's browser set to twice its default size (32 px). */
export async function largeText(page: Page) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Page.enable');
	await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
}

/** The open dialog, once its QR code (if any) has been fitted to the room: nothing in it scrolls. */
export async function shownWhole(page: Page): Promise<Locator> {
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible();
	await expect
		.poll(() => dialog.evaluate((box) => box.scrollHeight - box.clientHeight))
		.toBeLessThanOrEqual(1);
	await expect(dialog.getByRole('heading')).toBeInViewport({ ratio: 1 });
	return dialog;
}

/** A button in sight and large enough for a finger (44 px). */
export async function inSightAndLarge(button: Locator) {
	await expect(button).toBeInViewport({ ratio: 1 });
	expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44);
}

/** The dialog's QR code in sight, and what a phone's camera reads from it the address in the field. */
export async function codeReads(page: Page, dialog: Locator) {
	const qr = dialog.getByRole('img');
	await expect(qr).toBeInViewport({ ratio: 1 });
	const address = await dialog.getByRole('textbox').inputValue();
	expect(await decodeQr(page, await qr.screenshot())).toBe(address);
}
