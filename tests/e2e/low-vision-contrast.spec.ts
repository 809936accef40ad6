import { expect, test } from '@playwright/test';

// A low-vision reader with a Windows contrast theme (forced colours) and a zoomed screen (low-vision review):
// the comparison table's names kept no line over the rows scrolling under them; the scrub bar's rail still to
// come was its most vivid line; a prediction's radio box was smaller than WCAG 2.5.8's 24 px target.

test('in a contrast theme, the comparison table’s names keep a rule over the rows under them', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
	await page.goto('/en/choosing/');
	const name = page.locator('.comparison thead th').nth(1);
	await expect(name).toBeVisible();
	expect(await name.evaluate((th) => getComputedStyle(th).boxShadow)).toMatch(/inset/);
});

test('in a contrast theme, the scrub bar’s rail still to come is in the text’s colour', async ({ page }) => {
	await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark', reducedMotion: 'reduce' });
	await page.goto('/fr/scenes/trpv1/?step=open');
	await expect(page.locator('figure.scene[data-awake="true"]')).toBeVisible();
	const rail = await page.locator('.scene-live .rail').evaluate((r) => getComputedStyle(r).backgroundColor);
	// not GrayText, bright green in High Contrast Black, the bar's most vivid line for the part still to come
	expect(rail).toBe(await page.evaluate(() => getComputedStyle(document.body).color));
});

test('a figure’s prediction boxes are 24 px targets at least, on a phone', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 700 });
	await page.goto('/fr/scenes/pump/?theme=dark');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.locator('[data-questions]').evaluate((questions) => questions.scrollIntoView());
	await expect(page.locator('[data-questions][data-live="true"]')).toBeVisible();
	const boxes = await page
		.locator('[data-questions] input[type="radio"]')
		.evaluateAll((inputs) => inputs.map((input) => input.getBoundingClientRect()));
	expect(boxes.length).toBeGreaterThan(2);
	for (const box of boxes) expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
});
