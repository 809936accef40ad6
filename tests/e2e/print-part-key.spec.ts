import { expect, test, type Page } from '@playwright/test';
import { printed, squeeze } from './pdf';
import { openHydrated } from './site';

// "Print only this part" on the choosing page, on A4, for a GP to read (choosing review D7): the paper says
// what its evidence labels mean, as the printed sheets do, with the site's notice that it is for education
// only; a tall card goes on over a page rather than leaving the page before it a quarter empty; and the last
// page holds the part's last words, not the site's footer alone.
const pages = [
	{
		path: '/en/choosing/',
		key: 'What the labels mean:',
		used: ['Established', 'Small trials', 'Not supported'],
		unused: ['Hypothesis', 'Incorrect'],
		notice: 'For education only'
	},
	{
		path: '/fr/choisir/',
		key: 'Ce que veulent dire les étiquettes\u00a0:',
		used: ['Établi', 'Petits essais', 'Non démontré'],
		unused: ['Hypothèse', 'Inexact'],
		notice: 'À visée éducative'
	}
] as const;
const parts = ['carpal-tunnel', 'muscle-tendon-back'] as const;

/** Each printed page's text, and how far down its last line comes (0: the top of the paper, 1: its foot). */
async function paper(page: Page) {
	const pdf = await printed(page);
	const sheets: { text: string; lowest: number }[] = [];
	for (let n = 1; n <= pdf.numPages; n++) {
		const sheet = await pdf.getPage(n);
		const { height } = sheet.getViewport({ scale: 1 });
		const items = (await sheet.getTextContent()).items.filter(
			(item): item is typeof item & { str: string; transform: number[] } =>
				'str' in item && item.str.trim() !== ''
		);
		sheets.push({
			text: squeeze(items.map((item) => item.str).join('')),
			lowest: Math.max(...items.map((item) => 1 - item.transform[5]! / height))
		});
	}
	return sheets;
}

async function printPart(page: Page, path: string, part: string) {
	await page.addInitScript(() => (window.print = () => {}));
	await openHydrated(page, path);
	await page.locator(`#${part} ~ site-island`).first().getByRole('button').click();
}

for (const p of pages) {
	for (const part of parts) {
		test(`${p.path}, #${part} printed alone: its labels explained, its pages full, no page of footer alone`, async ({
			page
		}) => {
			await printPart(page, p.path, part);
			// the part's last words on screen (its last block before the next part)
			const last = await page.evaluate((id) => {
				const kept = [...document.querySelectorAll('.prose > [data-print-kept]')];
				const text = (kept[kept.length - 1]?.textContent ?? '').trim();
				return kept.length > 0 && document.getElementById(id) ? text.slice(-40) : '';
			}, part);
			expect(last).not.toBe('');
			const sheets = await paper(page);
			const all = sheets.map((sheet) => sheet.text).join('');

			// the key, once, before the comparison, with the labels this part uses and no other
			expect(all.split(squeeze(p.key)).length - 1).toBe(1);
			const key = all.slice(all.indexOf(squeeze(p.key)), all.indexOf(squeeze(p.key)) + 400);
			for (const label of p.used) expect(key).toContain(squeeze(label));
			for (const label of p.unused) expect(key).not.toContain(squeeze(label));

			// every page but the last is filled to its foot (A4: the 14 mm margin is 5 % of the paper)
			for (const sheet of sheets.slice(0, -1)) expect(sheet.lowest).toBeGreaterThan(0.85);

			// the notice on the first page, with the key; the last page ends with the part's last words
			expect(sheets[0]!.text).toContain(squeeze(p.notice));
			expect(all.split(squeeze(p.notice)).length - 1).toBe(1);
			expect(sheets[sheets.length - 1]!.text.endsWith(squeeze(last))).toBe(true);
		});
	}
}

test('the whole page printed explains its labels once, and the key is never on screen', async ({ page }) => {
	await openHydrated(page, '/en/choosing/');
	await expect(page.locator('[data-part-key]').first()).toBeHidden();
	const all = (await paper(page)).map((sheet) => sheet.text).join('');
	expect(all.split(squeeze('What the labels mean:')).length - 1).toBe(1);
});
