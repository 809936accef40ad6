import { expect, test } from '@playwright/test';
import { openCalculator, openHydrated } from './site';

// The dose calculator starts only when the reader nears it, and shows the article's example (20 mL at 5 %)
// until then. When the reader's own numbers are kept in the tab (typed before a reload or the language
// switch), it starts with the page: the other language's page never shows 20 mL / 5 % in their place.
test('in the other language, the dose calculator shows the reader’s kept numbers before it is near', async ({
	page
}) => {
	const calculator = await openCalculator(page, '/en/glucopuncture/');
	await calculator.getByLabel('Volume injected').fill('500');
	await expect(calculator.locator('output')).toContainText('25 g of glucose');
	// the other language's page, in the same tab, opened at its top (the switch would carry the section read,
	// the calculator's own: the page opens beside it)
	await openHydrated(page, '/fr/glucopuncture/');
	const there = page.locator('section.dose');
	// far from the screen, yet already the reader's case
	await expect(there).not.toBeInViewport();
	await expect(there.getByLabel('Volume injecté')).toHaveValue('500');
	await expect(there.locator('output')).toContainText('25\u00a0g de glucose');
});
