import { expect, test } from '@playwright/test';

// A patient pressed ▶ on the glucose-around-the-nerve figure, saw a blue ring appear round the nerve and did not
// know it was the liquid; the needle and the skin had no name either (patient review 60, D5). The drawing names
// them, the liquid once it is there.
test.use({ reducedMotion: 'reduce' });

for (const [lang, fluid, needle, skin] of [
	['fr', 'glucose à 5\u00a0%', 'aiguille', 'peau'],
	['en', '5% dextrose', 'needle', 'skin']
] as const) {
	test(`${lang}: the liquid around the nerve, the needle and the skin are named in the drawing`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`/${lang}/scenes/hydrodissection/?step=nerve-surrounded`);
		const figure = page.locator('figure.scene');
		await figure.scrollIntoViewIfNeeded();
		await expect(figure).toHaveAttribute('data-awake', 'true');
		const drawing = figure.locator('.scene-stage svg[role="img"]');
		for (const name of [fluid, needle, skin])
			await expect(drawing.locator('text').filter({ hasText: name }).first()).toBeVisible();

		// before anything is injected, no liquid is named
		await page.goto(`/${lang}/scenes/hydrodissection/?step=carpal-tunnel`);
		await figure.scrollIntoViewIfNeeded();
		await expect(figure).toHaveAttribute('data-awake', 'true');
		await expect(drawing.locator('text').filter({ hasText: skin }).first()).toBeVisible();
		await expect(drawing.locator('text').filter({ hasText: fluid })).toHaveCount(0);
	});
}
