import { expect, test, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { glossary } from '../../src/content/glossary';
import {
	articles,
	drawEveryBlock,
	framesPass,
	hydrated,
	noProblems,
	openHydrated,
	openSettled,
	watch
} from './site';

// pages.spec.ts already checks every page for axe violations, console errors, 320 px, and the same text
// with and without JavaScript. This file checks what only the articles promise.
test.use({ locale: 'de-DE' });

/** Each h2 of the article with the number of evidence badges between it and the next h2. */
function badgesPerSection(page: Page) {
	return page.locator('article').evaluate((article) => {
		const result: { heading: string; badges: number }[] = [];
		for (const node of Array.from(article.children)) {
			if (node.tagName === 'H2') result.push({ heading: node.textContent ?? '', badges: 0 });
			else if (result.length) {
				// a badge a reader can see: not one among a still figure's hidden controls
				const seen = '[data-evidence]:not(.scene-still [data-evidence])';
				const here = node.matches(seen) ? 1 : 0;
				result[result.length - 1]!.badges += here + node.querySelectorAll(seen).length;
			}
		}
		return result;
	});
}

for (const { path, lang, other } of articles) {
	test.describe(`article ${path}`, () => {
		// one load for both: reading the page changes nothing on it
		test('gives every h2 section at least one evidence badge, and links every citation to an entry of the references page in its language', async ({
			page,
			request
		}) => {
			await page.goto(path);
			await test.step('gives every h2 section at least one evidence badge', async () => {
				const sections = await badgesPerSection(page);
				expect(sections.length).toBeGreaterThanOrEqual(8);
				expect(sections.filter((s) => s.badges === 0)).toEqual([]);
				// Each badge says its level in words, not by colour alone.
				// (the hidden controls a figure's first frame holds room with are not read by anyone)
				await drawEveryBlock(page);
				const words = await page.locator('article [data-evidence] .badge:visible').allInnerTexts();
				expect(words.length).toBeGreaterThanOrEqual(sections.length);
				expect(words.every((w) => w.trim().length > 0)).toBe(true);
			});

			await test.step('links every citation to an entry of the references page in its language', async () => {
				const hrefs = await page
					.locator('article a[data-cite]')
					.evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')!))]);
				expect(hrefs.length).toBeGreaterThan(10);
				const references = await (await request.get(`/${lang}/references/`)).text();
				const broken = hrefs.filter((href) => {
					const [target, fragment] = href.split('#');
					return target !== `/${lang}/references/` || !fragment || !references.includes(`id="${fragment}"`);
				});
				expect(broken).toEqual([]);
			});
		});

		test('opens a glossary term by keyboard, and Escape closes it', async ({ page }) => {
			// Escape is the script's: wait until it has taken over the page
			await openHydrated(page, path);
			const term = page.locator('article [data-term]').first();
			const tip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
			await expect(tip).toBeHidden();

			await term.focus();
			await expect(tip).toBeVisible();
			await expect(tip).toHaveText(/\w{4,}/);
			await page.keyboard.press('Escape');
			await expect(tip).toBeHidden();

			// Leaving with Tab and coming back with Shift+Tab shows it again.
			await page.keyboard.press('Tab');
			await expect(tip).toBeHidden();
			await page.keyboard.press('Shift+Tab');
			await expect(term).toBeFocused();
			await expect(tip).toBeVisible();
		});

		test('shows a definition on hover without moving the text', async ({ page }) => {
			await openHydrated(page, path);
			const term = page.locator('article [data-term]').nth(2);
			await term.scrollIntoViewIfNeeded();
			// measure once the scroll has been painted
			await framesPass(page, 3);
			const tip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
			const before = await page.locator('article').boundingBox();
			await term.hover();
			await expect(tip).toBeVisible();
			expect(await page.locator('article').boundingBox()).toEqual(before);
			const box = (await tip.boundingBox())!;
			expect(box.x).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
		});

		test('opens a definition above a word near the bottom of the window, where it can be read', async ({
			page
		}) => {
			await openHydrated(page, path);
			// every block drawn first: one drawn as the scroll brings it near would move the word
			await drawEveryBlock(page);
			const term = page.locator('article [data-term]').nth(2);
			await term.scrollIntoViewIfNeeded();
			// the word's bottom 40 px above the window's: too little room under it for the definition
			await term.evaluate((word) =>
				window.scrollBy(0, word.getBoundingClientRect().bottom - innerHeight + 40)
			);
			const word = (await term.boundingBox())!;
			expect(word.y + word.height).toBeGreaterThan(page.viewportSize()!.height - 60);
			const tip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
			await term.hover();
			await expect(tip).toBeVisible();
			await expect(async () => {
				const box = (await tip.boundingBox())!;
				expect(box.y + box.height).toBeLessThanOrEqual(word.y);
				expect(box.y).toBeGreaterThanOrEqual(0);
			}).toPass({ timeout: 2000 });
		});

		test('shows the whole article with JavaScript off, its terms leading to the glossary', async ({
			browser,
			baseURL
		}) => {
			const scripted = await browser.newPage();
			const problems = watch(scripted, baseURL!);
			// every request done: what the page fetched is checked below
			await openSettled(scripted, path);
			await drawEveryBlock(scripted);
			const headings = await scripted.locator('article h2').allInnerTexts();
			expect(headings.filter((heading) => heading.trim() === '')).toEqual([]);
			const badges = await scripted.locator('article [data-evidence]').count();
			expect(problems).toEqual(noProblems);
			await scripted.close();

			const context = await browser.newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			await page.goto(path);
			await expect(page.locator('article h1')).toBeVisible();
			await drawEveryBlock(page);
			expect(await page.locator('article h2').allInnerTexts()).toEqual(headings);
			await expect(page.locator('article [data-evidence]')).toHaveCount(badges);
			await expect(page.locator('article > :last-child')).toBeVisible();

			const term = page.locator('article [data-term]').first();
			const id = await term.getAttribute('data-term');
			await term.click();
			await expect(page).toHaveURL(new RegExp(`/${lang}/(glossaire|glossary)/#${id}$`));
			await expect(page.locator(`[id="${id}"]`)).toBeVisible();
			await context.close();
		});

		test('switches to the same article in the other language', async ({ page }) => {
			await page.goto(path);
			await page
				.getByRole('navigation', { name: lang === 'fr' ? 'Langue' : 'Language' })
				.getByRole('link')
				.click();
			await expect(page).toHaveURL(other);
			await expect(page.locator('html')).toHaveAttribute('lang', lang === 'fr' ? 'en' : 'fr');
		});
	});
}

test.describe('on a touch screen', () => {
	test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });

	test('a first tap shows the definition, a second follows the link to the glossary', async ({ page }) => {
		await openHydrated(page, '/en/glucopuncture/');
		const term = page.locator('article [data-term="trpv1"]').first();
		const tip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
		await term.tap();
		await expect(tip).toBeVisible();
		await expect(page).toHaveURL('/en/glucopuncture/');
		// Docked inside the screen, whatever the word's place in the line.
		const box = (await tip.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(375);
		await term.tap();
		await expect(page).toHaveURL('/en/glossary/#trpv1');
	});

	test('a word low on the screen, where the definition docks, opens it too', async ({ page }) => {
		await openHydrated(page, '/en/glucopuncture/');
		const term = page.locator('article [data-term="corticosteroid"]').first();
		await term.scrollIntoViewIfNeeded();
		// the word 120 px above the bottom edge, under where the docked definition will lie
		const { y } = (await term.boundingBox())!;
		await page.evaluate((by) => scrollBy(0, by), y - (740 - 120));
		await expect.poll(async () => Math.round((await term.boundingBox())!.y)).toBe(740 - 120);
		const tip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
		await term.tap();
		await expect(tip).toBeVisible();
		await expect(page).toHaveURL('/en/glucopuncture/');
		await expectAbove(term, tip);
	});
});

test.describe('on a tablet', () => {
	test.use({ hasTouch: true, isMobile: true, viewport: { width: 1024, height: 768 } });

	// every term of the article, tapped in turn: the even ones in one test and the odd ones in another, each
	// in a page of its own (so that the two workers share them)
	for (const half of [0, 1])
		test(`a definition tapped open near the end of a line stays inside the screen and never widens the page (${half ? 'odd' : 'even'} terms)`, async ({
			page
		}) => {
			await openHydrated(page, '/fr/glucopuncture/');
			const terms = page.locator('article .term > a');
			const count = await terms.count();
			expect(count).toBeGreaterThan(20);
			for (let i = half; i < count; i += 2) {
				const term = terms.nth(i);
				await term.scrollIntoViewIfNeeded();
				const tip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
				await term.tap();
				await expect(tip).toBeVisible();
				// once it has placed itself (a few frames), where it stays
				const { pageWidth, right } = await tip.evaluate(
					(bubble) =>
						new Promise<{ pageWidth: number; right: number }>((done) => {
							let frames = 4;
							const next = () =>
								--frames
									? requestAnimationFrame(next)
									: done({
											pageWidth: document.documentElement.scrollWidth,
											right: bubble.getBoundingClientRect().right
										});
							requestAnimationFrame(next);
						})
				);
				const word = await term.textContent();
				expect(pageWidth, word!).toBeLessThanOrEqual(1024);
				expect(right, word!).toBeLessThanOrEqual(1024);
				await page.touchscreen.tap(4, 300);
				await expect(tip).toBeHidden();
			}
		});
});

test.describe('on a phone with large text', () => {
	test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 640 } });

	test('a long definition is read whole inside the screen, its word above it, at 200 % text', async ({
		page
	}) => {
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
		await openHydrated(page, '/fr/glucopuncture/');
		for (const id of ['dextrose', 'osmolarity']) {
			const term = page.locator(`article [data-term="${id}"]`).first();
			await term.scrollIntoViewIfNeeded();
			const tip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
			await term.tap();
			await expect(tip).toBeVisible();
			// inside the screen, top and bottom, under its word
			const box = (await tip.boundingBox())!;
			expect(box.y, id).toBeGreaterThanOrEqual(0);
			expect(box.y + box.height, id).toBeLessThanOrEqual(640);
			await expectAbove(term, tip);
			// longer than its room: it scrolls inside itself to its last words
			const read = await tip.evaluate((bubble) => {
				bubble.scrollTop = bubble.scrollHeight;
				return { scrolls: bubble.scrollHeight > bubble.clientHeight, atEnd: bubble.scrollTop > 0 };
			});
			expect(read, id).toEqual({ scrolls: true, atEnd: true });
			// and the word is still there for the second tap, which opens its glossary entry
			await term.tap();
			await expect(page).toHaveURL(new RegExp(`/fr/glossaire/#${id}$`));
			await page.goBack();
			await hydrated(page);
		}
	});
});

/** The word stands clear above its docked definition (WCAG 2.4.11: what has focus is not covered). */
async function expectAbove(term: Locator, tip: Locator) {
	await expect
		.poll(
			async () =>
				(await tip.boundingBox())!.y - ((await term.boundingBox())!.y + (await term.boundingBox())!.height)
		)
		.toBeGreaterThanOrEqual(0);
}

test('on a phone, a word reached by Tab low on the screen is moved above its docked definition', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openHydrated(page, '/fr/hydrotomie/');
	const term = page.locator('article [data-term]').nth(3);
	await term.scrollIntoViewIfNeeded();
	// the word 60 px above the bottom edge, where the definition docks
	const { y } = (await term.boundingBox())!;
	await page.evaluate((by) => scrollBy(0, by), y - (844 - 60));
	await expect.poll(async () => Math.round((await term.boundingBox())!.y)).toBe(844 - 60);
	await term.focus();
	const tip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
	await expect(tip).toBeVisible();
	await expectAbove(term, tip);
});

test.describe('glossary pages', () => {
	for (const [path, lang] of [
		['/fr/glossaire/', 'fr'],
		['/en/glossary/', 'en']
	] as const) {
		test(`${path} lists every term with its anchor and definition`, async ({ page }) => {
			await page.goto(path);
			for (const entry of glossary) {
				const item = page.locator(`[id="${entry.id}"]`);
				await expect(item, entry.id).toContainText(entry.term[lang]);
				await expect(item, entry.id).toContainText(entry.definition[lang].slice(0, 40));
			}
		});
	}
});

test.describe('language switch on the other pages with a word for an address', () => {
	for (const [from, to] of [
		['/fr/glossaire/', '/en/glossary/'],
		['/en/glossary/', '/fr/glossaire/'],
		['/fr/a-propos/', '/en/about/'],
		['/en/about/', '/fr/a-propos/']
	] as const) {
		test(`${from} → ${to}`, async ({ page }) => {
			await page.goto(from);
			await page.locator('.language-switch a').click();
			await expect(page).toHaveURL(to);
		});
	}

	test('a slug of the other language is no page: /en/hydrotomie/ is a 404', async ({ request }) => {
		expect((await request.get('/en/hydrotomie/')).status()).toBe(404);
		expect((await request.get('/fr/glossary/')).status()).toBe(404);
	});
});

// Not through accessibilityViolations(), which draws every block first: a checker that does not used to
// find badges and links of blocks not drawn yet lying on top of each other (target-size, WCAG 2.5.8).
// The three cases where it did, one test each (so that the two workers share them).
for (const [width, path] of [
	[1280, '/fr/hydrotomie/'],
	[390, '/fr/glucopuncture/'],
	[390, '/en/hydrotomy/']
] as const) {
	test(`an accessibility checker run on an article as it loads finds no violation: ${path} at ${width} px`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 800 });
		await openSettled(page, path);
		// axe in the page itself (no frame of its own to merge in a blank page), reporting violations only
		const { violations } = await new AxeBuilder({ page })
			.setLegacyMode()
			.options({ resultTypes: ['violations'] })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(violations.map((v) => `${width} ${path} ${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
	});
}
