import { expect, test, type Page } from '@playwright/test';
import { hoverDockedTerm } from './site';

// A definition docked at the bottom of a narrow window, away from its word: a slow mouse on its way to it
// (often a reader zoomed to 200 %) keeps it however long the trip takes; resting, or going elsewhere, a second
// lets it close. The page's clock is the test's.
test.use({ viewport: { width: 600, height: 900 } });

async function hoverTerm(page: Page, path: string) {
	const { tip, word, bubble } = await hoverDockedTerm(page, path);
	const from = { x: word.x + word.width / 2, y: word.y + word.height / 2 };
	// down the window's margin, left of the text: over no other term, whose own definition would show instead
	return { tip, from, to: { x: bubble.x + 4, y: bubble.y + 10 } };
}

for (const path of ['/fr/glucopuncture/', '/en/glucopuncture/']) {
	test(`${path} at 600 px: a mouse that takes 2.4 s to reach the docked definition finds it there`, async ({
		page
	}) => {
		const { tip, from, to } = await hoverTerm(page, path);
		// off the word into the margin, then eight moves down, 300 ms apart: 2.4 s on the way
		for (let i = 0; i <= 8; i++) {
			await page.mouse.move(to.x, from.y + ((to.y - from.y) * i) / 9);
			await page.clock.runFor(300);
			await expect(tip).toBeVisible();
		}
		await page.mouse.move(to.x, to.y);
		await page.clock.runFor(3000);
		await expect(tip).toBeVisible();
		// Escape still closes it
		await page.keyboard.press('Escape');
		await expect(tip).toBeHidden();
	});

	test(`${path} at 600 px: a mouse that stops on the way, or goes elsewhere, lets it close a second later`, async ({
		page
	}) => {
		const { tip, from, to } = await hoverTerm(page, path);
		await page.mouse.move(to.x, from.y);
		await page.mouse.move(to.x, (from.y + to.y) / 2, { steps: 4 });
		await page.clock.runFor(600);
		await expect(tip).toBeVisible();
		await page.clock.runFor(600);
		await expect(tip).toBeHidden();
		// back on the word, then away from the definition, upwards, slowly
		await page.mouse.move(from.x, from.y);
		await expect(tip).toBeVisible();
		await page.mouse.move(to.x, from.y);
		for (let i = 1; i <= 4; i++) {
			await page.mouse.move(to.x, from.y - 50 * i);
			await page.clock.runFor(300);
		}
		await expect(tip).toBeHidden();
	});
}
