import { expect, test } from '@playwright/test';
import { extractText, printed, squeeze } from './pdf';
import { openHydrated } from './site';

// The printed sheets carry a key to their evidence labels: on paper a badge cannot be opened, so each level
// the sheet uses is explained in plain words, once, in black on white, and the sheet still holds on two A4
// pages with its dose line. On screen the same key reads under the sheet's introduction.
const sheets = [
	{
		path: '/fr/fiche-glucopuncture/',
		used: ['Établi', 'Petits essais', 'Non démontré'],
		meanings: ['C’est bien connu, et les études sont d’accord.', 'Rien de solide ne le montre'],
		unused: 'personne ne l’a encore vérifiée',
		dose: true
	},
	{
		path: '/fr/fiche-hydrotomie/',
		used: ['Établi', 'Non démontré', 'Inexact'],
		meanings: ['C’est faux : des faits bien connus disent le contraire.'],
		unused: 'Quelques petits essais vont dans ce sens',
		dose: false
	},
	{
		path: '/en/handout-glucopuncture/',
		used: ['Established', 'Small trials', 'Not supported'],
		meanings: ['A few small trials point this way, but we are not sure yet.'],
		unused: 'no one has checked it yet',
		dose: true
	},
	{
		path: '/en/handout-hydrotomy/',
		used: ['Established', 'Not supported', 'Incorrect'],
		meanings: ['This is wrong: well-known facts say otherwise.'],
		unused: 'A few small trials point this way',
		dose: false
	}
] as const;

for (const sheet of sheets) {
	test(`${sheet.path} prints a key to its labels, in black, on two pages at most`, async ({ page }) => {
		await openHydrated(page, sheet.path);
		await expect(page.locator('[data-handout-stamp] time')).toBeAttached();
		const pdf = await printed(page);
		expect(pdf.numPages).toBeLessThanOrEqual(2);
		const onPaper = squeeze((await extractText(pdf, { mergePages: true })).text);
		for (const meaning of sheet.meanings) expect(onPaper).toContain(squeeze(meaning));
		expect(onPaper).not.toContain(squeeze(sheet.unused));
		if (sheet.dose) expect(onPaper).toMatch(/1\s?g/);

		await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
		const printedKey = page.locator('[data-handout-key] li');
		await expect(printedKey.locator('.key-label')).toHaveText([...sheet.used]);
		for (const label of await printedKey.locator('.key-label').all()) {
			await expect(label).toHaveCSS('color', 'rgb(0, 0, 0)');
			await expect(label).toHaveCSS('background-color', 'rgb(255, 255, 255)');
		}
		// printed once: the on-screen key is not on paper
		await expect(page.locator('[data-evidence-key]')).toBeHidden();
	});

	test(`${sheet.path} shows on screen the key to the levels its badges use`, async ({ page }) => {
		await page.goto(sheet.path);
		const key = page.locator('[data-evidence-key]');
		await expect(key).toBeVisible();
		const used = await page
			.locator('article .evidence[data-evidence]')
			.evaluateAll((badges) => [...new Set(badges.map((b) => b.getAttribute('data-evidence')))]);
		const keyed = await key
			.locator('li')
			.evaluateAll((lines) => lines.map((line) => line.getAttribute('data-key-level')));
		expect([...keyed].sort()).toEqual([...used].sort());
		await expect(key.locator('.key-label')).toHaveText([...sheet.used]);
		// the screen shows the key once (the paper's copy is print-only)
		await expect(page.locator('[data-handout-key]')).toBeHidden();
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the sheet still prints its key, on two pages at most', async ({ page }) => {
		await page.goto('/en/handout-glucopuncture/');
		const pdf = await printed(page);
		expect(pdf.numPages).toBeLessThanOrEqual(2);
		const onPaper = squeeze((await extractText(pdf, { mergePages: true })).text);
		expect(onPaper).toContain(squeeze('What the labels mean:'));
		expect(onPaper).toContain(squeeze('This is well known, and the studies agree.'));
	});
});
