import {
	expect,
	test as base,
	type APIRequestContext,
	type BrowserContext,
	type Page
} from '@playwright/test';
import {
	accessibilityViolations,
	colourRules,
	drawEveryBlock,
	noProblems,
	prerenderedPages,
	requestsOf,
	settled,
	watch
} from './site';

// Every prerendered page, checked as a reader meets it: it loads clean, axe finds nothing in the light and the
// dark theme, it fits a 320 px phone, it reads the same without JavaScript, and its links lead somewhere.
// One test per page, one scripted load and one without script (in a context a worker shares): switching the colour scheme and the window's
// width on the loaded page is what a reader's system does too, and it keeps the suite fast.

/**
 * One browser context without JavaScript per worker, for the pages read without script: it only reads them
 * (no script runs to keep anything), so each test opens its own tab in it instead of a context of its own.
 */
const test = base.extend<object, { scriptless: BrowserContext }>({
	scriptless: [
		async ({ browser }, use) => {
			const context = await browser.newContext({ javaScriptEnabled: false, locale: 'de-DE' });
			await use(context);
			await context.close();
		},
		{ scope: 'worker' }
	]
});

// A browser language the site does not speak, so that the welcome page stays put instead of sending the
// reader on (that behaviour has its own tests in language.spec.ts).
test.use({ locale: 'de-DE' });

/**
 * The page's text, leaving out the figures (a woken scene adds its controls), the header's offline status (a
 * line only a page with script can have), <noscript> notes (only a page without it shows them) and the words
 * that ask for a tool's control (.script-words: "add one below", which a page without it hides).
 */
async function textOutsideFigures(page: Page): Promise<string> {
	// innerText leaves out a block the browser has not drawn yet
	await drawEveryBlock(page);
	return page.locator('body').evaluate((body) => {
		const copy = body.cloneNode(true) as HTMLElement;
		copy
			.querySelectorAll('figure.scene, .offline-status, noscript, .script-words')
			.forEach((figure) => figure.remove());
		document.body.append(copy);
		const text = copy.innerText;
		copy.remove();
		return text;
	});
}

/** Link targets already fetched by this worker, with what they answered: most pages share the menu's links. */
const fetched = new Map<string, Promise<{ status: number; text: string }>>();

async function brokenLinks(page: Page, request: APIRequestContext): Promise<string[]> {
	const hrefs = await page
		.locator('a[href^="/"]')
		.evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')!))]);
	expect(hrefs.length).toBeGreaterThan(0);
	const broken: string[] = [];
	for (const href of hrefs) {
		const [target, fragment] = href.split('#') as [string, string | undefined];
		if (!fetched.has(target)) {
			fetched.set(
				target,
				request
					.get(target)
					.then(async (response) => ({ status: response.status(), text: await response.text() }))
			);
		}
		const { status, text } = await fetched.get(target)!;
		if (status !== 200) broken.push(`${href} (${status})`);
		else if (fragment && !text.includes(`id="${fragment}"`)) broken.push(href);
	}
	return broken;
}

for (const { path, lang } of prerenderedPages()) {
	test(`${path}: loads clean, passes axe (and in the dark theme, in French), fits a phone, reads the same without JavaScript, links lead somewhere`, async ({
		page,
		scriptless,
		baseURL,
		request
	}) => {
		const problems = watch(page, baseURL!);
		const requests = requestsOf(page);
		await page.emulateMedia({ colorScheme: 'light' });
		const response = await page.goto(path);
		await settled(page, requests);
		expect(response?.status()).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(page.locator('h1')).toHaveCount(1);
		const withScript = await textOutsideFigures(page);

		expect(await accessibilityViolations(page), 'axe in the light theme').toEqual([]);
		// the dark theme changes colours only, and the same in both languages (each English page has the
		// French page's markup and styles): its contrast is checked once per page, on the French side
		if (!path.startsWith('/en/')) {
			await page.emulateMedia({ colorScheme: 'dark' });
			expect(await accessibilityViolations(page, colourRules), 'axe in the dark theme').toEqual([]);
		}

		await page.setViewportSize({ width: 320, height: 640 });
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, 'sideways scrolling on a 320 px phone').toBeLessThanOrEqual(0);
		const bodySize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
		expect(bodySize).toBeGreaterThanOrEqual(18);

		expect(await brokenLinks(page, request), 'internal links and #fragments').toEqual([]);
		expect(problems).toEqual(noProblems);

		const plain = await scriptless.newPage();
		await plain.goto(path);
		await expect(plain.locator('html')).toHaveAttribute('lang', lang);
		const withoutScript = await textOutsideFigures(plain);
		await plain.close();
		expect(withoutScript.length).toBeGreaterThan(300);
		expect(withoutScript, 'the text without JavaScript').toBe(withScript);
	});
}

test('without JavaScript, each tool says it needs it, and offers what still works', async ({ browser }) => {
	const context = await browser.newContext({
		javaScriptEnabled: false,
		viewport: { width: 390, height: 844 }
	});
	const page = await context.newPage();
	// the consultation: every figure's own page instead, and a builder that looks as inert as it is, is
	// disabled, and does not ask the reader to use it
	await page.goto('/en/consultation/?s=trpv1,pump');
	await expect(page.locator('.noscript-note')).toContainText('needs JavaScript');
	await expect(page.getByRole('button', { name: 'Add' })).toHaveCSS('pointer-events', 'none');
	await expect(page.getByRole('button', { name: 'Add' })).toBeDisabled();
	await expect(page.getByRole('combobox', { name: 'Figure to add' })).toBeDisabled();
	await expect(page.getByRole('button', { name: /: \d+ figures?$/ }).first()).toBeDisabled();
	await expect(page.getByText('add one below')).toBeHidden();
	await page.locator('.noscript-note').getByRole('link', { name: /TRPV1/ }).click();
	await expect(page).toHaveURL('/en/scenes/trpv1/');
	// the calculator's fields are disabled, and it says what does not happen without it
	for (const [path, words] of [
		['/en/glucopuncture/', 'changing a field changes nothing'],
		['/fr/glucopuncture/', 'changer un champ ne change rien']
	] as const) {
		await page.goto(path);
		const dose = page.locator('.dose');
		await expect(dose.getByRole('textbox'), path).toHaveCount(2);
		for (const field of await dose.getByRole('textbox').all()) await expect(field, path).toBeDisabled();
		await expect(page.locator('.noscript-note').filter({ hasText: words }), path).toBeVisible();
	}
	// the choosing page says what does not happen without it
	for (const [path, words] of [
		['/en/choosing/', 'neither kept nor printed'],
		['/fr/choisir/', 'ni gardées ni imprimées']
	] as const) {
		await page.goto(path);
		await expect(page.locator('.noscript-note').filter({ hasText: words }), path).toBeVisible();
	}
	await context.close();
});

// A reader who sets their phone's text to 200 % (Android's font size, Chrome's text scaling): the words of
// the tools they use wrap inside the screen. The comparison's legends, the consultation's Next figure
// button and a figure's step names pushed the page sideways and cut controls off.
for (const path of ['/en/choosing/', '/fr/choisir/', '/en/consultation/?s=k2p,pump', '/fr/scenes/k2p/'])
	test(`${path} fits a 320 px phone with its text at 200 %`, async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
		const requests = requestsOf(page);
		await page.goto(path);
		await settled(page, requests);
		await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
		expect(overflow, 'sideways scrolling').toBeLessThanOrEqual(0);
	});
