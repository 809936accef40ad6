import { expect, test, type Page } from '@playwright/test';
import { awakeFigure } from './site';

// A clinician who has just reordered the sequence presents it with the clicker: its F5 reaches the figure from the
// sequence builder's buttons and the skip link, where Page Down already steps it (keyboard review D4). F and "?"
// type characters: there they are the button's or the link's, as WCAG 2.1.4 asks (wcag22.spec.ts), and act
// when the figure or the page has the focus, as the key list says. A menu, a field and a dialog keep F5 too.
test.use({ viewport: { width: 1920, height: 1080 } });

const presenting = (page: Page) => page.locator('.scene-shell.presenting');
const keyList = (page: Page) => page.locator('dialog.key-help[open]');

async function open(page: Page) {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/en/consultation/?s=trpv1,k2p,pump');
	await expect(awakeFigure(page, 'trpv1')).toBeVisible();
}

test('F5 presents from a builder button and from the skip link; F and ? there are theirs', async ({
	page
}) => {
	await open(page);
	const moveDown = page.getByRole('button', { name: /^Move down: / }).first();
	await moveDown.focus();
	await page.keyboard.press('f');
	await page.keyboard.press('?');
	await expect(presenting(page)).toHaveCount(0);
	await expect(keyList(page)).toHaveCount(0);
	await page.keyboard.press('F5');
	await expect(presenting(page)).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(presenting(page)).toHaveCount(0);

	// the skip link, the first stop of Tab
	const skip = page.getByRole('link', { name: 'Skip to content' });
	// (leaving, the presenter puts the focus back on its own after a frame: the skip link is focused once that is done)
	await expect(async () => {
		await skip.focus();
		await expect(skip).toBeFocused({ timeout: 500 });
	}).toPass();
	await page.keyboard.press('Shift+F5');
	await expect(presenting(page)).toBeVisible();
});

test('a menu, the share dialog and the key list keep F and ?', async ({ page }) => {
	await open(page);
	// "Starts at": F picks "Facilitated…"-like options, it is the menu's
	await page
		.getByRole('combobox', { name: /^Starts at/ })
		.first()
		.focus();
	await page.keyboard.press('f');
	await page.keyboard.press('?');
	await page.getByRole('button', { name: 'Share this sequence (link, QR code)' }).click();
	const share = page.getByRole('dialog');
	await expect(share).toBeVisible();
	await page.keyboard.press('f');
	await page.keyboard.press('?');
	await expect(share).toBeVisible();
	await expect(presenting(page)).toHaveCount(0);
	await expect(keyList(page)).toHaveCount(0);
});
