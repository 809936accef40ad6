import { expect, test, type Page } from '@playwright/test';

// A reader told by a friend about "prolotherapy" or "dextrose injections" (English review, D1) finds, where she
// first looks (the home page, the top of the choosing page, the glucopuncture sheet), what the word can mean:
// usually a much stronger sugar water, or "neural prolotherapy" under the skin near nerves, and to ask which. The English pages a
// reader outside France uses speak of who pays, not of French reimbursement, and name the French region in
// words (D3). The pages are read as prerendered, without JavaScript.

test.use({ javaScriptEnabled: false });

/** The page's own words, one space between words: citations and the badges' sheets left out. */
async function prose(page: Page, path: string): Promise<string> {
	await page.goto(path);
	return page.locator('main').evaluate((main) => {
		const copy = main.cloneNode(true) as HTMLElement;
		// a source's French name (a cited decision, a French label) and the badges' hidden sheets
		for (const element of copy.querySelectorAll('[lang="fr"], [popover], .refs')) element.remove();
		return copy.textContent!.replace(/[\s\u00a0\u202f]+/g, ' ');
	});
}

/** The paragraph or list item that opens with the note's question. */
function note(page: Page, question: RegExp) {
	return page
		.locator('main')
		.locator('p, li')
		.filter({ has: page.locator('strong', { hasText: question }) });
}

const english = /Offered prolotherapy or “dextrose injections”\?/;
const french = /On vous propose de la prolothérapie ou des «\s?injections de dextrose\s?»\s?\?/;

for (const [path, question] of [
	['/en/', english],
	['/fr/', french]
] as const)
	test(`${path}: “Where to start” answers a reader offered prolotherapy, and sends her to the options`, async ({
		page
	}) => {
		await page.goto(path);
		const item = note(page, question);
		await expect(item).toHaveCount(1);
		// in the list of where to start, not further down
		await expect(item).toHaveJSProperty('tagName', 'LI');
		const text = (await item.innerText()).replace(/\s+/g, ' ');
		expect(text).toMatch(/12[.,]5 (to|à) 25\s?%/);
		expect(text).toMatch(/neural prolotherapy|prolothérapie neurale/i);
		expect(text).toMatch(/tendons/);
		await expect(item.getByRole('link')).toHaveAttribute('href', /\/(choosing|choisir)\/$/);
	});

for (const [path, question] of [
	['/en/choosing/', english],
	['/fr/choisir/', french]
] as const)
	test(`${path}: the note on prolotherapy comes before the first option, with labels that name their studies`, async ({
		page
	}) => {
		await page.goto(path);
		const item = note(page, question);
		await expect(item).toHaveCount(1);
		// before the first condition's table, where a reader with tendon pain starts
		const before = await item.evaluate((element) => {
			const first = document.querySelector('#carpal-tunnel')!;
			return !!(element.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING);
		});
		expect(before).toBe(true);
		const text = (await item.innerText()).replace(/\s+/g, ' ');
		expect(text).toMatch(/12[.,]5 (to|à) 25\s?%/);
		expect(text).toMatch(/neural prolotherapy|prolothérapie neurale/i);
		for (const [level, ref] of [
			['trials', 'rabago-2013'],
			['unsupported', 'dagenais-2007'],
			['unsupported', 'arias-vazquez-2024']
		])
			await expect(item.locator(`[data-evidence="${level}"]`).locator(`a[data-cite="${ref}"]`)).toHaveCount(
				1
			);
	});

for (const [path, question] of [
	['/en/handout-glucopuncture/', /Offered “prolotherapy” or “dextrose injections”\?/],
	['/fr/fiche-glucopuncture/', french]
] as const)
	test(`${path}: the sheet says in one line that prolotherapy is usually a stronger sugar water`, async ({
		page
	}) => {
		await page.goto(path);
		const item = note(page, question);
		await expect(item).toHaveCount(1);
		await expect(item).toContainText(/12[.,]5 (to|à) 25\s?%/);
	});

test('English pages for patients speak of who pays, and name the French region in words', async ({
	page
}) => {
	for (const path of ['/en/', '/en/choosing/', '/en/handout-glucopuncture/', '/en/handout-hydrotomy/']) {
		const text = await prose(page, path);
		expect(text, path).not.toMatch(/reimburs/i);
		expect(text, path).not.toMatch(/PACA/);
	}
	const choosing = await prose(page, '/en/choosing/');
	expect(choosing).toContain('who pays: the public health service, an insurer or you');
	expect(choosing).toContain('south-east France (Provence-Alpes-Côte d’Azur and Corsica)');
	// a fact about France says it is about France
	expect(choosing).toMatch(/In France, the national health insurance pays nothing/);
});
