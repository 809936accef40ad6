import { expect, test, type Locator, type Page } from '@playwright/test';
import { openHydrated } from './site';

// A patient on a 1366 × 768 laptop reads the comparison as a table, 3,000 px tall: while she reads a row's
// risks the options' names stay at the top of the window, in every theme, and a link or badge she reaches
// with the keyboard is never left under them (choosing review D2; WCAG 2.4.11).
const pages = [
	{ path: '/en/choosing/', names: ['Glucopuncture', 'Hydrotomy', 'Usual care', 'Waiting'] },
	{ path: '/fr/choisir/', names: ['Glucopuncture', 'Hydrotomie', 'Soins habituels', 'Attendre'] }
] as const;
const themes = ['light', 'dark', 'projector'] as const;

test.use({ viewport: { width: 1366, height: 768 } });

/** Where each column name is, and whether it is what the window shows at its middle (nothing over it). */
async function namesShown(table: Locator) {
	return table.locator('thead th[data-option]').evaluateAll((cells) =>
		cells.map((cell) => {
			const box = cell.getBoundingClientRect();
			const atMiddle = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
			return {
				text: cell.textContent?.trim(),
				top: box.top,
				bottom: box.bottom,
				onTop: atMiddle !== null && cell.contains(atMiddle),
				ground: getComputedStyle(cell).backgroundColor
			};
		})
	);
}

/** The bottom of the column names' row, in the window. */
const headBottom = (table: Locator) =>
	table
		.locator('thead th')
		.first()
		.evaluate((cell) => cell.getBoundingClientRect().bottom);

async function scrollIntoRow(page: Page, row: Locator) {
	// the middle of the row at the window's top third: its own start, and the table's head, far above
	await row.evaluate((element) => {
		const box = element.getBoundingClientRect();
		scrollBy(0, box.top + box.height / 2 - innerHeight / 3);
	});
}

for (const { path, names } of pages) {
	for (const theme of themes) {
		test(`${path} (${theme}): the options' names stay in view over every row of the table`, async ({
			page
		}) => {
			await openHydrated(page, `${path}?theme=${theme}`);
			const table = page.locator('.comparison table').first();
			for (const row of await table.locator('tbody tr').all()) {
				await scrollIntoRow(page, row);
				const shown = await namesShown(table);
				expect(shown.map((cell) => cell.text)).toEqual(names);
				for (const cell of shown) {
					expect(cell.top).toBeGreaterThanOrEqual(0);
					expect(cell.bottom).toBeLessThanOrEqual(768);
					expect(cell.onTop).toBe(true);
					// an opaque ground: the row's text passes under the names, not through them
					expect(cell.ground).not.toMatch(/rgba\(.*, 0\)$|transparent/);
				}
			}
		});
	}

	test(`${path}: Shift+Tab up through the table leaves each focused link or badge below the names`, async ({
		page
	}) => {
		await openHydrated(page, path);
		const table = page.locator('.comparison table').first();
		// start after the table, at its last control, and go up to its first
		const controls = table.locator('tbody').locator('a, button');
		const count = await controls.count();
		expect(count).toBeGreaterThan(10);
		await controls.last().focus();
		for (let i = 0; i < count; i++) {
			const focused = page.locator(':focus');
			const inTable = await focused.evaluate((element) => !!element.closest('.comparison tbody'));
			if (!inTable) break;
			const box = await focused.evaluate((element) => {
				const rect = element.getBoundingClientRect();
				return { top: rect.top, bottom: rect.bottom };
			});
			// the focus ring: 3 px, 2 px off the control
			expect(box.top - 5).toBeGreaterThanOrEqual(await headBottom(table));
			expect(box.bottom).toBeLessThanOrEqual(768 + 1);
			await page.keyboard.press('Shift+Tab');
		}
	});
}
