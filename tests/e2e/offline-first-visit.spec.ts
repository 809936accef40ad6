import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { ownSite, type OwnSite } from './own-site';

// A first visit whose connection drops while the offline worker is being set up (review patient D11): the
// worker's script, or one file of the site it downloads, never arrives. The site must not say it is
// available offline, and must set the worker up when the connection comes back, or on the next page.

test.use({ serviceWorkers: 'allow' });
// the worker's install downloads the whole site (~250 files): seconds on a busy two-core machine
test.setTimeout(90_000);

const status = (page: Page) => page.locator('.site-header .offline-status');
/** whether a worker is active: it only is once it holds the whole site */
const active = (page: Page) =>
	page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.active);
/** no worker installing, waiting or active: nothing set up, nothing under way */
const noWorker = (page: Page) =>
	page.evaluate(async () => {
		const registration = await navigator.serviceWorker.getRegistration();
		return !registration?.installing && !registration?.waiting && !registration?.active;
	});

/** The phone loses its connection and gets it back: the page hears 'offline', then 'online'. */
async function connectionBack(context: BrowserContext) {
	await context.setOffline(true);
	await context.setOffline(false);
}

let site: OwnSite;
test.beforeEach(async () => {
	site = await ownSite();
});
test.afterEach(() => site.stop());

test('the worker’s script lost: nothing claimed, set up once the connection is back', async ({
	page,
	context
}) => {
	site.drop.add('/service-worker.js');
	await page.goto(`${site.url}/fr/`);
	await expect.poll(() => site.dropped.get('/service-worker.js') ?? 0).toBeGreaterThan(0);
	await expect.poll(() => noWorker(page)).toBe(true);
	await expect(status(page)).not.toContainText('hors ligne');

	site.drop.clear();
	await connectionBack(context);
	await expect.poll(() => active(page), { timeout: 60_000 }).toBe(true);
	await expect(status(page)).toHaveText('Disponible hors ligne');
});

test('a file of the site lost while caching it: nothing claimed, set up once the connection is back', async ({
	page,
	context
}) => {
	// a page this visit never opens: only the worker's install asks for it
	const missing = '/en/references/';
	site.drop.add(missing);
	await page.goto(`${site.url}/en/`);
	await expect.poll(() => site.dropped.get(missing) ?? 0, { timeout: 60_000 }).toBeGreaterThan(0);
	// the install failed: no worker is left, and the page does not say it is available offline
	await expect.poll(() => noWorker(page), { timeout: 60_000 }).toBe(true);
	await expect(status(page)).not.toContainText('offline');

	site.drop.clear();
	await connectionBack(context);
	await expect.poll(() => active(page), { timeout: 60_000 }).toBe(true);
	await expect(status(page)).toHaveText('Available offline');

	// and it is true: with the server gone and the browser offline, another page opens
	await site.stop();
	await context.setOffline(true);
	const other = await page.goto(`${site.url}/fr/glossaire/`);
	expect(other?.fromServiceWorker()).toBe(true);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a file lost while caching it: the next page opened sets the worker up', async ({ page }) => {
	const missing = '/en/references/';
	site.drop.add(missing);
	await page.goto(`${site.url}/en/`);
	await expect.poll(() => site.dropped.get(missing) ?? 0, { timeout: 60_000 }).toBeGreaterThan(0);
	await expect.poll(() => noWorker(page), { timeout: 60_000 }).toBe(true);

	site.drop.clear();
	await page.goto(`${site.url}/en/glossary/`);
	await expect.poll(() => active(page), { timeout: 60_000 }).toBe(true);
	await expect(status(page)).toHaveText('Available offline');
});
