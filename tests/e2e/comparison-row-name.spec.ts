import { expect, test, type Locator, type Page } from '@playwright/test';
import { openHydrated } from './site';

// Deep in a tall row of the comparison ("What can go wrong", a window and more), the row's name stays in
// view, just under the options' names, so the reader can tell which row they are in (keyboard review D5).
// On wide screens only: a phone's cards and paper lead each card with its name already.

/** Where the row's name is drawn: its words, not its cell (which is the row's height). */
const nameBox = (row: Locator) =>
	row.locator('th').evaluate((cell) => {
		const range = document.createRange();
		range.selectNodeContents(cell);
		const box = range.getBoundingClientRect();
		return { top: box.top, bottom: box.bottom };
	});

async function scrollIntoRow(page: Page, row: Locator, at: number) {
	await row.evaluate((element, fraction) => {
		const box = element.getBoundingClientRect();
		scrollBy(0, box.top + box.height * fraction - innerHeight / 3);
	}, at);
}

for (const screen of [
	{ width: 1920, height: 1080 },
	{ width: 1366, height: 768 }
]) {
	test.describe(`${screen.width}×${screen.height}`, () => {
		test.use({ viewport: screen });
		for (const path of ['/en/choosing/', '/fr/choisir/']) {
			test(`${path}: in every row taller than the window, its name stays under the options' names`, async ({
				page
			}) => {
				await openHydrated(page, path);
				let tall = 0;
				for (const table of await page.locator('.comparison table').all()) {
					const head = table.locator('thead th').first();
					for (const row of await table.locator('tbody tr').all()) {
						const height = (await row.boundingBox())!.height;
						if (height < screen.height) continue;
						tall += 1;
						for (const at of [0.5, 0.85]) {
							await scrollIntoRow(page, row, at);
							const headBottom = (await head.boundingBox())!;
							const name = await nameBox(row);
							const rowBox = (await row.boundingBox())!;
							expect(name.top, `${await row.getAttribute('data-row')} at ${at}`).toBeGreaterThanOrEqual(
								headBottom.y + headBottom.height - 1
							);
							expect(name.bottom).toBeLessThanOrEqual(screen.height);
							// within its own row still
							expect(name.bottom).toBeLessThanOrEqual(rowBox.y + rowBox.height + 1);
						}
					}
				}
				expect(tall, 'a row taller than the window').toBeGreaterThan(0);
			});
		}
	});
}

test.describe('a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });
	test('each card still opens with its row name, which scrolls with it', async ({ page }) => {
		await openHydrated(page, '/en/choosing/');
		const name = page.locator('.comparison tbody th .row-name, .comparison tbody th').first();
		await expect(name).toHaveCSS('position', 'static');
	});
});
