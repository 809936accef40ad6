import { expect, test, type Page } from '@playwright/test';
import { accessibilityViolations, awakeFigure } from './site';

// A link that asks for a theme the site does not have (a typo, an old link): the colours stay, and the page
// says why, in its language, with the themes an address can ask for. A theme chosen answers it.
const note = (page: Page) => page.locator('.unknown-theme-note');
const said = {
	fr: /ne connaît pas.*theme=light, dark, projector ou auto/,
	en: /does not know.*theme=light, dark, projector or auto/
};

for (const lang of ['fr', 'en'] as const) {
	test(`/${lang}/: an unknown ?theme= keeps the colours and says so; a known one or none says nothing`, async ({
		page
	}) => {
		await page.goto(`/${lang}/glucopuncture/?theme=sepia`);
		await expect(note(page)).toBeVisible();
		await expect(note(page)).toHaveText(said[lang]);
		await expect(page.locator('html')).not.toHaveAttribute('data-theme');
		expect(await accessibilityViolations(page)).toEqual([]);

		for (const quiet of ['?theme=dark', '?theme=', '']) {
			await page.goto(`/${lang}/glucopuncture/${quiet}`);
			await expect(note(page), quiet).toBeHidden();
		}
		// an embedded figure says it too, over the figure
		await page.goto(`/${lang}/embed/k2p/?theme=neon`);
		await expect(note(page)).toBeVisible();
	});

	test(`/${lang}/scenes/k2p/: choosing a theme in the figure answers the note`, async ({ page }) => {
		await page.goto(`/${lang}/scenes/k2p/?theme=sepia`);
		await expect(note(page)).toBeVisible();
		await expect(awakeFigure(page)).toBeVisible();
		await page.locator('.theme-switch select').first().selectOption('dark');
		await expect(note(page)).toBeHidden();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	});
}
