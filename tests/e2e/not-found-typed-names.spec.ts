import { expect, test } from '@playwright/test';

// A patient types what he knows of a page: the menu's name (with or without its accent), his condition, a
// short name, "fiche" (patient review D7). The 404 page offers the page he meant, in the address's language.
const typedNames = [
	['/fr/hydrotomie-percutanee', 'fr', 'Vouliez-vous dire\u00a0: L’hydrotomie percutanée', '/fr/hydrotomie/'],
	['/fr/hydrotomie-percutanée', 'fr', 'Vouliez-vous dire\u00a0: L’hydrotomie percutanée', '/fr/hydrotomie/'],
	['/fr/gluco', 'fr', 'Vouliez-vous dire\u00a0: La glucopuncture', '/fr/glucopuncture/'],
	[
		'/fr/fiche',
		'fr',
		'Vouliez-vous dire\u00a0: Fiche à imprimer\u00a0: glucopuncture',
		'/fr/fiche-glucopuncture/'
	],
	['/fr/canal-carpien', 'fr', 'Vouliez-vous dire\u00a0: Comparer les options', '/fr/choisir/'],
	['/en/carpal-tunnel/', 'en', 'Did you mean: Compare the options', '/en/choosing/'],
	['/en/sheet', 'en', 'Did you mean: Sheet to print: glucopuncture', '/en/handout-glucopuncture/']
] as const;

for (const [typed, lang, suggestion, existing] of typedNames) {
	test(`${typed} offers ${existing}`, async ({ page }) => {
		const response = await page.goto(typed);
		expect(response?.status()).toBe(404);
		const own = page.locator(`section[lang="${lang}"] [data-suggestion]`);
		await expect(own).toHaveText(suggestion);
		await own.getByRole('link').click();
		await expect(page).toHaveURL(existing);
	});
}
