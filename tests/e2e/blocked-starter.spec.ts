import { expect, test, type Page } from '@playwright/test';
import { holdIslandsScript } from './site';

// A proxy or a browser extension that adds `Content-Security-Policy: script-src 'self'` blocks the page's
// inline islands' starter: nothing marks the page started or failed, and every tool looked ready and did
// nothing, with no word why. After a moment (a CSS animation's delay, seeked here) the page now says that its
// tools did not start, as when their code fails, and its controls look as inert as they are. A page whose
// starter runs never shows it, however slowly its islands load; nor does a page without JavaScript.

/** the page's own document answered with the policy a proxy added: its inline scripts do not run */
async function blockInlineScripts(page: Page) {
	await page.route('**/*', async (route) => {
		if (route.request().resourceType() !== 'document') return route.continue();
		const response = await route.fetch();
		await route.fulfill({
			response,
			headers: { ...response.headers(), 'content-security-policy': "script-src 'self'" }
		});
	});
}

/** every CSS animation on the page, paused; `to` seeks them (ms) */
const pauseAnimations = (page: Page) =>
	page.evaluate(() => document.getAnimations().forEach((animation) => animation.pause()));
const seekAnimations = (page: Page, to: number) =>
	page.evaluate((to) => document.getAnimations().forEach((animation) => (animation.currentTime = to)), to);

const opacity = (page: Page, name: string) =>
	page
		.getByRole('button', { name, exact: true })
		.first()
		.evaluate((button) => getComputedStyle(button).opacity);

test('a consultation whose starter is blocked says it did not start, and its dead buttons look so', async ({
	page
}) => {
	await blockInlineScripts(page);
	await page.goto('/fr/consultation/?s=trpv1,k2p');
	await pauseAnimations(page);
	await seekAnimations(page, 0);
	await expect(page.locator('html')).not.toHaveAttribute('data-islands', /.+/);
	const note = page.locator('.tool-unstarted');
	// not at once: a page's first moment never shows it
	await expect(note).toBeHidden();
	expect(await opacity(page, 'Ajouter')).toBe('1');
	await seekAnimations(page, 2500);
	await expect(note).toBeVisible();
	await expect(note).toContainText('pas pu démarrer');
	// the bookmarked sequence is not said to be empty, and the builder's buttons look disabled
	await expect(page.getByText('Aucune figure pour l’instant')).toBeHidden();
	expect(await opacity(page, 'Ajouter')).toBe('0.5');
});

test('a figure and the lab whose starter is blocked say they did not start', async ({ page }) => {
	await blockInlineScripts(page);
	await page.goto('/fr/scenes/trpv1/');
	await pauseAnimations(page);
	await seekAnimations(page, 0);
	const figureNote = page.locator('figure.scene .scene-unstarted p');
	await expect(figureNote).toBeHidden();
	await seekAnimations(page, 2500);
	await expect(figureNote).toBeVisible();

	await page.goto('/fr/labo/');
	await pauseAnimations(page);
	await seekAnimations(page, 2500);
	await expect(page.locator('.tool-unstarted').first()).toBeVisible();
});

test('a page whose starter runs never shows it, however long its islands take to load', async ({ page }) => {
	// a very slow phone: the islands' script is still on its way
	const letGo = await holdIslandsScript(page);
	await page.goto('/fr/consultation/?s=trpv1,k2p', { waitUntil: 'domcontentloaded' });
	await expect(page.locator('html')).toHaveAttribute('data-starter');
	// at any time at all: no animation would bring the note
	await seekAnimations(page, 60_000);
	await expect(page.locator('.tool-unstarted')).toBeHidden();
	await expect(page.locator('figure.scene .scene-unstarted p')).toBeHidden();
	expect(await opacity(page, 'Ajouter')).toBe('1');
	letGo();
	await expect(page.locator('html')).toHaveAttribute('data-islands', 'started');
});

test('without JavaScript, the page’s own notes speak, not this one', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/fr/consultation/');
	await expect(page.locator('.noscript-note').first()).toBeVisible();
	const animated = await page
		.locator('.tool-unstarted')
		.evaluate((note) => getComputedStyle(note).animationName);
	expect(animated).toBe('none');
	await expect(page.locator('.tool-unstarted')).toBeHidden();
	await context.close();
});
