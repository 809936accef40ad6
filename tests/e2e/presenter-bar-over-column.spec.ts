import { expect, test } from '@playwright/test';
import { measurePresented, meetsSizeRule, presentFaded } from './presenter-measure';

// The needle-depth figure presented on a 1280 × 720 projector at 150 % (853 × 480 CSS px, clinician review 66):
// its tall portrait drawing beside its words was held to 329 px (27 % of the screen), labels 15 px, the lower
// third of the screen empty, because the words' column kept room for the whole bar, four rows there (224 px).
// Beside the drawing as under it, the bar may lie over the words while in use: the drawing then fills the
// screen's height with labels of 20 px, the presenter's floor (DESIGN.md); the words are whole once the bar has
// faded, and step aside while it is up, so that no line is cut by its edge.

const LABEL_FLOOR_px = 20;
const ROUNDING_px = 0.5;

for (const lang of ['fr', 'en'] as const) {
	test(`/${lang}/ needle-depth presented at 853 × 480: the drawing fills the height, labels readable`, async ({
		browser
	}) => {
		const context = await browser.newContext({
			viewport: { width: 853, height: 480 },
			reducedMotion: 'reduce'
		});
		const page = await context.newPage();
		await page.clock.install();
		const shell = await presentFaded(page, `/${lang}/scenes/needle-depth/?step=slanted`);
		const drawing = await measurePresented(page);
		expect(meetsSizeRule(drawing), `height ${drawing.heightShare.toFixed(2)} of the screen`).toBe(true);
		expect(drawing.smallestLabel_px).toBeGreaterThanOrEqual(LABEL_FLOOR_px - ROUNDING_px);
		// the bar faded, the step's words are whole
		const caption = shell.locator('.scene-caption');
		expect(await caption.evaluate((box) => box.scrollHeight - box.clientHeight)).toBeLessThanOrEqual(1);
		const words = await caption.boundingBox();
		expect(words && words.y + words.height).toBeLessThanOrEqual(480);
		// a pointer brings the bar up, over the column: the words step aside rather than be cut by its edge
		await page.mouse.move(600, 300);
		await page.mouse.move(610, 310);
		const bar = shell.locator('.scene-controls');
		await expect(bar).toHaveCSS('opacity', '1');
		await page.clock.runFor(500);
		const cramped = /present-cramped/.test((await shell.getAttribute('class')) ?? '');
		if (cramped) await expect(caption).toHaveCSS('opacity', '0');
		// and the bar stays beside the drawing, not over it
		const barBox = await bar.boundingBox();
		const svg = await shell.locator('.scene-stage svg').first().boundingBox();
		expect(barBox && svg && barBox.x).toBeGreaterThanOrEqual((svg?.x ?? 0) + (svg?.width ?? 0) - 1);
		await context.close();
	});
}
