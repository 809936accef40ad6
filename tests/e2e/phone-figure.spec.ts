import { expect, test } from '@playwright/test';
import { awakeFigure } from './site';

// A student on a phone moves a figure's slider and watches the drawing change: the figure's own controls come
// right under its step buttons, before the options (share, theme, present…): the first of them is less than
// a third of the screen below the drawing, so the two are in sight together (the options were there first,
// more than half a screen).
const scenes = ['trpv1', 'k2p', 'pump', 'hydrodissection', 'needle-depth', 'cushion'];

for (const [width, height] of [
	[390, 844],
	[360, 740]
] as const) {
	test(`${width}×${height}: each figure’s first slider or choice comes right under its drawing`, async ({
		browser
	}) => {
		const context = await browser.newContext({ viewport: { width, height }, hasTouch: true, isMobile: true });
		const page = await context.newPage();
		for (const scene of scenes) {
			await page.goto(`/fr/scenes/${scene}/`);
			const figure = awakeFigure(page, scene);
			await expect(figure).toBeVisible();
			const first = figure.locator('.parameters :is(input, select)').first();
			const drawing = (await figure.locator('.scene-stage').boundingBox())!;
			const control = (await first.boundingBox())!;
			expect(control.y - (drawing.y + drawing.height), scene).toBeLessThan(height * 0.3);
		}
		await context.close();
	});
}
