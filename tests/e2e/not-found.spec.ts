import { expect, test } from '@playwright/test';
import { accessibilityViolations, noProblems, watch } from './site';

// Unknown language, unknown page, deeper unknown path, and a malformed escape.
const unknownPaths = ['/de/', '/fr/nope/', '/en/nope/deeper/', '/fr/%E0%A4%A/'];

for (const path of unknownPaths) {
	test(`${path} gets the 404 page in both languages, styled, with links home`, async ({ page, baseURL }) => {
		const problems = watch(page, baseURL!, 404);
		const response = await page.goto(path, { waitUntil: 'networkidle' });
		expect(response?.status()).toBe(404);
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
		await expect(page.locator('[lang="en"]').getByRole('heading', { name: 'Page not found' })).toBeVisible();
		// Its stylesheet loads at any depth (absolute paths): the page has the site's width, not the browser's.
		const maxWidth = await page.locator('main').evaluate((el) => getComputedStyle(el).maxWidth);
		expect(maxWidth).not.toBe('none');
		expect(problems).toEqual(noProblems);
	});
}

test('the 404 page leads home in each language', async ({ page }) => {
	await page.goto('/de/');
	await page.getByRole('link', { name: 'Go to the English home page' }).click();
	await expect(page).toHaveURL('/en/');
	await page.goto('/fr/nope/');
	await page.getByRole('link', { name: 'Revenir à l’accueil en français' }).click();
	await expect(page).toHaveURL('/fr/');
});

test('the 404 page has no axe violation and needs no JavaScript', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(request.url());
	});
	await page.goto('/fr/nope/', { waitUntil: 'networkidle' });
	expect(await accessibilityViolations(page)).toEqual([]);
	expect(scripts).toEqual([]);
});
