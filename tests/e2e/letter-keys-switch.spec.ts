import { expect, test, type Page } from '@playwright/test';
import { awakeFigure } from './site';

// An accessibility review (WCAG 2.1.4): on a figure's own page, with the focus on the page itself, B blacked
// the screen out, F presented and K played, and nothing turned that off; a voice command or a stray press set
// them off. The key list now has a switch: letters and signs then act only with the focus in the figure.

const blank = (page: Page) => page.locator('.present-blank');
const presenting = (page: Page) => page.locator('.scene-shell.presenting');
const onPage = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

async function letterKeysOff(page: Page) {
	await page.getByRole('button', { name: 'Keyboard keys' }).click();
	const letters = page.getByRole('checkbox', {
		name: /^Letters and signs .* work from anywhere on the page$/
	});
	await expect(letters).toBeChecked();
	await letters.uncheck();
	await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
}

test('turned off in the key list, B, F and K from the page do nothing, and the choice is kept', async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/en/scenes/trpv1/');
	await expect(awakeFigure(page, 'trpv1')).toBeVisible();
	await letterKeysOff(page);
	for (const key of ['b', 'f', 'k', '?']) {
		await onPage(page);
		await page.keyboard.press(key);
	}
	await expect(blank(page)).toHaveCount(0);
	await expect(presenting(page)).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
	await expect(page.getByRole('dialog')).toHaveCount(0);
	// keys that type nothing still reach it: Page Down steps
	await onPage(page);
	await page.keyboard.press('PageDown');
	await expect(page).toHaveURL(/step=/);

	// in the figure, the letters are its own
	await page.getByRole('button', { name: 'Play', exact: true }).focus();
	await page.keyboard.press('b');
	await expect(blank(page)).toHaveCount(1);
	await page.keyboard.press('Escape');
	await expect(blank(page)).toHaveCount(0);

	// kept on this device: another page, the same choice
	await page.goto('/en/consultation/?s=k2p');
	await expect(awakeFigure(page, 'k2p')).toBeVisible();
	await onPage(page);
	await page.keyboard.press('b');
	await expect(blank(page)).toHaveCount(0);
	await page.getByRole('button', { name: 'Keyboard keys' }).click();
	await expect(page.getByRole('checkbox', { name: /^Letters and signs/ })).not.toBeChecked();
	// and the list says where its keys act now
	await expect(page.getByRole('dialog')).toContainText(
		'While the figure has the focus; from the page too, except letters and signs:'
	);
});

test('by default, a clicker’s B from the page blanks a consultation’s screen, as it always has', async ({
	page
}) => {
	await page.goto('/en/consultation/?s=k2p');
	await expect(awakeFigure(page, 'k2p')).toBeVisible();
	await onPage(page);
	await page.keyboard.press('b');
	await expect(blank(page)).toHaveCount(1);
	// an article's figure has no such switch: its keys act only with the focus in it anyway
	await page.goto('/en/glucopuncture/');
	const figure = page.locator('figure.scene').first();
	await figure.scrollIntoViewIfNeeded();
	await expect(awakeFigure(page).first()).toBeVisible();
	await figure.getByRole('button', { name: 'Keyboard keys' }).click();
	await expect(page.getByRole('dialog')).toBeVisible();
	await expect(page.getByRole('checkbox', { name: /^Letters and signs/ })).toHaveCount(0);
});
