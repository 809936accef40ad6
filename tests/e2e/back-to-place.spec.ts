import { expect, test, type Page } from '@playwright/test';
import { openHydrated } from './site';

// Back after the language switch (review patient D10): a reader far down the long choosing page climbs back
// up to the header, reads it in English, and presses Back: they are back where they were reading, as after
// following a link to a sheet from there, not at the top of a page some 20,000 px long.

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

/** Scrolls to `y` and waits two frames: the page hears each move, as it does a finger's. */
const scrollToY = (page: Page, y: number) =>
	page.evaluate(
		(to) =>
			new Promise((done) => {
				scrollTo(0, to);
				requestAnimationFrame(() => requestAnimationFrame(done));
			}),
		y
	);
const scrolled = (page: Page) => page.evaluate(() => Math.round(scrollY));
/** the heading of the part on screen (the last one above a third of the screen): what the reader was reading */
const partOnScreen = (page: Page) =>
	page.evaluate(() => {
		const above = [...document.querySelectorAll('main :is(h2, h3)')].filter(
			(heading) => heading.getBoundingClientRect().top < innerHeight / 3
		);
		return above.at(-1)?.textContent?.trim();
	});
/** within a few pixels: the browser keeps a scroll position rounded to its own device pixels */
const near = (page: Page, y: number) =>
	expect.poll(async () => Math.abs((await scrolled(page)) - y)).toBeLessThan(8);

test('Back from the other language returns to the place read on the choosing page', async ({ page }) => {
	await openHydrated(page, '/fr/choisir/');
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	expect(height).toBeGreaterThan(10_000);
	// reading down the page, a step at a time
	const place = Math.round(height * 0.7);
	for (let y = 2000; y < place; y += 4000) await scrollToY(page, y);
	await scrollToY(page, place);
	const reading = await partOnScreen(page);
	expect(reading).toBeTruthy();
	// then up to the header, a step at a time too
	for (let y = place - 3000; y > 0; y -= 3000) await scrollToY(page, y);
	await scrollToY(page, 0);

	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/en\/choosing\//);
	await page.goBack();
	await expect(page).toHaveURL(/\/fr\/choisir\/$/);
	await near(page, place);
	expect(await partOnScreen(page)).toBe(reading);

	// the browser keeps it from there: forward and back again, the same place
	await page.goForward();
	await expect(page).toHaveURL(/\/en\/choosing\//);
	await page.goBack();
	await near(page, place);
});

test('the place is where the reader last read on, not the furthest they went', async ({ page }) => {
	await openHydrated(page, '/fr/choisir/');
	for (const y of [2000, 5000, 8000]) await scrollToY(page, y);
	// up a little to read a passage again, and on from there
	await scrollToY(page, 6000);
	await scrollToY(page, 6500);
	for (const y of [4000, 1000, 0]) await scrollToY(page, y);
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/en\/choosing\//);
	await page.goBack();
	await near(page, 6500);
});
