import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { cacheNames, serve, workerReady, type Site } from './new-version';
import { freePort } from './own-site';
import { sceneCases } from './scene-table';
import { accessibilityViolations, noProblems, watch } from './site';

// Offline after one visit (src/service-worker.ts). Each test serves the build itself, on a port of its own,
// so that "offline" is real: the server is stopped *and* the browser is set offline. A worker belongs to an
// origin, so a port of its own also keeps these workers away from every other test.

// The other tests block the worker (playwright.config.ts); these are about it.
test.use({ serviceWorkers: 'allow' });

const status = (page: Page) => page.locator('.site-header .offline-status');

/** No more network: the site's server is gone and the browser is told it is offline. */
async function goOffline(site: Site, context: BrowserContext) {
	await site.stop();
	await context.setOffline(true);
}

test.describe('after one visit, offline', () => {
	let site: Site;
	test.beforeEach(async () => {
		site = await serve('build', await freePort());
	});
	test.afterEach(() => site.stop());

	test('a page in the other language opens, and a scene wakes and steps', async ({ page, context }) => {
		await page.goto(`${site.url}/fr/`);
		await expect(await workerReady(page)).toBe(true);
		// the header says so, politely, the first time
		await expect(status(page)).toHaveText('Disponible hors ligne');
		await expect(status(page)).toHaveAttribute('role', 'status');
		expect(await cacheNames(page)).toHaveLength(1);
		expect(await accessibilityViolations(page)).toEqual([]);

		await goOffline(site, context);
		const problems = watch(page, site.url);
		const article = await page.goto(`${site.url}/en/glucopuncture/`);
		expect(article?.fromServiceWorker()).toBe(true);
		expect(article?.status()).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		// already ready when the page opened: shown, not announced again
		await expect(status(page)).toHaveText('Available offline');
		await expect(status(page)).not.toHaveAttribute('role', 'status');

		// a scene page, opened with a step in its address (the worker ignores the query), wakes and steps
		const { id, steps, names } = sceneCases[0]!;
		await page.goto(`${site.url}/en/scenes/${id}/?step=${steps[1]}`);
		await expect(page.locator('figure.scene[data-awake="true"]')).toBeVisible();
		const stepName = page.locator('.scene-live .scene-now .scene-step-name');
		await expect(stepName).toHaveText(names.en[1]!);
		await page.keyboard.press('PageDown');
		await expect(stepName).toHaveText(names.en[2]!);
		// every file the scene needed came from the cache
		expect(problems).toEqual(noProblems);
	});

	test('an unknown path gets the 404 page; a folder without its slash, or by its index.html, its page', async ({
		page,
		context
	}) => {
		await page.goto(`${site.url}/en/`);
		await workerReady(page);
		await goOffline(site, context);

		const missing = await page.goto(`${site.url}/en/nowhere/`);
		expect(missing?.status()).toBe(404);
		// an English address reads English first (not-found.js, from the cache like any file), French below
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Page not found/);
		await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
		await expect(page.getByRole('link', { name: /English|anglais/i }).first()).toBeVisible();

		await page.goto(`${site.url}/fr/glossaire`);
		await expect(page).toHaveURL(`${site.url}/fr/glossaire/`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');

		// an address some hosts and tools write, which the host serves online
		await page.goto(`${site.url}/fr/scenes/trpv1/index.html?step=sensitised`);
		await expect(page).toHaveURL(`${site.url}/fr/scenes/trpv1/?step=sensitised`);
		await expect(page.locator('figure.scene[data-scene="trpv1"]')).toBeVisible();
	});
});

test('a tablet can install the site: its manifest has no error, its icons load', async ({ page }) => {
	const site = await serve('build', await freePort());
	try {
		await page.goto(`${site.url}/en/`);
		await workerReady(page);
		const cdp = await page.context().newCDPSession(page);
		const { errors, url } = await cdp.send('Page.getAppManifest');
		expect(url).toBe(`${site.url}/manifest.webmanifest`);
		expect(errors).toEqual([]);
		// Playwright's contexts are incognito ones, where Chromium installs nothing: that one is the browser's
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito')).toEqual(
			[]
		);
		for (const size of [192, 512]) {
			const icon = await page.request.get(`${site.url}/icon-${size}.png`);
			expect(icon.headers()['content-type']).toBe('image/png');
			const png = await icon.body();
			// a PNG's IHDR: width and height, big-endian, at bytes 16 and 20
			expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
		}
	} finally {
		await site.stop();
	}
});

test.describe('a new deployment', () => {
	// A second build, made from build/: one page's text changed, and a new version (in service-worker.js and
	// version.json, as every build has). Both are served in turn on one port: a worker belongs to its origin.
	let next: string;
	const marker = 'Version deux';
	test.beforeAll(async () => {
		next = await mkdtemp(join(tmpdir(), 'offline-next-'));
		await cp('build', next, { recursive: true });
		const changed = [
			join(next, 'fr', 'index.html'),
			join(next, 'service-worker.js'),
			join(next, '_app', 'version.json')
		];
		const { version } = JSON.parse(await readFile(changed[2]!, 'utf8')) as { version: string };
		const html = await readFile(changed[0]!, 'utf8');
		await writeFile(changed[0]!, html.replace('</h1>', ` · ${marker}</h1>`));
		for (const file of changed.slice(1))
			await writeFile(file, (await readFile(file, 'utf8')).replaceAll(version, `${version}1`));
		// the host would serve its precompressed copies first: they are of the old files
		for (const file of changed) for (const suffix of ['.br', '.gz']) await rm(file + suffix, { force: true });
	});
	test.afterAll(() => rm(next, { recursive: true, force: true }));

	test('replaces the cache once the old version’s tabs are closed, never mixing the two', async ({
		context
	}) => {
		// three visits, each caching the whole site
		test.setTimeout(90_000);
		const port = await freePort();
		const heading = (page: Page) => page.getByRole('heading', { level: 1 });

		// the first visit, to the deployed version
		let site = await serve('build', port);
		let page = await context.newPage();
		await page.goto(`${site.url}/fr/`);
		await workerReady(page);
		const [first] = await cacheNames(page);
		await page.close();

		// a new version is deployed; the next visit still opens the old one whole, while the new worker
		// fills its own cache beside the old
		await site.stop();
		site = await serve(next, port);
		try {
			page = await context.newPage();
			await page.goto(`${site.url}/fr/`);
			await expect(heading(page)).not.toContainText(marker);
			// (the new worker is waiting once it has downloaded the whole site, as the first one did before
			// workerReady: ~250 files, seconds on a busy two-core machine, so the default 5 s is too short)
			await expect
				.poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting), {
					timeout: 30_000
				})
				.toBe(true);
			const both = await cacheNames(page);
			expect(both).toHaveLength(2);
			expect(both).toContain(first);
			const second = both.find((name) => name !== first)!;
			await page.close();

			// every tab closed: the new worker takes over, the old cache is gone, the page is the new one
			await expect(async () => {
				const fresh = await context.newPage();
				try {
					await fresh.goto(`${site.url}/fr/`);
					expect(await cacheNames(fresh)).toEqual([second]);
					await expect(heading(fresh)).toContainText(marker, { timeout: 1000 });
				} finally {
					await fresh.close();
				}
			}).toPass({ timeout: 15_000 });

			// and offline, it is the new version that opens
			page = await context.newPage();
			await page.goto(`${site.url}/en/`);
			await workerReady(page);
			await goOffline(site, context);
			await page.goto(`${site.url}/fr/`);
			await expect(heading(page)).toContainText(marker);
		} finally {
			await site.stop();
		}
	});
});
