import { expect, test, type Page } from '@playwright/test';

// What a copy editor reads on the built pages, where a component puts words together: a badge, a claim's
// author, a list of sources. The catalogues' typography is checked in tests/unit; here, the joins.

/** Each badge of the text followed at once by punctuation, with the space a reader sees between them (px). */
async function gapsBeforePunctuation(page: Page) {
	return page.evaluate(() =>
		[...document.querySelectorAll('main [data-evidence]')].flatMap((badge) => {
			// the first text after the badge, in reading order (a badge may end an element of its own)
			const island = badge.closest('site-island') ?? badge;
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			walker.currentNode = island;
			let next: Node | null = null;
			while ((next = walker.nextNode()) && island.contains(next));
			const text = next?.textContent ?? '';
			if (!/^[,.;:)]/.test(text)) return [];
			const range = document.createRange();
			range.setStart(next!, 0);
			range.setEnd(next!, 1);
			const [mark, edge] = [range.getBoundingClientRect(), badge.getBoundingClientRect()];
			// on the same line only: a badge at the end of a line is followed by the next line's start
			if (Math.abs(mark.bottom - edge.bottom) > mark.height) return [];
			return [{ after: text.slice(0, 12), gap: Math.round(mark.left - edge.right) }];
		})
	);
}

for (const path of ['/fr/hydrotomie/', '/en/hydrotomy/', '/en/glucopuncture/']) {
	test(`${path}: no space between a badge and the comma or colon after it`, async ({ page }) => {
		await page.goto(path);
		const gaps = await gapsBeforePunctuation(page);
		// the page has such badges ("… Barry 2010, et la Haute Autorité …")
		expect(gaps.length).toBeGreaterThan(0);
		expect(gaps.filter(({ gap }) => gap > 1)).toEqual([]);
	});
}

test('a claim names who makes it in words that read with any name (“affirmation : SIHP”)', async ({
	page
}) => {
	for (const [path, words] of [
		['/fr/scenes/needle-depth/', '(affirmation\u00a0: SIHP)'],
		// in the list under the figure, an organisation's initials take "the" in English, a person's name not
		['/en/scenes/needle-depth/', '(claim made by the SIHP)'],
		['/en/embed/cushion/', '(claim made by the SIHP)'],
		['/fr/scenes/trpv1/', '(affirmation\u00a0: Fischhoff)'],
		['/en/scenes/trpv1/', '(claim made by Fischhoff)']
	] as const) {
		await page.goto(path);
		const source = page.locator('.claims .claim-source').first();
		await expect(source).toBeAttached();
		expect((await source.textContent())!.replace(/[ \t\n]+/g, ' ')).toBe(words);
	}
});

test('a model’s sources are listed with the language’s separator: “(Wu 2017 ; Lin 2020)”', async ({
	page
}) => {
	for (const [path, words] of [
		['/fr/scenes/hydrodissection/', '(Wu 2017\u00a0; Lin 2020)'],
		['/en/scenes/hydrodissection/', '(Wu 2017; Lin 2020)']
	] as const) {
		await page.goto(path);
		const sources = page.locator('.about-model .sources').filter({ hasText: 'Lin 2020' }).first();
		await expect(sources).toBeAttached();
		expect(await sources.textContent()).toBe(words);
	}
});
