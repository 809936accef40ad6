import { expect, test } from '@playwright/test';
import { accessibilityViolations, noProblems, openSettled, watch } from './site';

// Unknown language, unknown page, deeper unknown path, and a malformed escape.
const unknownPaths = ['/de/', '/fr/nope/', '/en/nope/deeper/', '/fr/%E0%A4%A/'];

for (const path of unknownPaths) {
	test(`${path} gets the 404 page in both languages, styled, with links home`, async ({ page, baseURL }) => {
		const problems = watch(page, baseURL!, 404);
		const response = await openSettled(page, path, { hydrates: false });
		expect(response?.status()).toBe(404);
		// an address in English reads English first; any other reads French first, as the site does
		const lang = path.startsWith('/en/') ? 'en' : 'fr';
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		const headings = page.locator('main').getByRole('heading', { level: 1 });
		await expect(headings).toHaveCount(1);
		await expect(headings).toHaveText(lang === 'en' ? 'Page not found' : 'Page introuvable');
		// the tab and the history say it in the address's language (both, for an address in neither)
		await expect(page).toHaveTitle(
			path.startsWith('/en/')
				? 'Page not found'
				: path.startsWith('/fr/')
					? 'Page introuvable'
					: 'Page introuvable · Page not found'
		);
		await expect(page.locator('main section').first()).toHaveAttribute('lang', lang);
		await expect(
			page.locator('[lang="fr"]').getByRole('heading', { name: 'Page introuvable' })
		).toBeVisible();
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

test('the 404 page has no axe violation and loads only its one small script, its suggestion (the theme is inline)', async ({
	page
}) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
	});
	for (const path of ['/fr/nope/', '/en/nope/']) {
		await openSettled(page, path, { hydrates: false });
		expect(await accessibilityViolations(page)).toEqual([]);
	}
	expect([...new Set(scripts)]).toEqual(['/not-found.js']);
});

test('the 404 page keeps the header and its menu, in the address’s language with JavaScript, else in French', async ({
	browser
}) => {
	for (const [javaScriptEnabled, label, figures, glossary, address] of [
		[true, 'Main menu', 'The figures', 'Glossary', '/en/glossary/'],
		[false, 'Menu principal', 'Les figures', 'Glossaire', '/fr/glossaire/']
	] as const) {
		const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		await page.goto('/en/nope/');
		await expect(page.locator('.site-header')).toHaveCount(1);
		await expect(page.locator('.skip-link')).toHaveCount(1);
		const menu = page.getByRole('navigation', { name: label });
		await expect(menu.getByRole('link', { name: figures, exact: true })).toBeVisible();
		await menu.getByRole('link', { name: glossary }).click();
		await expect(page).toHaveURL(address);
		await context.close();
	}
});

// the same page under the other language's word, a near spelling, a figure's page mistyped
const suggestions = [
	['/fr/hydrotomy/', '/fr/hydrotomie/'],
	['/en/hydrotomie/', '/en/hydrotomy/'],
	['/en/glosary/', '/en/glossary/'],
	// two letters swapped: one slip, as a letter dropped is
	['/en/abuot/', '/en/about/'],
	['/fr/scenes/k2pp/', '/fr/scenes/k2p/'],
	// the injection figure, since split in two: the index lists both
	['/en/scenes/injection/', '/en/scenes/'],
	// a figure's name nothing like any (three letters from "k2p", but a word of four): the page it lies
	// under, the figures' index; and a figure's page with more after it: that figure
	['/en/scenes/nope/', '/en/scenes/'],
	['/fr/scenes/k2p/extra/', '/fr/scenes/k2p/']
] as const;
for (const [typed, existing] of suggestions) {
	test(`${typed} gets a 404 that suggests ${existing}`, async ({ page }) => {
		const response = await page.goto(typed);
		expect(response?.status()).toBe(404);
		// the suggestion in the address's language, in its section (the first); the other offers the same page
		// in its own language (below)
		const lang = existing.startsWith('/en/') ? 'en' : 'fr';
		const own = page.locator(`section[lang="${lang}"] [data-suggestion]`);
		await expect(own).toBeVisible();
		await expect(own).toContainText(lang === 'en' ? 'Did you mean:' : 'Vouliez-vous dire');
		await own.getByRole('link').click();
		await expect(page).toHaveURL(existing);
	});
}

test('an address in another language suggests the same page in each of the site’s two', async ({ page }) => {
	const french = page.locator('section[lang="fr"] [data-suggestion] a');
	const english = page.locator('section[lang="en"] [data-suggestion] a');
	for (const [typed, fr, en] of [
		['/de/scenes/k2p/', '/fr/scenes/k2p/', '/en/scenes/k2p/'],
		['/es/glossary/', '/fr/glossaire/', '/en/glossary/'],
		// no language at all: the same, each section in its own
		['/hydrotomie/', '/fr/hydrotomie/', '/en/hydrotomy/']
	] as const) {
		const response = await page.goto(typed);
		expect(response?.status()).toBe(404);
		await expect(french).toHaveAttribute('href', fr);
		await expect(english).toHaveAttribute('href', en);
	}
	// a regional tag of one of the two is that language: its page is found, each section offering it in its own
	await page.goto('/en-GB/glossary/');
	await expect(french).toHaveAttribute('href', '/fr/glossaire/');
	await english.click();
	await expect(page).toHaveURL('/en/glossary/');
});

test('each language’s section suggests the page asked for in its own language, title and address', async ({
	page
}) => {
	const french = page.locator('section[lang="fr"] [data-suggestion]');
	const english = page.locator('section[lang="en"] [data-suggestion]');
	for (const [typed, fr, en] of [
		// a figure's name in capitals, under /fr/
		[
			'/fr/scenes/TRPV1/',
			['TRPV1 : le canal des terminaisons nerveuses qui détecte la chaleur', '/fr/scenes/trpv1/'],
			['TRPV1: the channel on nerve endings that senses heat', '/en/scenes/trpv1/']
		],
		// a French word under /en/
		[
			'/en/hydrotomie/',
			['L’hydrotomie percutanée', '/fr/hydrotomie/'],
			['Percutaneous hydrotomy', '/en/hydrotomy/']
		],
		// a language the site does not have: each home page
		[
			'/de/',
			['Glucopuncture et hydrotomie expliquées', '/fr/'],
			['Glucopuncture and hydrotomy explained', '/en/']
		]
	] as const) {
		await page.goto(typed);
		await expect(french).toHaveText(`Vouliez-vous dire\u00a0: ${fr[0]}`);
		await expect(french.getByRole('link')).toHaveAttribute('href', fr[1]);
		await expect(french.getByRole('link')).toHaveAttribute('lang', 'fr');
		await expect(english).toHaveText(`Did you mean: ${en[0]}`);
		await expect(english.getByRole('link')).toHaveAttribute('href', en[1]);
		await expect(english.getByRole('link')).toHaveAttribute('lang', 'en');
	}
	// an address under /en/ reads English first: its section, and its suggestion, come before the French
	await page.goto('/en/hydrotomie/');
	await expect(page.locator('main section').first()).toHaveAttribute('lang', 'en');
	await expect(page.locator('[data-suggestion]').first()).toHaveText('Did you mean: Percutaneous hydrotomy');
});

test('an address nothing resembles gets no suggestion, only the menu and the home pages', async ({
	page
}) => {
	await openSettled(page, '/fr/zzzzzzzzzzzz/', { hydrates: false });
	await expect(page.locator('[data-suggestion]').first()).toBeHidden();
	await expect(page.getByRole('link', { name: 'Revenir à l’accueil en français' })).toBeVisible();
});
