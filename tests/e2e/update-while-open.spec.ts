import { expect, test, type Page } from '@playwright/test';
import { newVersionOf, serve, workerReady, type NewVersion } from './new-version';
import { freePort } from './own-site';

// A page left open all day (the consultation room's tab, presented from the morning) hears of a new version of
// the site without being reloaded: it asks for one every hour while it is shown
// (src/lib/components/OfflineStatus.svelte). Before, only a page that loaded asked, and a tab never reloaded
// showed the old words until it was.

test.use({ serviceWorkers: 'allow' });
// the new worker caches the whole site (~250 files): seconds on a busy two-core machine
test.setTimeout(120_000);

let next: NewVersion;
test.beforeAll(async () => {
	next = await newVersionOf('build', 'Version deux');
});
test.afterAll(() => next.remove());

const notice = (page: Page) => page.locator('.site-header .offline-status').getByRole('status');

test('a tab left open hears of a new version within the hour, with no reload', async ({ context }) => {
	const port = await freePort();
	let site = await serve('build', port);
	try {
		const page = await context.newPage();
		await page.clock.install();
		await page.goto(`${site.url}/fr/consultation/?s=trpv1,pump`);
		await workerReady(page);
		const opened = await page.evaluate(() => performance.timeOrigin);

		// the site is updated while the tab stays open, shown, never reloaded
		await site.stop();
		site = await serve(next.dir, port);
		await page.clock.runFor(61 * 60_000);
		await expect(notice(page)).toHaveText('Une nouvelle version du site est prête.', { timeout: 60_000 });
		expect(await page.evaluate(() => performance.timeOrigin)).toBe(opened);
	} finally {
		await site.stop();
	}
});
