import { expect, test, type Page } from '@playwright/test';
import { openHydrated, openSettled } from './site';

// A figure whose code cannot be loaded or run (the connection lost, a browser too old for the site's script)
// stays at its prerendered step, as without JavaScript, and says so where its controls would be: without the
// note, a reader saw a still drawing and no controls, and no reason why.

/** One island's code cannot be fetched, recognised by what only it writes (`marker`); every other script can. */
async function blockChunksThatWrite(page: Page, marker: string) {
	await page.route('**/_app/immutable/chunks/*.js', async (route) => {
		const response = await route.fetch();
		if ((await response.text()).includes(marker)) return route.abort();
		return route.fulfill({ response });
	});
}

// the note lies over the controls' room and takes none of its own (player.css): its paragraph is what is seen
const note = (scene: string) => `figure.scene[data-scene="${scene}"] .scene-unstarted p`;
/** the note that says, while the figure's code is on its way, that it will play */
const coming = (scene: string) => `figure.scene[data-scene="${scene}"] .scene-starting p`;

// On a slow phone (400 ms a request) a figure's controls came 8 s after its drawing: their empty room, under
// a still drawing, looked like a broken page. It now says the figure is on its way, and only that long.
test('while a figure’s code is on its way, its still frame says it will play in a moment', async ({
	page
}) => {
	let letGo = () => {};
	const held = new Promise<void>((resolve) => (letGo = resolve));
	await page.route('**/_app/immutable/chunks/*.js', async (route) => {
		const response = await route.fetch();
		if ((await response.text()).includes('data-wake')) await held; // the figure's own island
		return route.fulfill({ response });
	});
	await page.goto('/fr/scenes/trpv1/', { waitUntil: 'commit' });
	await expect(page.locator('html')).toHaveAttribute('data-islands', 'started');
	await expect(page.locator(coming('trpv1'))).toBeVisible();
	await expect(page.locator(coming('trpv1'))).toContainText('elle s’animera dans un instant');
	await expect(page.locator(note('trpv1'))).toBeHidden();
	letGo();
	await expect(page.locator('figure.scene[data-awake="true"]')).toBeVisible();
	await expect(page.locator(coming('trpv1'))).toHaveCount(0);
});

test('without JavaScript, a still figure does not say it is coming', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/en/scenes/trpv1/');
	await expect(page.locator('figure.scene .noscript-note')).toBeVisible();
	await expect(page.locator(coming('trpv1'))).toBeHidden();
	await context.close();
});

test('a page whose script cannot run keeps its figure still and says why, with a link to its steps in words', async ({
	page
}) => {
	await page.goto('/en/scenes/k2p/');
	await expect(page.locator('figure.scene[data-awake="true"]')).toBeVisible();
	await expect(page.locator(note('k2p'))).toBeHidden();

	await page.route('**/_app/islands.js', (route) => route.abort());
	await page.goto('/en/scenes/k2p/');
	await expect(page.locator('html')).toHaveAttribute('data-islands', 'failed');
	const unstarted = page.locator(note('k2p'));
	await expect(unstarted).toBeVisible();
	await expect(unstarted).toContainText('could not start');
	await unstarted.getByRole('link', { name: 'Every step, in words' }).click();
	await expect(page).toHaveURL(/\/en\/scenes\/k2p\/#steps$/);
	await expect(page.locator('figure.scene[data-awake="true"]')).toHaveCount(0);
});

test('a browser too old for the site’s script keeps the figure still and says why', async ({ page }) => {
	// one that runs no JavaScript modules (before 2017-18)…
	await page.addInitScript(() => delete (HTMLScriptElement.prototype as { noModule?: boolean }).noModule);
	await page.goto('/en/scenes/k2p/');
	await expect(page.locator('html')).toHaveAttribute('data-islands', 'failed');
	await expect(page.locator(note('k2p'))).toContainText('could not start');
	await expect(page.locator('figure.scene[data-awake="true"]')).toHaveCount(0);
});

test('a browser that cannot parse the site’s script says so too', async ({ page }) => {
	// …or one that fetches the islands' script but cannot parse it (syntax newer than the browser)
	await page.route('**/_app/islands.js', (route) =>
		route.fulfill({ contentType: 'text/javascript', body: 'const x = ;' })
	);
	await page.goto('/fr/labo/');
	await expect(page.locator('html')).toHaveAttribute('data-islands', 'failed');
	await expect(page.locator('[data-lab] .tool-unstarted')).toBeVisible();
});

test('a figure whose code cannot be fetched when it wakes says so; the page and its text stay', async ({
	page,
	context
}) => {
	// every request done (the first figure's code included) before the connection goes
	await openSettled(page, '/fr/glucopuncture/');
	await context.setOffline(true);
	const pump = page.locator('figure.scene[data-scene="pump"]');
	await pump.scrollIntoViewIfNeeded();
	await expect(pump).toHaveAttribute('data-wake', 'failed');
	await expect(page.locator(note('pump'))).toBeVisible();
	await expect(page.locator(note('pump'))).toContainText('n’a pas pu démarrer');
	await expect(page.locator(coming('pump'))).toBeHidden();
	await expect(pump).toHaveAttribute('data-awake', 'false');
	// the prerendered frame is still there to read (in the one of its two arrangements that fits)
	await expect(pump.getByRole('img').filter({ visible: true })).toHaveCount(1);
});

test('a figure whose part of the page cannot start says so, and the rest of the page works', async ({
	page
}) => {
	await blockChunksThatWrite(page, 'data-wake'); // the figure's own island
	await page.goto('/en/scenes/trpv1/');
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
	await expect(page.locator(note('trpv1'))).toBeVisible();
	await expect(page.locator(note('trpv1'))).toContainText('could not start');
	await expect(page.locator(coming('trpv1'))).toBeHidden();
	// only that island was left as prerendered: the page's others took over
	await expect(page.locator('[data-hydration="failed"]')).toHaveCount(1);
});

test('offline before the site was kept, Share and Embed say they cannot open, instead of doing nothing', async ({
	page,
	context
}) => {
	await openHydrated(page, '/en/scenes/k2p/');
	await expect(page.locator('figure.scene[data-awake="true"]')).toBeVisible();
	await context.setOffline(true);
	const options = page.locator('figure.scene .player-controls .options');
	await options.getByRole('button', { name: 'Share' }).click();
	await expect(options.getByRole('status').filter({ hasText: 'could not open' })).toBeVisible();
	await expect(page.getByRole('dialog')).toHaveCount(0);
	await options.getByRole('button', { name: 'Embed' }).click();
	await expect(options.getByRole('status').filter({ hasText: 'could not open' })).toHaveCount(2);
	// back online, the page reloaded as the words say (a browser keeps a failed import failed), Share opens
	await context.setOffline(false);
	await page.reload();
	await expect(page.locator('figure.scene[data-awake="true"]')).toBeVisible();
	await options.getByRole('button', { name: 'Share' }).click();
	await expect(page.getByRole('dialog', { name: 'Take this figure home' })).toBeVisible();
});

test('offline before the site was kept, a consultation’s “Share this sequence” says it cannot open', async ({
	page,
	context
}) => {
	// its words and its dialog load when pressed: offline, neither comes, and the clinician is told why
	await openHydrated(page, '/fr/consultation/?s=trpv1,k2p');
	await expect(page.locator('figure.scene[data-awake="true"]')).toBeVisible();
	await context.setOffline(true);
	await page.getByRole('button', { name: 'Partager cette séquence (lien, code QR)' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'la connexion est perdue' })).toBeVisible();
	await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('offline before the site was kept, a consultation’s figure that cannot start says so, and the clicker moves past it', async ({
	page,
	context
}) => {
	await openHydrated(page, '/en/consultation/?s=trpv1,k2p,cushion');
	await expect(page.locator('figure.scene[data-awake="true"]')).toBeVisible();
	await context.setOffline(true);
	await page.getByRole('button', { name: 'Next figure' }).click();
	const now = page.locator('#consultation-now');
	await expect(now).toHaveText(/^Figure 2 of 3/);
	// no still frame to fall back on here: the page says why the figure is missing, where it would be
	await expect(page.locator('figure.scene[data-scene="k2p"]')).toHaveAttribute('data-wake', 'failed');
	await expect(page.locator('.figure-failed')).toBeVisible();
	await expect(page.locator('.figure-failed')).toContainText('could not start');
	// right under the sequence's buttons, not below the empty box of the figure it replaces
	const gap = await page.evaluate(
		() =>
			document.querySelector('.figure-failed')!.getBoundingClientRect().top -
			document.querySelector('.sequence-nav')!.getBoundingClientRect().bottom
	);
	expect(gap).toBeLessThan(30);
	// a clicker's Page Down and Page Up still move through the sequence (once each figure has failed: a key
	// pressed while a figure wakes is kept for it)
	const failed = (scene: string) => page.locator(`figure.scene[data-scene="${scene}"][data-wake="failed"]`);
	await page.keyboard.press('PageDown');
	await expect(now).toHaveText(/^Figure 3 of 3/);
	await expect(failed('cushion')).toBeAttached();
	await page.keyboard.press('PageUp');
	await expect(now).toHaveText(/^Figure 2 of 3/);
	await expect(failed('k2p')).toBeAttached();
	await page.keyboard.press('PageUp');
	await expect(now).toHaveText(/^Figure 1 of 3/);
	// a figure that starts (its code kept by the browser) hides the note
	await expect(page.locator('figure.scene[data-scene="trpv1"][data-awake="true"]')).toBeVisible();
	await expect(page.locator('.figure-failed')).toBeHidden();
});

test('a clicker pressed while a consultation’s figure is still trying to start is not lost when it fails', async ({
	page
}) => {
	// every request done before the ones held below
	await openSettled(page, '/en/consultation/?s=trpv1,k2p,cushion');
	await expect(page.locator('figure.scene[data-awake="true"]')).toBeVisible();
	// the next figures' code is slow to come, then cannot be had (a connection that drops)
	let letFail = () => {};
	const failing = new Promise<void>((resolve) => (letFail = resolve));
	await page.route('**/_app/immutable/**', async (route) => {
		await failing;
		await route.abort('internetdisconnected');
	});
	const now = page.locator('#consultation-now');
	await page.getByRole('button', { name: 'Next figure' }).click();
	await expect(now).toHaveText(/^Figure 2 of 3/);
	// pressed while the second figure tries: held for it
	await page.keyboard.press('PageDown');
	letFail();
	// when it fails, that press moves on, to the third
	await expect(now).toHaveText(/^Figure 3 of 3/);
	await expect(page.locator('figure.scene[data-scene="cushion"][data-wake="failed"]')).toBeAttached();
	await expect(page.locator('.figure-failed')).toBeVisible();
});

// The tools: each says that it could not start, what it still shows, and its fields look as inert as they are
const tools = [
	{
		path: '/en/glucopuncture/',
		tool: '.dose',
		says: 'The calculator could not start',
		field: 'Volume injected'
	},
	{ path: '/fr/labo/', tool: '[data-lab]', says: 'Le labo n’a pas pu démarrer', field: /Température/ },
	{ path: '/en/choosing/', tool: 'form.what-matters', says: 'neither kept nor printed', field: null },
	{ path: '/fr/consultation/', tool: 'main', says: 'La consultation n’a pas pu démarrer', field: null }
] as const;

for (const { path, tool, says, field } of tools) {
	test(`${path}: a tool whose script cannot run says so, where a reader would use it`, async ({ page }) => {
		const note = page.locator(`${tool} .tool-unstarted`);
		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
		await expect(note).toBeHidden();

		await page.route('**/_app/islands.js', (route) => route.abort());
		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('data-islands', 'failed');
		await expect(note).toBeVisible();
		await expect(note).toContainText(says);
		if (field) await expect(page.getByLabel(field).first()).toHaveCSS('pointer-events', 'none');
	});
}

test('only the tool whose code cannot be fetched says so; the page’s other parts start', async ({ page }) => {
	await blockChunksThatWrite(page, 'data-lab'); // the lab's own island
	await page.goto('/en/lab/');
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
	await expect(page.locator('[data-hydration="failed"]')).toHaveCount(1);
	await expect(page.locator('[data-lab] .tool-unstarted')).toContainText('The lab could not start');
	// the consultation's note leads to every figure's own page
	await page.unroute('**/_app/immutable/chunks/*.js');
	await page.route('**/_app/islands.js', (route) => route.abort());
	await page.goto('/en/consultation/');
	await page
		.locator('.tool-unstarted')
		.getByRole('link', { name: /own page/ })
		.click();
	await expect(page).toHaveURL('/en/scenes/');
});

test('a tool that throws as it starts (a browser without Array.prototype.flatMap) is left readable, with its note', async ({
	page
}) => {
	// A browser that parses the site's script but lacks a method the lab calls as it starts (Safari before
	// 15.4 lacked .at(), which the lab no longer uses; flatMap came with Safari 12) made the lab throw
	// halfway through taking over its prerendered fields, and the reader was left with an empty space
	await page.addInitScript(() => delete (Array.prototype as { flatMap?: unknown }).flatMap);
	await page.goto('/en/lab/');
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
	// (the header's island throws too: it stays as prerendered, its links working)
	await expect(page.locator('[data-island="membrane-lab"][data-hydration="failed"]')).toHaveCount(1);
	await expect(page.locator('[data-lab] .tool-unstarted')).toContainText('The lab could not start');
	await expect(page.getByLabel(/Temperature/).first()).toBeVisible();
	await expect(page.getByRole('table').first()).toBeVisible();
});

// A browser without IntersectionObserver (Safari before 12.1, 2019) runs the site's script but cannot say when a
// figure comes near: the figures wake at once rather than leave a consultation's stage empty, with no error.
test('a browser without IntersectionObserver still wakes the figures, in a consultation and on a scene page', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.addInitScript(() => delete (window as { IntersectionObserver?: unknown }).IntersectionObserver);
	await page.goto('/fr/consultation/?s=trpv1,pump');
	await expect(page.locator('figure.scene[data-scene="trpv1"][data-awake="true"]')).toBeVisible();
	await page.goto('/en/scenes/k2p/');
	await expect(page.locator('figure.scene[data-scene="k2p"][data-awake="true"]')).toBeVisible();
	// the questions, which wake as the reader nears them, are live too
	await expect(page.locator('section.questions[data-live="true"]')).toBeAttached();
	expect(errors).toEqual([]);
});
