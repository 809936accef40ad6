import { expect, test, type Page } from '@playwright/test';

// A robustness review: a browser that parses the site's script but lacks what Svelte's runtime calls as the
// islands start (String.replaceAll, queueMicrotask: Safari before 13.1, Chrome before 85) threw as each island
// started. Its figures said "on its way" for good, a consultation link showed an empty sequence and its Add did
// nothing, and the lab half-started with its note hidden. The page now tells such a browser apart before
// starting anything, and each tool says it could not start, as for a browser without modules.

const missing = {
	replaceAll: () => delete (String.prototype as { replaceAll?: unknown }).replaceAll,
	queueMicrotask: () => delete (window as Partial<Window>).queueMicrotask
};

async function inOldBrowser(page: Page, feature: keyof typeof missing) {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.addInitScript(missing[feature]);
	return errors;
}

for (const feature of Object.keys(missing) as (keyof typeof missing)[])
	test(`without ${feature}, a figure, a consultation and the lab say they could not start, and nothing throws`, async ({
		page
	}) => {
		const errors = await inOldBrowser(page, feature);
		await page.goto('/fr/scenes/trpv1/?heat_C=45');
		await expect(page.locator('html')).toHaveAttribute('data-islands', 'failed');
		await expect(page.locator('figure.scene[data-scene="trpv1"]')).toContainText('n’a pas pu démarrer');
		await expect(page.locator('figure.scene[data-awake="true"]')).toHaveCount(0);

		// the consultation: it says so, and that each figure can still be read on its own page
		await page.goto('/fr/consultation/?s=trpv1,k2p,pump&at=2');
		await expect(page.locator('html')).toHaveAttribute('data-islands', 'failed');
		await expect(page.getByText(/La consultation n’a pas pu démarrer/)).toBeVisible();

		await page.goto('/fr/labo/');
		await expect(page.locator('html')).toHaveAttribute('data-islands', 'failed');
		await expect(page.locator('[data-lab] .tool-unstarted')).toBeVisible();
		expect(errors).toEqual([]);
	});
