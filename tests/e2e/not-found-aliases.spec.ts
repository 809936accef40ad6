import { expect, test } from '@playwright/test';

// A UK patient types /en/choose/ for the comparison page (choosing review D6): the 404 page speaks English
// first, its tab says "Page not found" alone, and it offers "Compare the options", which a close spelling
// could not find ("choose" is three letters from "choosing"). The words a reader may guess, in both languages.
const guesses = [
	['/en/choose/?x=garbage', 'en', 'Did you mean: Compare the options', '/en/choosing/'],
	['/en/compare/', 'en', 'Did you mean: Compare the options', '/en/choosing/'],
	['/en/options/', 'en', 'Did you mean: Compare the options', '/en/choosing/'],
	['/fr/choix/', 'fr', 'Vouliez-vous dire\u00a0: Comparer les options', '/fr/choisir/'],
	['/fr/comparer/', 'fr', 'Vouliez-vous dire\u00a0: Comparer les options', '/fr/choisir/'],
	['/fr/options/', 'fr', 'Vouliez-vous dire\u00a0: Comparer les options', '/fr/choisir/'],
	// the other language's word: the page in the address's language
	['/en/choix/', 'en', 'Did you mean: Compare the options', '/en/choosing/']
] as const;

for (const [typed, lang, suggestion, existing] of guesses) {
	test(`${typed} reads ${lang} first, titled in ${lang} alone, and offers ${existing}`, async ({ page }) => {
		const response = await page.goto(typed);
		expect(response?.status()).toBe(404);
		await expect(page).toHaveTitle(lang === 'en' ? 'Page not found' : 'Page introuvable');
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(page.locator('main section').first()).toHaveAttribute('lang', lang);
		const own = page.locator(`section[lang="${lang}"] [data-suggestion]`);
		await expect(own).toHaveText(suggestion);
		await own.getByRole('link').click();
		await expect(page).toHaveURL(existing);
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the 404 page says it in both languages, French first, in its title too', async ({ page }) => {
		await page.goto('/en/choose/');
		await expect(page).toHaveTitle('Page introuvable · Page not found');
		await expect(page.locator('section[lang="en"]')).toBeVisible();
		await expect(page.locator('section[lang="fr"]')).toBeVisible();
	});
});
