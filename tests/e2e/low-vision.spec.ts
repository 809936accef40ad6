import { expect, test, type Locator, type Page } from '@playwright/test';

// A reader who zooms the page to 200–400 % (a 640 or 320 px wide window): what the figure's dialogs and
// controls show her. The figure's other checks at these widths are in scenes.spec.ts and
// figure-layout.spec.ts.
const awake = (page: Page) => page.locator('figure.scene[data-awake="true"]');

/** Whether the element's box is wholly inside its dialog's visible part. */
const insideDialog = (element: Locator) =>
	element.evaluate((node) => {
		const dialog = node.closest('dialog')!.getBoundingClientRect();
		const box = node.getBoundingClientRect();
		return box.top >= dialog.top - 0.5 && box.bottom <= dialog.bottom + 0.5;
	});

test.describe('at 400 % zoom (320×256)', () => {
	test.use({ viewport: { width: 320, height: 256 } });

	test('the keys dialog opens at its top, its heading in view, the focus on Close', async ({ page }) => {
		await page.goto('/fr/scenes/trpv1/');
		// a figure wakes as it comes into view
		await page.locator('figure.scene').scrollIntoViewIfNeeded();
		await expect(awake(page)).toBeVisible();
		await page.getByRole('button', { name: 'Touches du clavier' }).focus();
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog', { name: 'Touches du clavier' });
		await expect(dialog).toBeVisible();
		await expect(dialog.getByRole('button', { name: 'Fermer' })).toBeFocused();
		// the dialog is taller than the window: it scrolls within itself, from its start
		expect(await dialog.evaluate((node) => node.scrollHeight > node.clientHeight)).toBe(true);
		await page.evaluate(() => new Promise(requestAnimationFrame));
		expect(await dialog.evaluate((node) => node.scrollTop)).toBe(0);
		expect(await insideDialog(dialog.getByRole('heading', { name: 'Touches du clavier' }))).toBe(true);
	});

	test('the share dialog opens at its top, its heading in view, the focus in the address', async ({
		page
	}) => {
		await page.goto('/fr/scenes/trpv1/');
		// a figure wakes as it comes into view
		await page.locator('figure.scene').scrollIntoViewIfNeeded();
		await expect(awake(page)).toBeVisible();
		await page.getByRole('button', { name: 'Partager' }).focus();
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog');
		await expect(dialog).toBeVisible();
		await expect(dialog.getByRole('textbox')).toBeFocused();
		// once its QR code is drawn (it comes with the dialog's own script)
		await expect(dialog.getByRole('img')).toBeVisible();
		await page.evaluate(() => new Promise(requestAnimationFrame));
		expect(await dialog.evaluate((node) => node.scrollHeight > node.clientHeight)).toBe(true);
		expect(await dialog.evaluate((node) => node.scrollTop)).toBe(0);
		expect(await insideDialog(dialog.getByRole('heading').first())).toBe(true);
	});
});

/** The words of the figure's options as a reader sees them: each one's drawn width, 0 when clipped away. */
const shownWords = (page: Page) =>
	page.locator('figure.scene[data-awake="true"] .player-controls .options').evaluate((options) =>
		Object.fromEntries(
			[...options.querySelectorAll('.wide-only')].map((word) => {
				const box = word.getBoundingClientRect();
				const clipped = getComputedStyle(word).clip !== 'auto';
				return [word.textContent!.trim(), clipped ? 0 : Math.round(box.width)];
			})
		)
	);

for (const { width, height } of [
	{ width: 640, height: 400 },
	{ width: 320, height: 256 }
]) {
	test.describe(`in a ${width} px window (${Math.round(128000 / width)} % zoom)`, () => {
		test.use({ viewport: { width, height } });
		for (const { path, words } of [
			{ path: '/fr/scenes/trpv1/', words: ['Recommencer', 'Présenter', 'Partager', 'Thème', 'Intégrer'] },
			{ path: '/en/glucopuncture/', words: ['Restart', 'Present', 'Share', 'Theme', 'Embed'] }
		]) {
			test(`${path}: the figure’s options say what they do in words, and nothing scrolls sideways`, async ({
				page
			}) => {
				await page.goto(path);
				await page.locator('figure.scene').first().scrollIntoViewIfNeeded();
				await expect(awake(page).first()).toBeVisible();
				const shown = await shownWords(page);
				for (const word of words) expect(shown[word], word).toBeGreaterThan(20);
				expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
			});
		}
	});
}

// The articles' values with a scaled unit are said in words, as the dose calculator says its own: in the
// page as built, with no script (a screen reader may drop the "milli" of "mmol", a rise heard 1000× too large)
for (const { path, sentence, said } of [
	{
		path: '/fr/glucopuncture/',
		sentence: /la glycémie monterait/i,
		said: ['0,067 gramme par litre', '6,7 milligrammes par décilitre', '0,37 millimole par litre']
	},
	{
		path: '/en/glucopuncture/',
		sentence: /blood glucose would then rise/i,
		// English readers measure blood sugar in mmol/L or mg/dL: no g/L (English review D3)
		said: ['0.37 millimoles per litre', '6.7 milligrams per decilitre']
	}
])
	test(`${path}: the blood-sugar sentence has its units said in words, in the built page`, async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(path);
		const paragraph = page.locator('main p').filter({ hasText: sentence });
		await expect(paragraph).toHaveCount(1);
		// the ear's words, hidden from the eye; the eye's symbols, hidden from the ear
		for (const words of said)
			await expect(paragraph.locator('.visually-hidden').filter({ hasText: words })).toHaveCount(1);
		// a copied passage keeps what was seen: the words for the ear are not selectable
		await expect(paragraph.locator('.visually-hidden').first()).toHaveCSS('user-select', 'none');
		await expect(
			paragraph.locator('[aria-hidden="true"]').filter({ hasText: /0[,.]37\smmol\/L/ })
		).toBeVisible();
		// and every value in a concentration the article gives, not only this one
		const left = await page.evaluate(() => {
			const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
			const found: string[] = [];
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const text = node.textContent ?? '';
				const holder = node.parentElement!;
				if (holder.closest('[aria-hidden="true"], h1, h2, h3, h4, .visually-hidden, code, site-island'))
					continue;
				const unit = /\d[\s\u00a0]?(mmol\/L|mOsm\/L|mM)(?!\p{L})/u.exec(text);
				if (unit && holder.closest('.prose > p, .prose li')) found.push(unit[0]);
			}
			return found;
		});
		expect(left).toEqual([]);
		await context.close();
	});
