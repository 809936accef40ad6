import { expect, test, type Page } from '@playwright/test';
import { openHydrated } from './site';

// On a phone a glossary definition docks at the foot of the screen, over the text: a reader with no Escape
// key had no visible way to close it (physiotherapist's review on a phone). With the script running, the
// docked definition has a Close button under it, in the page's language; on a wide screen, where the
// definition stands by its word and goes when the pointer leaves, there is none.
const pages = [
	{ path: '/fr/glucopuncture/', close: 'Fermer' },
	{ path: '/en/glucopuncture/', close: 'Close' }
];

/** The article's first "trpv1" term, its definition, and the Close button beside that definition. */
async function openTerm(page: Page, path: string, close: string) {
	await openHydrated(page, path);
	const term = page.locator('article [data-term="trpv1"]').first();
	await term.scrollIntoViewIfNeeded();
	const tip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
	const button = term.locator('xpath=..').getByRole('button', { name: close, exact: true });
	return { term, tip, button };
}

test.describe('on a phone', () => {
	test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

	for (const { path, close } of pages)
		test(`${path}: a tapped definition has a “${close}” button, which hides it and gives focus back to its word`, async ({
			page
		}) => {
			const { term, tip, button } = await openTerm(page, path, close);
			await term.tap();
			await expect(tip).toBeVisible();
			await expect(button).toBeVisible();
			// a finger's target (WCAG 2.5.8), clear of the definition's text, and not read with it
			const target = (await button.boundingBox())!;
			expect(target.width).toBeGreaterThanOrEqual(44);
			expect(target.height).toBeGreaterThanOrEqual(44);
			const text = (await tip.boundingBox())!;
			expect(target.y).toBeGreaterThanOrEqual(text.y + text.height);
			expect(target.y + target.height).toBeLessThanOrEqual(844);
			await expect(term).not.toHaveAccessibleDescription(new RegExp(close));

			await button.tap();
			await expect(tip).toBeHidden();
			await expect(button).toBeHidden();
			await expect(term).toBeFocused();
			await expect(page).toHaveURL(path);

			// the word tapped again shows it again; a second tap would follow the link, as before
			await term.tap();
			await expect(tip).toBeVisible();
			await expect(button).toBeVisible();
			await expect(page).toHaveURL(path);
		});

	test('the Close button is pressed from the keyboard too, and focus goes back to the word', async ({
		page
	}) => {
		const { term, tip, button } = await openTerm(page, '/en/glucopuncture/', 'Close');
		await term.focus();
		await expect(tip).toBeVisible();
		// Tab reaches it next (after the definition itself, which Chrome lets the keyboard into to scroll it)
		await page.keyboard.press('Tab');
		if (await tip.evaluate((box) => box === document.activeElement)) await page.keyboard.press('Tab');
		await expect(button).toBeFocused();
		// a visible focus ring
		expect(await button.evaluate((focused) => getComputedStyle(focused).outlineStyle)).toBe('solid');
		await page.keyboard.press('Enter');
		await expect(tip).toBeHidden();
		await expect(term).toBeFocused();
		// the word still where it was, not scrolled away while its definition was hidden
		const word = (await term.boundingBox())!;
		expect(word.y).toBeGreaterThanOrEqual(0);
		expect(word.y + word.height).toBeLessThanOrEqual(844);
	});
});

test.describe('on a wide screen', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	for (const { path, close } of pages)
		test(`${path}: a hovered definition stands by its word with no “${close}” button`, async ({ page }) => {
			const { term, tip, button } = await openTerm(page, path, close);
			await term.hover();
			await expect(tip).toBeVisible();
			await expect(button).toBeHidden();
			await term.focus();
			await expect(tip).toBeVisible();
			await expect(button).toBeHidden();
		});
});
