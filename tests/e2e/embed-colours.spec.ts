import { expect, test } from '@playwright/test';

// A course page in a dark theme holds the figure in the colours its author chose on the site (embed review
// D5): the code the Embed dialog writes carries the theme shown now; "Automatic" leaves it to each reader's
// device, as before.

for (const lang of ['fr', 'en'] as const) {
	test(`${lang}: the Embed code carries the theme chosen, and none for Automatic`, async ({
		page,
		baseURL
	}) => {
		await page.goto(`/${lang}/scenes/k2p/`);
		await expect(page.locator('figure.scene[data-awake="true"]')).toBeVisible();
		const embed = page.getByRole('button', { name: lang === 'fr' ? 'Intégrer' : 'Embed' });
		const code = async () => {
			await embed.click();
			const dialog = page.getByRole('dialog');
			const text = await dialog.getByRole('textbox').inputValue();
			await page.keyboard.press('Escape');
			await expect(dialog).toBeHidden();
			return text;
		};
		expect(await code()).not.toContain('theme=');

		await page.getByRole('combobox', { name: /Thème|Theme/ }).selectOption('dark');
		const dark = await code();
		const src = new URL(/src="([^"]+)"/.exec(dark)![1]!.replace(/&amp;/g, '&'));
		expect(src.origin + src.pathname).toBe(`${baseURL}/${lang}/embed/k2p/`);
		expect(src.searchParams.get('theme')).toBe('dark');

		// the frame opens in that theme, wherever it is pasted
		await page.goto(src.href);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	});
}
