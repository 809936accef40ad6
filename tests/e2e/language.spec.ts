import { expect, test } from '@playwright/test';
import { noProblems, openHydrated, watch } from './site';

test.describe('language switch', () => {
	test('leads from a French page to the same page in English and back, with lang following', async ({
		page,
		baseURL
	}) => {
		const problems = watch(page, baseURL!);
		await openHydrated(page, '/fr/');
		await page.getByRole('navigation', { name: 'Langue' }).getByRole('link', { name: 'English' }).click();
		await expect(page).toHaveURL('/en/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('explained');

		await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Français' }).click();
		await expect(page).toHaveURL('/fr/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('expliquées');
		expect(problems).toEqual(noProblems);
	});

	test('works without JavaScript, as a plain link', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/en/');
		await page.getByRole('link', { name: 'Français' }).click();
		await expect(page).toHaveURL('/fr/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await context.close();
	});
});

test.describe('welcome page', () => {
	const cases = [
		{ locale: 'fr-FR', stored: null, lands: '/fr/', why: 'a French browser goes to French' },
		{ locale: 'en-GB', stored: null, lands: '/en/', why: 'an English browser goes to English' },
		{ locale: 'fr-CA', stored: 'en', lands: '/en/', why: 'a remembered choice beats the browser' },
		{
			locale: 'en-US',
			stored: 'de',
			lands: '/en/',
			why: 'a stored value that is no language of the site is ignored'
		},
		{ locale: 'en-US', stored: '<script>', lands: '/en/', why: 'junk in storage is ignored' }
	];
	for (const { locale, stored, lands, why } of cases) {
		test(`sends the reader on: ${why}`, async ({ browser, baseURL }) => {
			const context = await browser.newContext({ locale });
			if (stored !== null) {
				await context.addInitScript((value) => localStorage.setItem('lang', value), stored);
			}
			const page = await context.newPage();
			const problems = watch(page, baseURL!);
			await page.goto('/');
			await expect(page).toHaveURL(lands);
			await expect(page.locator('html')).toHaveAttribute('lang', lands.slice(1, 3));
			expect(problems).toEqual(noProblems);
			await context.close();
		});
	}

	test('stays for a reader whose browser speaks neither language, and remembers the choice made', async ({
		browser
	}) => {
		const context = await browser.newContext({ locale: 'de-DE' });
		const page = await context.newPage();
		// the choice is remembered by the page's script: let it hydrate before clicking
		await openHydrated(page, '/');
		await expect(page.getByRole('link', { name: 'Entrer en français' })).toBeVisible();
		await page.getByRole('link', { name: 'Enter in English' }).click();
		await expect(page).toHaveURL('/en/');

		await page.goto('/');
		await expect(page).toHaveURL('/en/');
		await context.close();
	});

	test('offers both languages with JavaScript off, and each link works', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, locale: 'fr-FR' });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page).toHaveURL('/');
		await expect(page.locator('section[lang="fr"] h1')).toBeVisible();
		await expect(page.locator('section[lang="en"] h2')).toBeVisible();
		await page.getByRole('link', { name: 'Enter in English' }).click();
		await expect(page).toHaveURL('/en/');
		await context.close();
	});
});
