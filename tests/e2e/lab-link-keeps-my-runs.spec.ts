import { expect, test } from '@playwright/test';
import { openHydrated } from './site';

// A student who has recorded runs opens a classmate's shared link in the same tab: the tab keeps one set of
// runs, and the link's replaced the student's without a word, for good once the page was reloaded (student
// review 59, D1). The lab now says so, and brings the student's runs back at a press.

test('a shared link’s runs that replace the student’s say so, and bring them back at a press', async ({
	page
}) => {
	await openHydrated(page, '/en/lab/');
	await page.getByLabel('Value to sweep').selectOption({ label: 'Temperature' });
	await page.getByRole('button', { name: 'Record a run' }).click();
	const legend = page.locator('.recorder .legend-list li');
	await expect(legend).toHaveCount(1);

	// the classmate's link, opened in the same tab: two runs of K⁺ outside
	await openHydrated(page, '/en/lab/?Ko=10&runs=1.2~Ko,1,100,log~Ko,1,100,pNa0.05,log');
	await expect(legend).toHaveCount(2);
	await expect(
		page.getByText('This link’s runs replace the run you had recorded in this tab.')
	).toBeVisible();
	await page.getByRole('button', { name: 'Bring my runs back' }).click();
	await expect(legend).toHaveCount(1);
	await expect(page.getByLabel('Value to sweep')).toHaveValue('T');
	await expect(page.getByRole('button', { name: 'Bring my runs back' })).toHaveCount(0);
	// kept in the tab again: a reload shows them
	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(legend).toHaveCount(1);
	await expect(page.getByLabel('Value to sweep')).toHaveValue('T');
});

test('a shared link opened in a tab with no runs of its own says nothing of replacing', async ({ page }) => {
	await openHydrated(page, '/fr/labo/?Ko=10&runs=1.2~Ko,1,100,log~Ko,1,100,pNa0.05,log');
	await expect(page.locator('.recorder .legend-list li')).toHaveCount(2);
	await expect(page.getByText(/remplacent/)).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Reprendre mes essais' })).toHaveCount(0);
});
