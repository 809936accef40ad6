import { expect, test, type Page } from '@playwright/test';
import { accessibilityViolations, noProblems, prerenderedPages, watch } from './site';

// A browser language the site does not speak, so that the welcome page stays put instead of sending the
// reader on (that behaviour has its own tests in language.spec.ts).
test.use({ locale: 'de-DE' });

for (const { path, lang } of prerenderedPages()) {
	test.describe(`page ${path}`, () => {
		test('loads with no console error, no failed or external request, and the right lang', async ({
			page,
			baseURL
		}) => {
			const problems = watch(page, baseURL!);
			const response = await page.goto(path, { waitUntil: 'networkidle' });
			expect(response?.status()).toBe(200);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.locator('h1')).toHaveCount(1);
			expect(problems).toEqual(noProblems);
		});

		for (const colorScheme of ['light', 'dark'] as const) {
			test(`has no axe violation (WCAG 2.2 AA) in the ${colorScheme} theme`, async ({ page }) => {
				await page.emulateMedia({ colorScheme });
				await page.goto(path, { waitUntil: 'networkidle' });
				expect(await accessibilityViolations(page)).toEqual([]);
			});
		}

		test('is readable on a 320 px phone without sideways scrolling', async ({ page }) => {
			await page.setViewportSize({ width: 320, height: 640 });
			await page.goto(path, { waitUntil: 'networkidle' });
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow).toBeLessThanOrEqual(0);
			const bodySize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
			expect(bodySize).toBeGreaterThanOrEqual(18);
		});
	});
}

/** The page's text, leaving out the figures: a woken scene adds its controls, the text stays the same. */
async function textOutsideFigures(page: Page): Promise<string> {
	return page.locator('body').evaluate((body) => {
		const copy = body.cloneNode(true) as HTMLElement;
		copy.querySelectorAll('figure.scene').forEach((figure) => figure.remove());
		document.body.append(copy);
		const text = copy.innerText;
		copy.remove();
		return text;
	});
}

test.describe('with JavaScript disabled', () => {
	test.use({ javaScriptEnabled: false });

	for (const { path, lang } of prerenderedPages()) {
		test(`${path} shows the same text as with JavaScript`, async ({ page, browser }) => {
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			const withoutScript = await textOutsideFigures(page);

			const scripted = await browser.newContext({ locale: 'de-DE' });
			const scriptedPage = await scripted.newPage();
			await scriptedPage.goto(path, { waitUntil: 'networkidle' });
			const withScript = await textOutsideFigures(scriptedPage);
			await scripted.close();

			expect(withoutScript.length).toBeGreaterThan(300);
			expect(withoutScript).toBe(withScript);
		});
	}
});

test.describe('links inside the site', () => {
	for (const { path } of prerenderedPages()) {
		test(`${path}: every internal link leads to a page, and every #fragment to an element there`, async ({
			page,
			request
		}) => {
			await page.goto(path);
			const hrefs = await page
				.locator('a[href^="/"]')
				.evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')!))]);
			const broken: string[] = [];
			for (const href of hrefs) {
				const [target, fragment] = href.split('#');
				const response = await request.get(target!);
				if (response.status() !== 200) broken.push(`${href} (${response.status()})`);
				else if (fragment && !(await response.text()).includes(`id="${fragment}"`)) broken.push(href);
			}
			expect(hrefs.length).toBeGreaterThan(0);
			expect(broken).toEqual([]);
		});
	}
});
