import { expect, test, type Page } from '@playwright/test';
import {
	FLOOR_SHARE,
	measurePresented,
	presentEachStep,
	presenterWindow,
	presentFaded,
	ROUNDING_px
} from './presenter-measure';

// On upright screens (a portrait monitor, tablets held upright), the presented step's sentence was smaller than
// the drawing's labels: hydrodissection's 31.2 px beside 33.2 px labels (FR) and 35.0 px (EN) at 900 × 1200, and
// the pump's words in a column beside a tall drawing (regression review D3). As on screens wider than tall, the
// sentence is never smaller than the drawing's smallest label, nor than the presenter's label rule as a share of
// the screen's shorter side (2.5 %: what the same panel asks held sideways), and every step's words are whole.
const screens = [
	[900, 1200],
	[768, 1024],
	[820, 1180]
] as const;

/** The presented caption now: its sentence's size, and how far its words (every step's, under the drawing) overflow it. */
const captionNow = (page: Page) =>
	page.locator('.scene-shell.presenting .scene-caption').evaluate((caption: HTMLElement) => {
		const sentence = caption.querySelector('.scene-now .scene-description')!;
		const box = caption.getBoundingClientRect();
		return {
			sentence_px: parseFloat(getComputedStyle(sentence).fontSize),
			overflow_px: Math.max(caption.scrollHeight - caption.clientHeight, box.bottom - innerHeight)
		};
	});

for (const lang of ['fr', 'en'] as const) {
	for (const [width, height] of screens) {
		test(`${lang} ${width} × ${height} upright: every figure's sentence is as large as its smallest label, its words whole at every step`, async ({
			browser
		}) => {
			test.setTimeout(120_000);
			const problems: string[] = [];
			await presentEachStep(browser, lang, { width, height }, async (page, at) => {
				const { sentence_px, overflow_px } = await captionNow(page);
				if (overflow_px > 1) problems.push(`${at}: words cut, ${overflow_px.toFixed(0)} px`);
				const { smallestLabel_px } = await measurePresented(page);
				const least = Math.max(smallestLabel_px, FLOOR_SHARE * width, 16);
				if (sentence_px < least - ROUNDING_px)
					problems.push(
						`${at}: sentence ${sentence_px.toFixed(1)} px, under ${least.toFixed(1)} px (smallest label ${smallestLabel_px.toFixed(1)} px)`
					);
			});
			expect(problems).toEqual([]);
		});
	}
}

test('on a portrait monitor, the pump’s words go under its drawing, not in a column beside it, and its labels stay readable', async ({
	browser
}) => {
	const context = await browser.newContext({
		viewport: { width: 900, height: 1200 },
		reducedMotion: 'reduce'
	});
	for (const lang of ['fr', 'en']) {
		const page = await context.newPage();
		await page.clock.install();
		const shell = await presentFaded(page, `/${lang}/scenes/pump/`);
		await expect(shell, lang).toHaveClass(/present-below/);
		const { smallestLabel_px } = await measurePresented(page);
		expect(smallestLabel_px, lang).toBeGreaterThanOrEqual(22.5 - ROUNDING_px);
		expect((await captionNow(page)).sentence_px, lang).toBeGreaterThanOrEqual(smallestLabel_px - ROUNDING_px);
		await page.close();
	}
	await context.close();
});

test('a presentation turned upright (1366 × 768 to 900 × 1200) keeps hydrodissection’s sentence as large as its labels', async ({
	browser
}) => {
	// presented without full screen (a browser that refuses it), so that the window can be turned
	const { context, page } = await presenterWindow(browser, { width: 1366, height: 768 });
	await page.clock.install();
	await presentFaded(page, '/fr/scenes/hydrodissection/?step=3');
	await page.setViewportSize({ width: 900, height: 1200 });
	// the figure lays itself out again for the new window on its next frames
	await expect
		.poll(async () => {
			const { smallestLabel_px } = await measurePresented(page);
			const { sentence_px, overflow_px } = await captionNow(page);
			return overflow_px <= 1 && sentence_px >= Math.max(smallestLabel_px, 22.5) - ROUNDING_px;
		})
		.toBe(true);
	await context.close();
});
