import { expect, test } from '@playwright/test';
import { holdFigureWake } from './site';

// A link to a figure's step (?step=…) opens its page with the still frame, which is prerendered at the first
// step. Until the figure wakes at the step linked, the reader must not be shown another step as the one the
// link names (QA review D4: « Trois Na⁺ se fixent » for a second on a slow phone, then « Sans glucose »):
// the drawing is faded and the step's words are not shown; the note says the figure is on its way.

const figure = 'figure.scene[data-scene="pump"]';

test('a link to a later step: no other step’s name is shown while the figure wakes, then the step linked is', async ({
	page
}) => {
	const wake = await holdFigureWake(page);
	await page.goto('/fr/scenes/pump/?step=fuel-cut');
	// the page's islands have started, the figure's among them, watching for its turn to wake
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const still = page.locator(`${figure} .scene-still`);
	await expect(still.locator('.scene-now .scene-step-name')).toBeHidden();
	await expect(page.getByText('Trois Na⁺ se fixent', { exact: true }).first()).toBeHidden();
	expect(
		Number(await still.locator('.scene-stage').evaluate((stage) => getComputedStyle(stage).opacity))
	).toBeLessThan(0.5);
	await expect(page.locator(`${figure} .starting-note`)).toBeVisible();
	await wake();
	await expect(page.locator(figure)).toHaveAttribute('data-awake', 'true');
	const live = page.locator(`${figure} .scene-live`);
	await expect(live.locator('.scene-now .scene-step-name')).toHaveText('Sans glucose');
	expect(
		Number(await live.locator('.scene-stage').evaluate((stage) => getComputedStyle(stage).opacity))
	).toBe(1);
});

test('a figure’s page without a step keeps its still frame whole while it wakes', async ({ page }) => {
	await holdFigureWake(page);
	await page.goto('/en/scenes/pump/');
	await expect(page.locator('html')).toHaveAttribute('data-islands', 'started');
	const still = page.locator(`${figure} .scene-still`);
	await expect(still.locator('.scene-now .scene-step-name')).toBeVisible();
	expect(
		Number(await still.locator('.scene-stage').evaluate((stage) => getComputedStyle(stage).opacity))
	).toBe(1);
});

test('a link to a step whose figure cannot start shows the still frame whole, with the note that says so', async ({
	page
}) => {
	await page.route('**/_app/islands.js', (route) => route.abort());
	await page.goto('/en/scenes/pump/?step=fuel-cut');
	await expect(page.locator('html')).toHaveAttribute('data-islands', 'failed');
	const still = page.locator(`${figure} .scene-still`);
	await expect(still.locator('.scene-now .scene-step-name')).toBeVisible();
	expect(
		Number(await still.locator('.scene-stage').evaluate((stage) => getComputedStyle(stage).opacity))
	).toBe(1);
	await expect(page.locator(`${figure} .unstarted-note`)).toBeVisible();
});
