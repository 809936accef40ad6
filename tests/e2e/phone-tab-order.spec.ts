import { expect, test, type Page } from '@playwright/test';
import { awakeFigure } from './site';

// On a phone the figure's own controls sit between its step buttons and its options (phone-figure.spec):
// Tab meets them in that order too, going down the screen, never jumping to the options and back up
// (WCAG 2.4.3). Wider, the options stay first, beside the drawing.
async function tabStopsIn(page: Page, figure: ReturnType<typeof awakeFigure>, count: number) {
	await figure.locator('.scene-controls button.previous').focus();
	const stops: { y: number; inOptions: boolean; own: boolean }[] = [];
	for (let i = 0; i < count; i++) {
		const stop = await page.evaluate(() => {
			const focused = document.activeElement as HTMLElement;
			return {
				y: Math.round(focused.getBoundingClientRect().top + scrollY),
				inOptions: !!focused.closest('.options, .reduced'),
				own: !!focused.closest('.parameters')
			};
		});
		stops.push(stop);
		await page.keyboard.press('Tab');
	}
	return stops;
}

for (const path of ['/fr/scenes/pump/', '/en/consultation/patient/?s=pump,trpv1']) {
	test(`390×844 ${path}: Tab goes down the figure's controls as they are on screen`, async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
		const page = await context.newPage();
		await page.goto(path);
		const figure = awakeFigure(page, 'pump');
		await expect(figure).toBeVisible();
		const stops = await tabStopsIn(page, figure, 14);
		const firstOwn = stops.findIndex((stop) => stop.own);
		const firstOption = stops.findIndex((stop) => stop.inOptions);
		expect(firstOwn).toBeGreaterThan(-1);
		expect(firstOwn).toBeLessThan(firstOption);
		// down the screen, a row at a time: no stop lies well above the one before it
		for (let i = 1; i < stops.length; i++)
			expect(stops[i]!.y, `stop ${i}`).toBeGreaterThan(stops[i - 1]!.y - 60);
		await context.close();
	});
}

test('1280×800 /fr/scenes/pump/: the options stay first, beside the drawing', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/fr/scenes/pump/');
	const figure = awakeFigure(page, 'pump');
	await expect(figure).toBeVisible();
	const stops = await tabStopsIn(page, figure, 14);
	expect(stops.findIndex((stop) => stop.inOptions)).toBeLessThan(stops.findIndex((stop) => stop.own));
});
