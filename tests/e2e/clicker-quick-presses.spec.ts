import { expect, test, type Page } from '@playwright/test';
import { listenToCaption } from './presenter-measure';
import { awakeFigure, hydrated } from './site';

// A clinician pages through a figure with a clicker, quicker than its passages run: each press must reach the
// step it asks for promptly (not seconds later, queued behind the movement), and a press at the last step, even
// one still arriving, opens the sequence's next figure. The page's clock is the test's: presses come at the
// spacing a hand gives them, and "promptly" is measured in the page's time, not the machine's.
test.use({ viewport: { width: 1280, height: 800 } });

const presented = (page: Page) => page.locator('.scene-shell.presenting');
const stepOf = (page: Page) => presented(page).locator('.scene-title .scene-step-of');

/** Presents the figure shown, then stops the page's clock: from here on time moves only when the test says. */
async function present(page: Page, address: string, scene: string) {
	await page.clock.install();
	await page.goto(address);
	await hydrated(page);
	await expect(awakeFigure(page, scene)).toBeVisible();
	await page.locator('h1').click();
	await page.keyboard.press('f');
	await expect(presented(page)).toBeVisible();
	await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
}

/** `count` presses of `key`, `gap_ms` apart in the page's time (the last one just pressed). */
async function pressQuickly(page: Page, key: string, count: number, gap_ms: number) {
	for (let i = 0; i < count; i++) {
		if (i > 0) await page.clock.runFor(gap_ms);
		await page.keyboard.press(key);
	}
}

test('/fr/consultation/: five quick Page Downs on K2P reach its step 6 within 1.5 s of the last, said once; five Page Ups come back as quickly', async ({
	page
}) => {
	await present(page, '/fr/consultation/?s=k2p,hydrodissection', 'k2p');
	await expect(stepOf(page)).toHaveText(/Étape 1 sur 6$/);
	const said = await listenToCaption(page);

	await pressQuickly(page, 'PageDown', 5, 600);
	await page.clock.runFor(1500);
	await expect(stepOf(page)).toHaveText(/Étape 6 sur 6$/);
	await expect(presented(page).locator('.scene-now .scene-step-name')).toHaveText('Moins de signaux');
	// the sequence stays on its first figure: five presses, five steps
	await expect(page.locator('#consultation-now')).toContainText('Figure 1 sur 2');
	// a screen reader hears where the run lands, not every step it crosses
	const spoken = await said();
	expect(spoken.length).toBeLessThanOrEqual(2);
	expect(spoken[spoken.length - 1]).toBe(await presented(page).locator('.scene-description').textContent());

	// back, as quickly
	await pressQuickly(page, 'PageUp', 5, 600);
	await page.clock.runFor(1500);
	await expect(stepOf(page)).toHaveText(/Étape 1 sur 6$/);
	await expect(page.locator('#consultation-now')).toContainText('Figure 1 sur 2');
});

test('/fr/consultation/: from hydrodissection’s step 4 of 5, two quick Page Downs open figure 2, presented', async ({
	page
}) => {
	await present(page, '/fr/consultation/?s=hydrodissection:dextrose-in,k2p', 'hydrodissection');
	await expect(stepOf(page)).toHaveText(/Étape 4 sur 5$/);

	await pressQuickly(page, 'PageDown', 2, 400);
	await expect(page.locator('#consultation-now')).toContainText('Figure 2 sur 2');
	// the next figure opens presented once it is drawn (its frames and timers run on the page's clock)
	const k2p = page.locator('figure.scene[data-scene="k2p"] .scene-shell.presenting');
	await expect
		.poll(async () => {
			await page.clock.runFor(100);
			return k2p.count();
		})
		.toBe(1);
	await expect(stepOf(page)).toHaveText(/Étape 1 sur 6$/);
});

test('/en/scenes/k2p/ presented: five quick Page Downs reach step 6 within 1.5 s of the last; a press at the last step finishes it at once', async ({
	page
}) => {
	await present(page, '/en/scenes/k2p/', 'k2p');
	await expect(stepOf(page)).toHaveText(/Step 1 of 6$/);

	await pressQuickly(page, 'PageDown', 5, 600);
	await page.clock.runFor(1500);
	await expect(stepOf(page)).toHaveText(/Step 6 of 6$/);
	await expect(page).toHaveURL(/[?&]step=fewer-signals(&|$)/);

	// from step 5, a press, and another as the figure sets off for step 6: it is there at once
	await page.keyboard.press('PageUp');
	await page.clock.runFor(1500);
	await expect(stepOf(page)).toHaveText(/Step 5 of 6$/);
	await pressQuickly(page, 'PageDown', 2, 100);
	await page.clock.runFor(50);
	await expect(stepOf(page)).toHaveText(/Step 6 of 6$/);
	await expect(presented(page).locator('[role="slider"]').first()).toHaveAttribute('aria-valuenow', '6');
});
