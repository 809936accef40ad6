import { expect, test, type Browser, type Locator } from '@playwright/test';
import { awakeFigure } from './site';
import { swipe } from './touch';

// On a phone, ◀ and ▶ sit under a figure's drawing and its words; the drawing is where the eye and the thumb
// are. A sideways swipe on it steps the figure, as on a presented one (physio review D2). Up and down still
// scroll the page, and a reader who has pinch-zoomed the page still pans across the drawing.

async function phone(browser: Browser) {
	const context = await browser.newContext({
		viewport: { width: 390, height: 844 },
		hasTouch: true,
		isMobile: true,
		reducedMotion: 'reduce'
	});
	return { context, page: await context.newPage() };
}

/** the middle of the figure's drawing, brought into the window */
async function middleOf(drawing: Locator) {
	await drawing.scrollIntoViewIfNeeded();
	const box = (await drawing.boundingBox())!;
	return { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 150) };
}

for (const [lang, address, scene] of [
	['fr', '/fr/scenes/k2p/', 'k2p'],
	['en', '/en/glucopuncture/', 'hydrodissection']
] as const) {
	test(`${lang}, a phone: a sideways swipe on ${address}'s figure steps it; up and down scroll the page`, async ({
		browser
	}) => {
		const { context, page } = await phone(browser);
		await page.goto(address);
		const figure = page.locator(`figure.scene[data-scene="${scene}"]`).first();
		await figure.scrollIntoViewIfNeeded();
		await expect(awakeFigure(page, scene).first()).toBeVisible();
		const step = figure.locator('.scene-live .scrub');
		// the step the page opens the figure at (an article's may be its last), and the way there is one to go
		const start = Number(await step.getAttribute('aria-valuenow'));
		const way = start < Number(await step.getAttribute('aria-valuemax')) ? 1 : -1;
		const at = (n: number) => expect(step).toHaveAttribute('aria-valuenow', String(n));
		const { x, y } = await middleOf(figure.locator('.scene-live .scene-stage'));

		// to the left is forward, to the right back; a finger is never quite level
		await swipe(page, x + 80 * way, y, -160 * way, 15);
		await at(start + way);
		await swipe(page, x - 80 * way, y, 160 * way, -10);
		await at(start);
		await swipe(page, x + 80 * way, y, -160 * way, 0);
		await at(start + way);

		// up the screen: the page scrolls, the figure stays at its step
		const scrolled = await page.evaluate(() => scrollY);
		await swipe(page, x, y + 100, 10, -200);
		await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrolled + 50);
		await at(start + way);
		await context.close();
	});
}

test('a phone, the page pinch-zoomed: a sideways pan on the drawing moves across it and steps nothing', async ({
	browser
}) => {
	const { context, page } = await phone(browser);
	await page.goto('/en/scenes/k2p/');
	await expect(awakeFigure(page, 'k2p')).toBeVisible();
	const drawing = page.locator('.scene-live .scene-stage');
	await expect(drawing).toHaveCSS('touch-action', 'pan-y pinch-zoom');
	const { x, y } = await middleOf(drawing);

	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 2 });
	await expect.poll(() => page.evaluate(() => visualViewport!.scale)).toBe(2);
	// the browser may pan every way again from the drawing
	await expect(drawing).toHaveCSS('touch-action', 'auto');
	const left = await page.evaluate(() => visualViewport!.pageLeft);
	await swipe(page, x - 100, y, 160, 0);
	await swipe(page, x + 80, y, -160, 0);
	await expect(page.locator('.scene-live .scrub')).toHaveAttribute('aria-valuenow', '1');
	expect(await page.evaluate(() => visualViewport!.pageLeft)).not.toBe(left);

	// back at the page's own scale, the swipe is the figure's again
	await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 1 });
	await expect(drawing).toHaveCSS('touch-action', 'pan-y pinch-zoom');
	await context.close();
});
