import { expect, test } from '@playwright/test';

// Patient review: with the phone's text size at 200 %, the printable sheets' titles stayed at about 30 px
// while the text under them grew to 32 px and their section headings to 48 px: the title looked smaller than
// what it heads. At 390 px with the root text at 200 %, each sheet's title is larger than its body text, and
// no line of it leaves the screen.
const sheets = [
	'/fr/fiche-glucopuncture/',
	'/fr/fiche-hydrotomie/',
	'/en/handout-glucopuncture/',
	'/en/handout-hydrotomy/',
	// the articles' titles follow the same rule
	'/fr/glucopuncture/',
	'/en/glucopuncture/'
];

test.use({ viewport: { width: 390, height: 844 } });

for (const path of sheets) {
	test(`${path} at 200 % text on a phone: the title is larger than the text, and stays on screen`, async ({
		page
	}) => {
		await page.goto(path);
		// the reader's text size, as the browser's setting makes it
		await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
		const sizes = await page.evaluate(() => {
			const px = (element: Element | null) => parseFloat(getComputedStyle(element!).fontSize);
			return { title: px(document.querySelector('h1')), text: px(document.querySelector('article p')) };
		});
		expect(sizes.text).toBeGreaterThanOrEqual(30);
		expect(sizes.title, 'the title is larger than the body text').toBeGreaterThan(sizes.text);

		const lines = await page.evaluate(() => {
			const range = document.createRange();
			range.selectNodeContents(document.querySelector('h1')!);
			return [...range.getClientRects()].map((line) => ({ left: line.left, right: line.right }));
		});
		for (const line of lines) {
			expect(line.left).toBeGreaterThanOrEqual(0);
			expect(line.right, 'a line of the title leaves the screen').toBeLessThanOrEqual(390);
		}
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	});
}
