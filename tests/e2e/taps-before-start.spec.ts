import { expect, test, type Page } from '@playwright/test';
import { holdIslandsScript } from './site';

// On a slow phone a page paints and can be used seconds before its code arrives. What a reader does in that
// time is kept: each test holds the islands' script back (start.js asks for it once the page has painted),
// acts on the prerendered page, then lets the script through and checks what the reader did is still there.

/** Lets the held script through and waits until the page's islands have started and their effects run. */
async function start(page: Page, release: () => void) {
	release();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

const stored = (page: Page) =>
	page.evaluate(() => JSON.parse(localStorage.getItem('decision-answers-v1') ?? 'null'));

test('an answer ticked on the choosing form before its code arrives is kept and saved, with those kept before', async ({
	page
}) => {
	for (const path of ['/fr/choisir/', '/en/choosing/']) {
		// an answer kept on an earlier visit
		await page.goto(path);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		const items = page.locator('.what-matters [data-value]');
		const [first, second] = [items.nth(0), items.nth(1)];
		const [firstId, secondId] = [
			await first.getAttribute('data-value'),
			await second.getAttribute('data-value')
		];
		await first.locator('input[value="1"]').check();
		await page.unrouteAll();

		const release = await holdIslandsScript(page);
		await page.goto(path, { waitUntil: 'domcontentloaded' });
		await second.locator('input[value="3"]').check();
		await page.locator('.what-matters [data-sure] input[value="no"]').first().check();
		await start(page, release);
		await expect(second.locator('input[value="3"]')).toBeChecked();
		await expect(page.locator('.what-matters [data-sure] input[value="no"]').first()).toBeChecked();
		await expect(first.locator('input[value="1"]')).toBeChecked();
		const kept = await stored(page);
		expect(kept.values).toEqual({ [firstId!]: 1, [secondId!]: 3 });
		expect(Object.values(kept.sure)).toEqual([false]);
		await page.unrouteAll();
		await page.evaluate(() => localStorage.clear());
	}
});

test('a lab value set before its code arrives is taken up: the readout follows and the slider stays', async ({
	page
}) => {
	const release = await holdIslandsScript(page);
	await page.goto('/en/lab/', { waitUntil: 'domcontentloaded' });
	const slider = page.locator('[data-key="Ko"] input[type="range"]');
	await expect(page.locator('output')).toHaveText('−67.2 mV');
	await slider.fill('356'); // 85 % of the track
	const typed = page.locator('[data-key="Nai"] input[type="text"]');
	await typed.fill('20');
	await start(page, release);
	await expect(slider).toHaveValue('356');
	// 356 of 400 stops along 0.1–1000 mM: 10^(−1 + 3.56) = 363 mM
	await expect(page.locator('[data-key="Ko"] input[type="text"]')).toHaveValue('363');
	await expect(typed).toHaveValue('20');
	await expect(page.locator('output')).not.toHaveText('−67.2 mV');
	// and the address holds the case the student set, as for any change
	await expect(page).toHaveURL(/Ko=363/);
	await expect(page).toHaveURL(/Nai=20/);
});

test('values typed in the lab before its code arrives that it cannot use each get their note', async ({
	page
}) => {
	const release = await holdIslandsScript(page);
	await page.goto('/en/lab/', { waitUntil: 'domcontentloaded' });
	await page.locator('[data-key="Nai"] input[type="text"]').fill('abc');
	await page.locator('[data-key="Ko"] input[type="text"]').fill('5000');
	await start(page, release);
	// each field says what it did with what was typed, not only the last one taken up
	await expect(page.locator('[data-key="Nai"] .field-note')).toContainText('abc');
	await expect(page.locator('[data-key="Ko"] .field-note')).toContainText('5000');
	await expect(page.locator('[data-key="Nai"] input[type="text"]')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('[data-key="Ko"] input[type="text"]')).toHaveValue('1000');
});

test('the header menu opened before the page’s code arrives stays open as it starts', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	for (const path of ['/fr/', '/fr/glucopuncture/']) {
		const release = await holdIslandsScript(page);
		await page.goto(path, { waitUntil: 'domcontentloaded' });
		const menu = page.locator('.site-header details');
		await menu.locator('summary').click();
		await expect(menu).toHaveAttribute('open');
		await start(page, release);
		await expect(menu).toHaveAttribute('open');
		await page.unrouteAll();
	}
});

test('“Add” tapped in the consultation before its code arrives does not reload the page, and adds each figure chosen', async ({
	page
}) => {
	const release = await holdIslandsScript(page);
	await page.goto('/fr/consultation/', { waitUntil: 'domcontentloaded' });
	const select = page.locator('form.add select');
	const chosen = await select.locator('option').nth(1).textContent();
	await select.selectOption({ index: 1 });
	// a document loaded again (the form sent as a GET to "?") would be seen as a request for a page
	const loads: string[] = [];
	page.on('request', (request) => void (request.resourceType() === 'document' && loads.push(request.url())));
	await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
	// and a second figure, added before the code arrives too: both are kept, in the order chosen
	const second = await select.locator('option').nth(3).getAttribute('value');
	await select.selectOption({ index: 3 });
	await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
	await start(page, release);
	expect(loads).toEqual([]);
	await expect(page).toHaveURL(new RegExp(`/fr/consultation/\\?s=\\w[\\w-]*,${second}(&|$)`));
	await expect(page.locator('#consultation-now')).toHaveText(/^Figure 1 sur 2/);
	await expect(page.locator('#consultation-now')).toContainText(chosen!.trim());
});

test('the handout’s lines do not move when “print it” becomes a button', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	for (const path of ['/fr/fiche-glucopuncture/', '/en/handout-glucopuncture/']) {
		const release = await holdIslandsScript(page);
		await page.goto(path, { waitUntil: 'domcontentloaded' });
		const hint = page.locator('.print-hint');
		const box = async () => {
			const { y, height } = (await hint.boundingBox())!;
			const next = await page.evaluate(
				() => document.querySelector('.print-hint')!.nextElementSibling?.getBoundingClientRect().y
			);
			return { y, height, next };
		};
		await expect(hint).toBeVisible();
		const before = await box();
		await start(page, release);
		await expect(hint.locator('button')).toBeVisible();
		expect(await box()).toEqual(before);
		await page.unrouteAll();
	}
});
