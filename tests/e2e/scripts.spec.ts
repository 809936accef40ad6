import { expect, test } from '@playwright/test';

// Each script a page fetches costs a request on a phone's slow link: none may be a file that only hands on
// another file's export (the bundler wrote one per island; vite-plugins/skip-dynamic-facades.ts).
const REEXPORT_ONLY = /^export\s*\{[^}]*\}\s*from\s*["'`][^"'`]+["'`];?\s*$/;

test('no page fetches a script that only re-exports another', async ({ page }) => {
	const scripts: { url: string; body: string }[] = [];
	page.on('response', async (response) => {
		if (!response.url().endsWith('.js')) return;
		scripts.push({ url: response.url(), body: await response.text() });
	});
	for (const path of ['/fr/fiche-glucopuncture/', '/fr/glucopuncture/', '/en/consultation/', '/fr/labo/']) {
		await page.goto(path);
		await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
	}
	await page.waitForLoadState('networkidle');
	expect(scripts.length).toBeGreaterThan(10);
	expect(
		scripts.filter((script) => REEXPORT_ONLY.test(script.body.trim())).map((script) => script.url)
	).toEqual([]);
});
