import { expect, test, type Locator } from '@playwright/test';
import { largeText } from './phone-dialog';

// A reader with her phone's text at twice the default size (patient review, D7): a page's title stays a
// title, as large as its widest word allows on the line, not shrunk below the text it heads by a generous
// guess at the width of a bold letter. Wrapping between words, never inside one, is find-your-way's test.

/** Each title's line (its box), its size, and the box of each of its words, CSS px. */
const titlesOf = (titles: Locator) =>
	titles.evaluateAll((all) =>
		all.map((title) => {
			const line = title.getBoundingClientRect();
			const words: { text: string; right: number; width: number }[] = [];
			const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				for (const word of (node.textContent ?? '').matchAll(/\S+/g)) {
					const range = document.createRange();
					range.setStart(node, word.index);
					range.setEnd(node, word.index + word[0].length);
					const box = range.getBoundingClientRect();
					words.push({ text: word[0], right: box.right, width: box.width });
				}
			}
			return {
				right: line.right,
				width: line.width,
				size: parseFloat(getComputedStyle(title).fontSize),
				words
			};
		})
	);

test.describe('on a 390 px phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });
	for (const path of [
		'/fr/glucopuncture/',
		'/en/glucopuncture/',
		'/fr/fiche-hydrotomie/',
		'/en/handout-glucopuncture/',
		'/fr/glossaire/'
	]) {
		test(`${path} at 200 % text: the title's widest word uses the line, and no larger`, async ({ page }) => {
			await largeText(page);
			await page.goto(path);
			const [title] = await titlesOf(page.locator('h1'));
			const share = Math.max(...title!.words.map((word) => word.width)) / title!.width;
			const body = await page
				.locator('main p')
				.first()
				.evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
			// the widest word fills most of the line (it filled two thirds of it, at 27 px under 36 px text)…
			expect(share).toBeGreaterThan(0.85);
			// …and fits it
			expect(share).toBeLessThanOrEqual(1);
			// so the title is not smaller than the text under it
			expect(title!.size).toBeGreaterThanOrEqual(body * 0.95);
		});
	}
});

// A figure embedded in another site's page, in a phone-wide frame, read at 200 % text: its title and headings
// stay inside the frame ("L’hydrodissection" ran 85 % past its edge).
test.describe('in a 320 px frame', () => {
	test.use({ viewport: { width: 320, height: 568 } });
	for (const path of ['/fr/embed/hydrodissection/', '/en/embed/hydrodissection/', '/fr/embed/trpv1/']) {
		test(`${path} at 200 % text: every title's widest word fits its line`, async ({ page }) => {
			await largeText(page);
			await page.goto(path);
			const past = (await titlesOf(page.locator('h1, h2'))).flatMap((title) =>
				title.words.filter((word) => word.right > title.right + 0.5).map((word) => word.text)
			);
			expect(past).toEqual([]);
		});
	}
});
