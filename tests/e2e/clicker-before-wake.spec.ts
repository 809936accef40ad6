import { expect, test } from '@playwright/test';
import { sceneCases } from './scene-table';
import { holdFigureWake, holdIslandsScript } from './site';

// A clinician opens a figure's page and presses the clicker at once: the figure is still waking (its code
// loads once the page has painted). The press used to scroll the page under the still frame and be lost;
// it is now kept for the figure, which steps once it is live.
const trpv1 = sceneCases.find((scene) => scene.id === 'trpv1')!;

test('a clicker press made while the figure wakes steps the figure, and does not scroll the page', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 700 });
	// the figure wakes only when the test says: it stands for a slow phone's wait
	const wake = await holdFigureWake(page);
	await page.goto('/en/scenes/trpv1/');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(page.locator('figure.scene')).toHaveAttribute('data-awake', 'false');

	await page.keyboard.press('PageDown');
	await page.keyboard.press('PageDown');
	expect(await page.evaluate(() => scrollY)).toBe(0);

	await wake();
	await expect(page.locator('figure.scene')).toHaveAttribute('data-awake', 'true');
	await expect(page.locator('.scene-live .scene-now .scene-step-name')).toHaveText(trpv1.names.en[2]!);
	expect(await page.evaluate(() => scrollY)).toBe(0);
});

test('a clicker press made before the page’s script has even loaded is kept for the figure too', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 700 });
	const letGo = await holdIslandsScript(page);
	await page.goto('/en/scenes/trpv1/', { waitUntil: 'commit' });
	await expect(page.locator('figure.scene[data-global-keys]')).toBeAttached();
	await expect(page.locator('html')).not.toHaveAttribute('data-islands', /.+/);
	await page.keyboard.press('PageDown');
	await page.keyboard.press('PageDown');
	expect(await page.evaluate(() => scrollY)).toBe(0);

	letGo();
	await expect(page.locator('figure.scene')).toHaveAttribute('data-awake', 'true');
	await expect(page.locator('.scene-live .scene-now .scene-step-name')).toHaveText(trpv1.names.en[2]!);
	expect(await page.evaluate(() => scrollY)).toBe(0);
	// the keys are the figure's now, as they are on its page: the page does not scroll under it either
	await page.keyboard.press('PageUp');
	await expect(page.locator('.scene-live .scene-now .scene-step-name')).toHaveText(trpv1.names.en[1]!);
});

test('where no figure takes the page’s keys, a press before the script loads scrolls the page as ever', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 700 });
	const letGo = await holdIslandsScript(page);
	await page.goto('/en/glucopuncture/', { waitUntil: 'commit' });
	await expect(page.locator('.scene-static').first()).toBeAttached();
	await page.keyboard.press('PageDown');
	await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
	letGo();
});
