import { expect, test, type Page } from '@playwright/test';
import { received, startCoursePage } from './course-page';

// A figure in a course page's frame, as a learning technologist puts it there (embed review): presented, it
// keeps the frame its height (the page without the figure, which lies over it while presenting, measured
// short: the frame shrank to 358 px and the course page scrolled away once full screen ended); and a wrong
// embed address, whose not-found page is the whole site's, opens its links in a new tab, not in the frame.

let course: Awaited<ReturnType<typeof startCoursePage>>;
test.beforeAll(async () => {
	course = await startCoursePage();
});
test.afterAll(() => course.close());

const heights = async (page: Page) =>
	((await received(page)) as { type: string; height?: number }[])
		.filter((message) => message.type === 'height')
		.map((message) => message.height!);

test('presented inside a course page’s frame, a figure keeps the frame’s height, before and after', async ({
	page,
	baseURL
}) => {
	await page.setViewportSize({ width: 1000, height: 700 });
	await page.emulateMedia({ reducedMotion: 'reduce' });
	// no allow="fullscreen": presenter mode fills the frame
	await course.open(
		page,
		`<p>Week 3: the nerve ending.</p><iframe src="${baseURL}/fr/embed/k2p/" title="K2P" height="760" style="width: 100%; border: 0"></iframe>`
	);
	const frame = page.frameLocator('iframe');
	await expect(frame.locator('figure.scene[data-awake="true"]')).toBeVisible();
	await expect.poll(async () => (await heights(page)).length).toBeGreaterThan(0);
	const told = await heights(page);
	const before = told[told.length - 1]!;

	await frame.getByRole('button', { name: 'Présenter' }).click();
	const shell = frame.locator('.scene-shell.presenting');
	await expect(shell).toHaveClass(/present-(below|beside)/);
	// two frames drawn in the frame since its layout: a height it told for the presented page has come by now
	await frame
		.locator('body')
		.evaluate(() => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))));
	expect(Math.min(...(await heights(page)).slice(told.length), before)).toBe(before);

	await page.keyboard.press('Escape');
	await expect(shell).toHaveCount(0);
	const after = await heights(page);
	expect(after[after.length - 1]).toBe(before);
});

test('a wrong embed address in a course page’s frame opens the site’s links in a new tab', async ({
	page,
	context,
	baseURL
}) => {
	await course.open(
		page,
		`<iframe src="${baseURL}/en/embed/unknown/" title="A figure" height="760" style="width: 100%; border: 0"></iframe>`
	);
	const frame = page.frameLocator('iframe');
	const home = frame
		.locator('main')
		.getByRole('link', { name: /home|accueil/i })
		.first();
	await expect(home).toBeVisible();
	const opened = context.waitForEvent('page');
	await home.click();
	const tab = await opened;
	await tab.waitForLoadState();
	expect(new URL(tab.url()).pathname).toMatch(/^\/(en|fr)\/$/);
	// the course page still holds its frame on the not-found page
	await expect(frame.locator('main')).toBeVisible();
});
