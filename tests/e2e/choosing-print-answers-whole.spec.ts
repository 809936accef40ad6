import { expect, test } from '@playwright/test';
import { values } from '../../src/lib/decision/questions';
import { printed } from './pdf';
import { openHydrated } from './site';

// "What matters to me" printed with every value answered: its last answer ("Éviter une opération — 4
// énormément") fell under its box where the box crossed a page, and the next heading was printed over it
// (patient review 60, D4). On paper no line of text may lie on another.

const VALUES = values.map((value) => value.id);

for (const path of ['/fr/choisir/', '/en/choosing/']) {
	test(`${path} printed with every value answered: every answer on paper, none printed over`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 1366, height: 768 });
		await openHydrated(page, path);
		for (const value of VALUES) await page.locator(`input[name="value-${value}"][value="4"]`).check();
		const pdf = await printed(page);
		const overlaps: string[] = [];
		let answers = 0;
		for (let n = 1; n <= pdf.numPages; n++) {
			const sheet = await pdf.getPage(n);
			const lines = (await sheet.getTextContent()).items
				.filter(
					(item): item is typeof item & { str: string; transform: number[]; width: number; height: number } =>
						'str' in item && item.str.trim() !== ''
				)
				.map((item) => ({
					text: item.str,
					x: item.transform[4]!,
					y: item.transform[5]!,
					width: item.width,
					height: item.height
				}));
			answers += lines.filter((line) => /^4\s(énormément|very much)/.test(line.text.trim())).length;
			for (const [i, a] of lines.entries())
				for (const b of lines.slice(i + 1)) {
					// two runs of text overlap when they share more than a fifth of a line, across and down
					const across = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
					const down = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
					if (across > 1 && down > 0.2 * Math.min(a.height, b.height))
						overlaps.push(`page ${n}: "${a.text}" and "${b.text}"`);
				}
		}
		expect(overlaps).toEqual([]);
		expect(answers).toBe(VALUES.length);
	});
}
