import { expect, test, type Locator, type Page } from '@playwright/test';
import { ownSite, type OwnSite } from './own-site';

// A phone with its text size set large (review patient D9): page text at 32 px on 320 and 360 px screens.
// The skip link, out of sight until focused, must not lie over the site's name; "Available offline", on
// the header's rule, must not lie over the Menu button or the language link.

// "Disponible hors ligne" shows once the offline worker holds the site: it is allowed here, on a server of
// this test's own (the other tests block it)
test.use({ serviceWorkers: 'allow' });
test.setTimeout(90_000);

type Box = { x: number; y: number; width: number; height: number };
const box = async (locator: Locator) => (await locator.boundingBox()) as Box;
const overlap = (a: Box, b: Box) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** the browser's own text size setting, as a phone's accessibility settings make it */
async function textSize(page: Page, px: number) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Page.enable');
	await cdp.send('Page.setFontSizes', { fontSizes: { standard: px, fixed: Math.round(px * 0.8) } });
}

let site: OwnSite;
test.beforeAll(async () => {
	site = await ownSite();
});
test.afterAll(() => site.stop());

test('text at 32 px on a phone: skip link and "available offline" cover nothing of the header', async ({
	page
}) => {
	await textSize(page, 32);
	await page.goto(`${site.url}/fr/`);
	await page.evaluate(() => navigator.serviceWorker.ready);
	const paths = [
		'/fr/consultation/patient/?s=trpv1,k2p,pump,hydrodissection,needle-depth,cushion',
		'/fr/choisir/',
		'/en/choosing/'
	];
	for (const width of [320, 360]) {
		await page.setViewportSize({ width, height: width === 320 ? 640 : 740 });
		for (const path of paths) {
			await page.goto(`${site.url}${path}`);
			const where = `${path} at ${width} px`;
			const header = page.locator('.site-header');
			const status = header.locator('.offline-status');
			await expect(status).toHaveText(/Disponible hors ligne|Available offline/);

			const skip = await box(page.locator('.skip-link'));
			const name = await box(header.locator('.site-name'));
			expect(overlap(skip, name), `${where}: the skip link lies over the site's name`).toBe(false);
			// and it is out of sight, not merely beside the name
			expect(skip.y + skip.height, where).toBeLessThanOrEqual(0);

			const words = await box(status);
			for (const [what, other] of [
				['Menu button', header.locator('.menu summary')],
				['language link', header.locator('.language-switch a')],
				['site name', header.locator('.site-name')],
				['heading', page.getByRole('heading', { level: 1 })]
			] as const) {
				expect(overlap(words, await box(other)), `${where}: "available offline" over the ${what}`).toBe(
					false
				);
			}
			// on the screen, not cut at its edge
			expect(words.x, where).toBeGreaterThanOrEqual(0);
			expect(words.x + words.width, where).toBeLessThanOrEqual(width);
		}
	}
	// focused, the skip link comes into sight
	await page.keyboard.press('Tab');
	await expect(page.locator('.skip-link')).toBeFocused();
	expect((await box(page.locator('.skip-link'))).y).toBeGreaterThanOrEqual(0);
});
