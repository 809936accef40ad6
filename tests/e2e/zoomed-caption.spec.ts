import { expect, test } from '@playwright/test';
import { followInShell, top } from './caption-place';
import { awakeFigure } from './site';

// A low-vision reader zooms to 200 % and 400 % (a 1280 × 1024 screen seen as 640 × 512 and 320 × 256 CSS px),
// presses ▶ and reads what the step shows: the step's name and sentence come right under the drawing and the
// player's bar, before the figure's own settings, on screen and in the reading order, and say which step it is
// (low-vision review D1: they were two to six screens further down, after every slider).

for (const [width, height] of [
	[640, 512],
	[320, 256]
] as const) {
	for (const scene of ['trpv1', 'pump']) {
		test(`${width}×${height}, ${scene}: the step’s words come under the bar, before the settings`, async ({
			browser
		}) => {
			const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' });
			const page = await context.newPage();
			await page.goto(`/fr/scenes/${scene}/`);
			// she scrolls to the drawing, which wakes as it comes into view: the still drawing is replaced by the live
			// one if the figure wakes meanwhile (on a loaded machine, mid-scroll), and she scrolls to whichever is there
			const stage = page.locator(`figure.scene[data-scene="${scene}"] .scene-stage`);
			await expect(() => stage.scrollIntoViewIfNeeded({ timeout: 2_000 })).toPass();
			const figure = awakeFigure(page, scene);
			const caption = figure.locator('.scene-caption');
			const settings = figure.locator('.parameters');
			await expect(caption.locator('.scene-step-of')).toBeVisible();
			await expect(caption.locator('.scene-step-of')).toHaveText(/Étape 1 sur \d$/);

			await figure.locator('button.next').click();
			await expect(caption.locator('.scene-step-of')).toHaveText(/Étape 2 sur \d$/);
			const scrub = await figure.locator('.scrub').boundingBox();
			const words = await caption.boundingBox();
			// right under the bar: nothing between them but the gap
			expect(words!.y - (scrub!.y + scrub!.height)).toBeLessThan(40);
			expect(words!.y + words!.height).toBeLessThanOrEqual(await top(settings));
			// the reading order is the order on screen: the words before the settings and the options
			const before = await followInShell(caption, { settings: '.parameters', options: '.options' });
			expect(before).toEqual({ settings: true, options: true });
			// one live region says the step
			await expect(figure.locator('[aria-live]')).toHaveCount(1);
			await context.close();
		});
	}

	test(`${width}×${height}: without JavaScript, the words come before the settings’ room too`, async ({
		browser
	}) => {
		const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/fr/scenes/trpv1/');
		const figure = page.locator('figure.scene[data-scene="trpv1"]');
		const caption = figure.locator('.scene-caption');
		await expect(caption).toBeVisible();
		await expect(caption.locator('.scene-step-of')).toHaveText(/Étape 1 sur \d$/);
		const note = figure.locator('.noscript-note');
		await expect(note).toBeVisible();
		const words = (await caption.boundingBox())!;
		expect(words.y + words.height).toBeLessThanOrEqual(await top(figure.locator('.parameters')));
		// the note that the figure will not play lies clear of the words
		expect(await top(note)).toBeGreaterThanOrEqual(words.y + words.height);
		await context.close();
	});
}

test('1280×1024: the figure’s page keeps its words under the controls beside the drawing', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 1024 });
	await page.goto('/fr/scenes/trpv1/');
	const figure = awakeFigure(page, 'trpv1');
	const caption = figure.locator('.scene-caption');
	await expect(caption).toBeVisible();
	await expect(caption.locator('.scene-step-of')).toBeHidden();
	const settings = (await figure.locator('.parameters').boundingBox())!;
	expect(await top(caption)).toBeGreaterThanOrEqual(settings.y + settings.height);
});

test('a window made shorter (640 × 900 to 640 × 512) moves the step’s words before the settings in the reading order too, and back', async ({
	browser
}) => {
	const context = await browser.newContext({
		viewport: { width: 640, height: 900 },
		reducedMotion: 'reduce'
	});
	const page = await context.newPage();
	await page.goto('/en/scenes/trpv1/');
	const figure = awakeFigure(page, 'trpv1');
	await expect(figure).toBeVisible();
	const wordsBeforeSettings = () =>
		figure.locator('.scene-caption').evaluate((words) => {
			// (a caption being moved is briefly out of the figure: asked again)
			const settings = words.closest('.scene-shell')?.querySelector('.parameters');
			return settings ? !!(words.compareDocumentPosition(settings) & Node.DOCUMENT_POSITION_FOLLOWING) : null;
		});
	// tall enough for the slider to stay right under the drawing: the words after the settings
	await expect.poll(wordsBeforeSettings).toBe(false);
	// only the window's height changes (the figure keeps its width): the screen-reader review's D4
	await page.setViewportSize({ width: 640, height: 512 });
	await expect.poll(wordsBeforeSettings).toBe(true);
	await page.setViewportSize({ width: 640, height: 900 });
	await expect.poll(wordsBeforeSettings).toBe(false);
	await context.close();
});
