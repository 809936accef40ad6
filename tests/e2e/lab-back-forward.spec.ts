import { expect, test } from '@playwright/test';
import { hydrated, openHydrated } from './site';

// Back and Forward into the lab, loaded again rather than from the back-forward cache: the browser refills
// its sliders where they were left (not its fields), each at the step its value rounds to. The values the
// student set come back exactly: 400 mM stays 400, not the 398 its slider's step stands for.
const cases = [
	{ lang: 'fr', path: '/fr/labo/', glossary: 'Glossaire' },
	{ lang: 'en', path: '/en/lab/', glossary: 'Glossary' }
] as const;

for (const c of cases) {
	test(`${c.lang}: K⁺ inside typed as 400 and pK 2 are still 400 and 2 after the glossary and Back`, async ({
		page
	}) => {
		// an unload listener keeps a page out of the back-forward cache: Back loads it again
		await page.addInitScript(() => addEventListener('unload', () => {}));
		await openHydrated(page, c.path);
		const typed = (key: string) => page.locator(`[data-key="${key}"] input[type="text"]`);
		await typed('Ki').fill('400');
		await typed('Ki').press('Enter');
		await typed('pK').fill('2');
		await typed('pK').press('Enter');
		await expect(page).toHaveURL(/Ki=400\b/);
		await expect(page).toHaveURL(/pK=2\b/);
		const before = new URL(page.url()).search;
		const vm = await page.locator('[data-lab] output').first().textContent();

		await page.locator('.site-nav').getByRole('link', { name: c.glossary }).click();
		await hydrated(page);
		await page.goBack();
		await hydrated(page);
		expect(
			await page.evaluate(
				() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).type
			)
		).toBe('back_forward');
		await expect(typed('Ki')).toHaveValue('400');
		await expect(typed('pK')).toHaveValue('2');
		await expect(page.locator('[data-lab] output').first()).toHaveText(vm!);
		expect(new URL(page.url()).search).toBe(before);
		// and Forward and Back again change nothing either
		await page.goForward();
		await hydrated(page);
		await page.goBack();
		await hydrated(page);
		await expect(typed('Ki')).toHaveValue('400');
		expect(new URL(page.url()).search).toBe(before);
	});
}
