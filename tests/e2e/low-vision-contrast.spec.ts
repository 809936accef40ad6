import { expect, test } from '@playwright/test';

// A low-vision reader with a Windows contrast theme (forced colours) and a zoomed screen (low-vision review):
// the comparison table's names kept no line over the rows scrolling under them; the scrub bar's reached steps
// vanished into its fill; a prediction's radio box was smaller than WCAG 2.5.8's 24 px target.

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

test('in a contrast theme, the scrub bar’s reached steps show on its fill', async ({ page }) => {
	await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark', reducedMotion: 'reduce' });
	await page.goto('/fr/scenes/trpv1/?step=open');
	await expect(page.locator('figure.scene[data-awake="true"]')).toBeVisible();
	const reached = page.locator('.scene-live .tick.reached').first();
	await expect(reached).toBeVisible();
	const fill = await page.locator('.scene-live .fill').evaluate((f) => getComputedStyle(f).backgroundColor);
	// a ring round the page's own colour, not the fill's colour on the fill
	expect(await reached.evaluate((t) => getComputedStyle(t).backgroundColor)).not.toBe(fill);
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
