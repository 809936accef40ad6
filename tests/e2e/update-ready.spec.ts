import { expect, test, type Locator, type Page } from '@playwright/test';
import { newVersionOf, serve, workerReady, workerWaiting, cacheNames, type NewVersion } from './new-version';
import { freePort } from './own-site';
import { sceneCases } from './scene-table';
import { accessibilityViolations, awakeFigure, noProblems, watch } from './site';

// When the site is updated, a page of the old version says a new one is ready, and opens it when the reader
// asks, at the same address (src/lib/offline/update-notice.ts, src/service-worker.ts). A practice that keeps a
// tab open no longer shows its patients the old words for days; and a tab that is presenting is never
// reloaded under the clinician's feet, nor left without its figures' code.

test.use({ serviceWorkers: 'allow' });
// each test caches the whole site (~250 files) twice: seconds on a busy two-core machine
test.setTimeout(120_000);

const marker = 'Version deux';
let next: NewVersion;
test.beforeAll(async () => {
	next = await newVersionOf('build', marker);
});
test.afterAll(() => next.remove());

const ready = 'Une nouvelle version du site est prête.';
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const line = (page: Page) => page.locator('.site-header .offline-status');
const notice = (page: Page) => line(page).getByRole('status');
const switchButton = (page: Page) => line(page).getByRole('button', { name: 'Passer à la nouvelle version' });
const stepName = (page: Page, scene?: string) =>
	(scene ? page.locator(`figure.scene[data-scene="${scene}"]`) : page).locator(
		'.scene-live .scene-now .scene-step-name'
	);
// the new worker has the whole new site once it waits: ~250 files, so more than the default 5 s
const installed = { timeout: 60_000 };
/** The notice covers nothing: it ends above the page's heading, and starts below what the header holds. */
async function coversNothing(page: Page, above: Locator) {
	const notice = (await line(page).boundingBox())!;
	const under = (await heading(page).boundingBox())!;
	const over = (await above.boundingBox())!;
	expect(notice.y + notice.height).toBeLessThanOrEqual(under.y);
	expect(over.y + over.height).toBeLessThanOrEqual(notice.y);
}
const k2p = sceneCases.find((scene) => scene.id === 'k2p')!;
const pump = sceneCases.find((scene) => scene.id === 'pump')!;

test('a new version says it is ready; its button opens it at the same address; a tab of the old one keeps working', async ({
	context
}) => {
	const port = await freePort();
	let site = await serve('build', port);
	try {
		// a figure at its third step, by its address; the first visit sets the site up offline
		const page = await context.newPage();
		const address = `${site.url}/fr/scenes/k2p/?step=${k2p.steps[2]}`;
		await page.goto(address);
		await workerReady(page);
		// another tab of the site, left open on an article whose figure the reader has not reached yet
		const other = await context.newPage();
		const problems = watch(other, site.url);
		await other.goto(`${site.url}/fr/glucopuncture/`);
		await expect(line(other)).toHaveText('Disponible hors ligne');
		await other.evaluate(() => ((window as { openedOnce?: boolean }).openedOnce = true));

		// the site is updated; the clinician reloads: still the old version, and the line says a new one is ready
		await site.stop();
		site = await serve(next.dir, port);
		await page.reload();
		await expect(line(page)).toHaveText('Disponible hors ligne');
		const before = await heading(page).boundingBox();
		await expect(notice(page)).toHaveText(ready, installed);
		await expect(switchButton(page)).toBeVisible();
		await expect(heading(page)).not.toContainText(marker);
		// in place of the offline line: nothing on the page moved, and nothing is covered
		expect(await heading(page).boundingBox()).toEqual(before);
		await coversNothing(page, page.locator('.site-nav'));
		expect(await accessibilityViolations(page)).toEqual([]);
		// the tab left open hears of it too, without a reload
		await expect(notice(other)).toHaveText(ready);

		await switchButton(page).click();
		await expect(heading(page)).toContainText(marker);
		await expect(page).toHaveURL(address);
		await expect(awakeFigure(page)).toBeVisible();
		await expect(stepName(page)).toHaveText(k2p.names.fr[2]!);
		await expect(line(page)).toHaveText('Disponible hors ligne');

		// The other tab was not reloaded: still the old version. Its figure, reached now, wakes and steps,
		// offline and with the browser's own cache emptied: the old version's code, which the new server and
		// the new version's cache do not have, comes from the old version's cache, kept for it.
		expect(await other.evaluate(() => (window as { openedOnce?: boolean }).openedOnce)).toBe(true);
		await expect(heading(other)).not.toContainText(marker);
		await site.stop();
		await context.setOffline(true);
		await (await context.newCDPSession(other)).send('Network.clearBrowserCache');
		const figure = other.locator('figure.scene[data-scene="pump"]');
		await figure.scrollIntoViewIfNeeded();
		await expect(awakeFigure(other, 'pump')).toBeVisible();
		await expect(stepName(other, 'pump')).toHaveText(pump.names.fr[6]!);
		await figure.locator('.scene-stage').click();
		await other.keyboard.press('PageDown');
		await expect(stepName(other, 'pump')).toHaveText(pump.names.fr[7]!);

		// when it suits that tab's reader, its button opens the new version there too, at its address (which
		// holds the figure's step)
		await expect(notice(other)).toHaveText(ready);
		await expect(other).toHaveURL(new RegExp(`\\?pump\\.step=${pump.steps[7]}$`));
		const otherAddress = other.url();
		await switchButton(other).click();
		await expect(heading(other)).toContainText(marker);
		await expect(other).toHaveURL(otherAddress);
		await figure.scrollIntoViewIfNeeded();
		await expect(stepName(other, 'pump')).toHaveText(pump.names.fr[7]!);
		expect(problems).toEqual(noProblems);

		// no page of the old version is left: the next page opened leaves the new version's cache alone
		await expect(async () => {
			await page.goto(`${site.url}/fr/glossaire/`);
			expect(await cacheNames(page)).toHaveLength(1);
		}).toPass({ timeout: 15_000 });
		await expect(heading(page)).toContainText(marker);
	} finally {
		await site.stop();
	}
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	test('offline, with a new version waiting: the page opens, says so, and its button opens the new version', async ({
		page,
		context
	}) => {
		const port = await freePort();
		let site = await serve('build', port);
		try {
			await page.goto(`${site.url}/fr/`);
			await workerReady(page);
			await site.stop();
			site = await serve(next.dir, port);
			await page.reload();
			await expect.poll(() => workerWaiting(page), installed).toBe(true);

			// no more network: the old version opens from its cache, and the notice is there from the start
			await site.stop();
			await context.setOffline(true);
			const problems = watch(page, site.url);
			await page.reload();
			await expect(heading(page)).not.toContainText(marker);
			await expect(notice(page)).toHaveText(ready);
			// the button alone is shown, whose words say it all (the sentence, heard, takes no room), on one line
			// that covers nothing
			await expect(switchButton(page)).toBeVisible();
			expect((await notice(page).boundingBox())!.width).toBeLessThanOrEqual(1);
			await coversNothing(page, page.locator('.site-header summary'));
			// the new version is whole in its own cache: switching needs no network
			await switchButton(page).click();
			await expect(heading(page)).toContainText(marker);
			await expect(line(page)).toHaveText('Disponible hors ligne');
			expect(problems).toEqual(noProblems);
		} finally {
			await site.stop();
		}
	});
});

test.describe('a browser without service workers', () => {
	test.beforeEach(async ({ page }) => {
		await page.addInitScript(() =>
			Object.defineProperty(Navigator.prototype, 'serviceWorker', { value: undefined })
		);
	});

	test('shows no notice and no offline line; the page and its figure work', async ({ page }) => {
		const port = await freePort();
		const site = await serve(next.dir, port);
		try {
			const problems = watch(page, site.url);
			await page.goto(`${site.url}/fr/scenes/k2p/?step=${k2p.steps[1]}`);
			await expect(awakeFigure(page)).toBeVisible();
			await page.keyboard.press('PageDown');
			await expect(stepName(page)).toHaveText(k2p.names.fr[2]!);
			await expect(line(page)).toHaveCount(0);
			await expect(page.getByRole('button', { name: 'Passer à la nouvelle version' })).toHaveCount(0);
			expect(problems).toEqual(noProblems);
		} finally {
			await site.stop();
		}
	});
});
