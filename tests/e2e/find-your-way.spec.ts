import { expect, test, type Page } from '@playwright/test';
import { builtSceneIds, openHydrated, prerenderedPages } from './site';

// Issue 14, "find your way": every page is reachable by links alone, the figures have an index and lead
// from one to the next, a figure in an article takes a clicker's keys once clicked, a figure's page works
// side by side on a laptop, and 200 % text wraps headings between words without overflowing a phone.

test('every page of the site is reachable from the home pages by links alone', async ({ request }) => {
	// embed pages are made to sit in another site's frame (their snippet is in each figure's Embed dialog), and
	// the patient's page opens from the link or QR code a clinician shares from the consultation page
	const wanted = new Set(
		prerenderedPages()
			.map((page) => page.path)
			.filter((path) => !/^\/(fr|en)\/(embed\/|consultation\/patient\/)/.test(path))
	);
	const seen = new Set<string>();
	const queue = ['/'];
	while (queue.length) {
		const path = queue.shift()!;
		if (seen.has(path)) continue;
		seen.add(path);
		const response = await request.get(path);
		expect(response.status(), path).toBe(200);
		const html = await response.text();
		for (const [, href] of html.matchAll(/<a\b[^>]*\shref="([^"#]+)[^"]*"/g)) {
			if (!href!.startsWith('/') || href!.startsWith('//')) continue;
			if (!seen.has(href!) && wanted.has(href!)) queue.push(href!);
		}
	}
	expect([...wanted].filter((path) => !seen.has(path))).toEqual([]);
});

for (const lang of ['fr', 'en'] as const) {
	test(`/${lang}/scenes/ lists every figure with its first frame, what it shows and its evidence`, async ({
		page
	}) => {
		await page.goto(`/${lang}/scenes/`);
		const cards = page.locator('.scene-card');
		const ids = builtSceneIds();
		await expect(cards).toHaveCount(ids.length);
		for (const id of ids) {
			const card = cards.filter({ has: page.locator(`a[href="/${lang}/scenes/${id}/"]`) });
			await expect(card).toHaveCount(1);
			// the drawing is there, without any script
			await expect(card.locator('.scene-thumb svg')).toHaveCount(1);
			await expect(card.locator('[data-evidence]').first()).toBeVisible();
			expect((await card.locator('p').first().textContent())!.trim().length).toBeGreaterThan(30);
		}
	});

	test(`in ${lang}, the figures lead from one to the next and back, and to their index`, async ({ page }) => {
		const ids = builtSceneIds();
		await page.goto(`/${lang}/scenes/`);
		const order = await page
			.locator('.scene-card h2 a')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		await page.goto(order[0]!);
		for (let i = 1; i < ids.length; i++) {
			await page.locator('.scene-neighbours a[rel="next"]').click();
			await expect(page).toHaveURL(order[i]!);
		}
		await expect(page.locator('.scene-neighbours a[rel="next"]')).toHaveCount(0);
		await page.locator('.scene-neighbours a[rel="prev"]').click();
		await expect(page).toHaveURL(order[ids.length - 2]!);
		await page.locator('.scene-neighbours .index').click();
		await expect(page).toHaveURL(`/${lang}/scenes/`);
	});
}

test('on a phone, the menu opens, leads to a page, and Escape folds it', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	await openHydrated(page, '/en/');
	const nav = page.getByRole('navigation', { name: 'Main menu' });
	const summary = nav.locator('summary');
	await summary.focus();
	await page.keyboard.press('Enter');
	await expect(nav.getByRole('link', { name: 'Glossary' })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(nav.getByRole('link', { name: 'Glossary' })).toBeHidden();
	await expect(summary).toBeFocused();
	await summary.click();
	await nav.getByRole('link', { name: 'The figures' }).click();
	await expect(page).toHaveURL('/en/scenes/');
	await expect(nav.locator('a[href="/en/scenes/"]').first()).toHaveAttribute('aria-current', 'page');
	await expect(nav.getByRole('link', { name: 'Glossary' })).toBeHidden();
	await context.close();
});

test('on a phone, Tab past the menu’s last link folds it: it does not cover the link the focus goes on to', async ({
	browser
}) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	await openHydrated(page, '/fr/labo/');
	const menu = page.locator('.site-header details.menu');
	await menu.locator('summary').focus();
	await page.keyboard.press('Enter');
	await expect(menu).toHaveAttribute('open', '');
	const links = await menu.locator('a').count();
	for (let i = 0; i < links; i++) await page.keyboard.press('Tab');
	await expect(menu.locator('a').last()).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(menu).not.toHaveAttribute('open');
	// what has the focus now is the element a tap there would reach (on its first line: a link may wrap)
	expect(
		await page.evaluate(() => {
			const focused = document.activeElement as HTMLElement;
			const box = focused.getClientRects()[0] ?? focused.getBoundingClientRect();
			const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
			return focused === hit || focused.contains(hit);
		})
	).toBe(true);
	await context.close();
});

/** The name of the step a figure's caption shows. */
const stepName = (page: Page) =>
	page.locator('.scene[data-awake="true"] .scene-now .scene-step-name').first().textContent();

test('in an article, a clicked figure takes the clicker’s PageDown; Escape gives it back to the page', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await openHydrated(page, '/en/hydrotomy/');
	const figure = page.locator('.scene').first();
	await figure.scrollIntoViewIfNeeded();
	await expect(figure).toHaveAttribute('data-awake', 'true');
	const before = await stepName(page);
	await figure.locator('.scene-stage svg').click({ position: { x: 30, y: 30 } });
	await expect(figure.locator('.scene-shell')).toBeFocused();
	const scrolled = await page.evaluate(() => scrollY);
	await page.keyboard.press('PageDown');
	await expect.poll(() => stepName(page)).not.toBe(before);
	expect(await page.evaluate(() => scrollY)).toBe(scrolled);
	// Escape: the keys are the page's again, PageDown scrolls and the figure stays on its step; the focus
	// stays where it was (a screen reader keeps its place), and the figure no longer says it has the keys
	const stepped = await stepName(page);
	await page.keyboard.press('Escape');
	await expect(figure.locator('.scene-shell')).toBeFocused();
	await expect(figure.locator('.engaged-hint')).toBeHidden();
	await page.keyboard.press('PageDown');
	await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrolled);
	expect(await stepName(page)).toBe(stepped);
});

for (const id of builtSceneIds()) {
	test(`at 1366 × 768, /en/scenes/${id}/ keeps the whole drawing in view while each slider has focus`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 1366, height: 768 });
		await openHydrated(page, `/en/scenes/${id}/`);
		await expect(page.locator('.scene')).toHaveAttribute('data-awake', 'true');
		const sliders = page.locator('.scene-controls input[type="range"]');
		const count = await sliders.count();
		let reached = 0;
		// Tab through the page as a keyboard user does, checking the drawing at each slider
		for (let i = 0; i < 60 && reached < count; i++) {
			await page.keyboard.press('Tab');
			const onSlider = await page.evaluate(
				() => (document.activeElement as HTMLInputElement | null)?.type === 'range'
			);
			if (!onSlider) continue;
			reached++;
			const box = await page.locator('.scene-stage svg').boundingBox();
			expect(box!.y).toBeGreaterThanOrEqual(0);
			expect(box!.y + box!.height).toBeLessThanOrEqual(768);
			// and moving it is seen without scrolling: the drawing stays where it is
			await page.keyboard.press('ArrowRight');
			expect((await page.locator('.scene-stage svg').boundingBox())!.y).toBe(box!.y);
		}
		expect(reached).toBe(count);
	});
}

const largeTextPages = [
	'/fr/',
	'/fr/hydrotomie/',
	'/en/glucopuncture/',
	'/fr/scenes/',
	'/fr/scenes/pump/',
	'/fr/glossaire/',
	'/fr/labo/',
	'/fr/choisir/',
	'/fr/fiche-hydrotomie/'
];
for (const path of largeTextPages) {
	test(`${path} at twice the default text size on a phone: headings, glossary words and the choosing form wrap between words, nothing overflows`, async ({
		browser
	}) => {
		const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Page.enable');
		// the reader's own setting: the browser's default font size doubled (16 → 32 px)
		await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
		await openHydrated(page, path);
		const report = await page.evaluate(() => {
			const broken: string[] = [];
			// headings, glossary words, and the patient's form (its legends and choices): a word cut in two with no
			// hyphen is a word misread
			const named = 'h1, h2, h3, dt, legend, .site-name, form.what-matters label';
			for (const heading of document.querySelectorAll(named)) {
				if (!heading.checkVisibility()) continue;
				const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const text = node.textContent ?? '';
					// a soft hyphen (U+00AD) is a break the text allows, shown with its hyphen
					// (the line of a letter is its last box: a letter after a soft hyphen also has the hyphen's)
					const lineOf = (at: number) => {
						const range = document.createRange();
						range.setStart(node, at);
						range.setEnd(node, at + 1);
						return Math.round([...range.getClientRects()].at(-1)?.top ?? 0);
					};
					for (const word of text.matchAll(/[^\s\u00ad-]+/g)) {
						const first = lineOf(word.index);
						const last = lineOf(word.index + word[0].length - 1);
						if (first !== last) broken.push(`${heading.tagName.toLowerCase()}: ${word[0]}`);
					}
				}
			}
			return { broken, width: document.documentElement.scrollWidth, viewport: innerWidth };
		});
		expect(report.broken).toEqual([]);
		expect(report.width).toBeLessThanOrEqual(report.viewport);
		// the captions and step sentences grow with the text too
		const caption = page.locator('.scene-caption').first();
		if (await caption.count()) {
			// polled: the still frame's caption is replaced by the live one when the figure wakes, and a caption
			// read as it leaves the page has no style (NaN)
			await expect
				.poll(() => caption.evaluate((el) => parseFloat(getComputedStyle(el).fontSize)))
				.toBeGreaterThanOrEqual(28);
		}
		await context.close();
	});
}
