import { expect, test, type Browser, type Page } from '@playwright/test';
import { framesPass, openHydrated } from './site';

// A reader steps through the TRPV1 story of the glucopuncture article (by hand on a phone, by reading on a
// wide screen) and switches language: the other language's page opens the story at the same step, not at its
// start.
const story = '.scene-story[data-story="trpv1"]';
const stepName = `${story} .scene-live .scene-now .scene-step-name`;

/** a fresh page, a phone's or a wide screen's, with no motion to wait for */
async function readerAt(browser: Browser, width: 390 | 1280) {
	const context = await browser.newContext({
		viewport: { width, height: width === 390 ? 800 : 900 },
		reducedMotion: 'reduce'
	});
	return { context, page: await context.newPage() };
}

async function bringToMiddle(page: Page, step: string) {
	await page.locator(`${story} .story-step[data-step="${step}"]`).evaluate((el) => {
		const box = el.getBoundingClientRect();
		window.scrollBy(0, box.top + box.height / 2 - window.innerHeight / 2);
	});
}

test('on a phone, the step the reader stepped the story to is the step it opens at in the other language', async ({
	browser
}) => {
	const { context, page } = await readerAt(browser, 390);
	await openHydrated(page, '/fr/glucopuncture/');
	const figure = page.locator(`${story} figure.scene`);
	await figure.scrollIntoViewIfNeeded();
	await expect(figure).toHaveAttribute('data-awake', 'true');
	await expect(page.locator(stepName)).toHaveText('Au repos');
	for (const name of ['Le stimulus arrive', 'Les canaux s’ouvrent']) {
		await figure.locator('button.next').click();
		await expect(page.locator(stepName)).toHaveText(name);
	}
	await framesPass(page, 2);
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/en\/glucopuncture\//);
	const there = page.locator(`${story} figure.scene`);
	await there.scrollIntoViewIfNeeded();
	await expect(there).toHaveAttribute('data-awake', 'true');
	await expect(page.locator(stepName)).toHaveText('Channels open');
	// a step it has is nothing to remark on
	await expect(page.locator(`${story} .address-notes`)).toHaveCount(0);
	await context.close();
});

test('on a wide screen, the step being read is the step the other language opens at, beside its text', async ({
	browser
}) => {
	const { context, page } = await readerAt(browser, 1280);
	await openHydrated(page, '/en/glucopuncture/');
	await bringToMiddle(page, 'sensitised');
	await expect(page.locator(stepName)).toHaveText('The same, sensitised');
	await framesPass(page, 2);
	await page.getByRole('link', { name: 'Français' }).click();
	await expect(page).toHaveURL(/\/fr\/glucopuncture\//);
	await expect(page.locator(stepName)).toHaveText('La même, sensibilisée');
	await expect(page.locator(`${story} .story-step[data-step="sensitised"]`)).toBeInViewport();
	await expect(page.locator(`${story} figure.scene`)).toBeInViewport();
	await context.close();
});

test('a step the story lacks, carried across, is still said in the other language, and the story opens at its start', async ({
	browser
}) => {
	const { context, page } = await readerAt(browser, 390);
	await openHydrated(page, '/en/glucopuncture/?trpv1.step=nowhere');
	await page.getByRole('link', { name: 'Français' }).click();
	await expect(page).toHaveURL(/\/fr\/glucopuncture\//);
	const figure = page.locator(`${story} figure.scene`);
	await figure.scrollIntoViewIfNeeded();
	await expect(page.locator(stepName)).toHaveText('Au repos');
	await expect(page.locator(`${story} .address-notes`)).toContainText('«\u00a0nowhere\u00a0»');
	await context.close();
});
