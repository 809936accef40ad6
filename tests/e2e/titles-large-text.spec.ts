import { expect, test } from '@playwright/test';

// A reader with her phone's text at twice the default size (patient review, D7): a page's title stays a
// title, as large as its widest word allows on the line, not shrunk below the text it heads by a generous
// guess at the width of a bold letter. Wrapping between words, never inside one, is find-your-way's test.
const pages = [
	'/fr/glucopuncture/',
	'/en/glucopuncture/',
	'/fr/fiche-hydrotomie/',
	'/en/handout-glucopuncture/',
	'/fr/glossaire/'
];

for (const path of pages) {
	test(`${path} at 200 % text on a phone: the title's widest word uses the line, and no larger`, async ({
		browser
	}) => {
		const context = await browser.newContext({
			viewport: { width: 390, height: 844 },
			serviceWorkers: 'block'
		});
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Page.enable');
		// the reader's own setting: the browser's default font size doubled (16 → 32 px)
		await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
		await page.goto(path);
		const title = await page.locator('h1').evaluate((h1) => {
			const line = h1.getBoundingClientRect().width;
			let widest = 0;
			const walker = document.createTreeWalker(h1, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				for (const word of (node.textContent ?? '').matchAll(/\S+/g)) {
					const range = document.createRange();
					range.setStart(node, word.index);
					range.setEnd(node, word.index + word[0].length);
					widest = Math.max(widest, range.getBoundingClientRect().width);
				}
			}
			return { share: widest / line, size: parseFloat(getComputedStyle(h1).fontSize) };
		});
		const body = await page
			.locator('main p')
			.first()
			.evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
		// the widest word fills most of the line (it filled two thirds of it, at 27 px under 36 px text)…
		expect(title.share).toBeGreaterThan(0.85);
		// …and fits it
		expect(title.share).toBeLessThanOrEqual(1);
		// so the title is not smaller than the text under it
		expect(title.size).toBeGreaterThanOrEqual(body * 0.95);
		await context.close();
	});
}

// A figure embedded in another site's page, in a phone-wide frame, read at 200 % text: its title and headings
// stay inside the frame ("L’hydrodissection" ran 85 % past its edge).
for (const path of ['/fr/embed/hydrodissection/', '/en/embed/hydrodissection/', '/fr/embed/trpv1/']) {
	test(`${path} in a 320 px frame at 200 % text: every title's widest word fits its line`, async ({
		browser
	}) => {
		const context = await browser.newContext({
			viewport: { width: 320, height: 568 },
			serviceWorkers: 'block'
		});
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Page.enable');
		await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
		await page.goto(path);
		const overflowing = await page.locator('h1, h2').evaluateAll((titles) =>
			titles.flatMap((title) => {
				const right = title.getBoundingClientRect().right;
				const words: string[] = [];
				const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					for (const word of (node.textContent ?? '').matchAll(/\S+/g)) {
						const range = document.createRange();
						range.setStart(node, word.index);
						range.setEnd(node, word.index + word[0].length);
						if (range.getBoundingClientRect().right > right + 0.5) words.push(word[0]);
					}
				}
				return words;
			})
		);
		expect(overflowing).toEqual([]);
		await context.close();
	});
}
