import { expect, test } from '@playwright/test';
import { openSettled } from './site';

// Each script a page fetches costs a request on a phone's slow link: none may be a file that only hands on
// another file's export (the bundler wrote one per island; vite-plugins/skip-dynamic-facades.ts).
const REEXPORT_ONLY = /^export\s*\{[^}]*\}\s*from\s*["'`][^"'`]+["'`];?\s*$/;

test('no page fetches a script that only re-exports another', async ({ page }) => {
	const scripts = new Set<string>();
	page.on('request', (request) => {
		if (request.url().endsWith('.js')) scripts.add(request.url());
	});
	for (const path of ['/fr/fiche-glucopuncture/', '/fr/glucopuncture/', '/en/consultation/', '/fr/labo/']) {
		await openSettled(page, path);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	}
	expect(scripts.size).toBeGreaterThan(10);
	// read once the pages are done with them: a body is not kept for a page navigated away from
	const reexports: string[] = [];
	for (const url of scripts) {
		const body = await (await page.request.get(url)).text();
		if (REEXPORT_ONLY.test(body.trim())) reexports.push(url);
	}
	expect(reexports).toEqual([]);
});
