import { expect, test } from '@playwright/test';
import { extractText, printed, squeeze } from './pdf';
import { openHydrated } from './site';

// On paper the choosing page's comparison is cards, as on a phone: each option's text led by its name. As
// five columns of an A4 page, each option had a 4 cm column, and a tall row, kept whole, went over to the next
// page and was cut there all the same, its point's name left behind (print review D4).
const pages = [
	{
		path: '/en/choosing/',
		cells: [
			['Glucopuncture:', 'In a few small trials, some people had less pain'],
			['Usual care:', 'A splint, a steroid injection and the operation are the established treatments']
		]
	},
	{
		path: '/fr/choisir/',
		cells: [
			['Glucopuncture\u00a0:', 'Une piqûre d’eau sucrée (glucose à 5\u00a0%)'],
			['Soins habituels\u00a0:', 'Une attelle la nuit, une piqûre de corticoïde']
		]
	}
] as const;

for (const { path, cells } of pages) {
	test(`${path} on paper: each option's text follows its name, at the width of the page`, async ({
		page
	}) => {
		await openHydrated(page, path);
		const { text } = await extractText(await printed(page), { mergePages: true });
		for (const [name, start] of cells) expect(squeeze(text)).toContain(squeeze(`${name} ${start}`));
		await page.emulateMedia({ media: 'print' });
		const table = page.locator('.comparison table').first();
		const cell = table.locator('td[data-label]').first();
		// a card spans the text's width: far more than a fifth of it
		const [cellWidth, tableWidth] = await Promise.all([
			cell.evaluate((td) => td.getBoundingClientRect().width),
			table.evaluate((t) => t.getBoundingClientRect().width)
		]);
		expect(cellWidth).toBeGreaterThan(tableWidth * 0.8);
	});
}
