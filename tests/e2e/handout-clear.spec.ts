import { expect, test, type Page } from '@playwright/test';
import { STORAGE_KEY } from '../../src/lib/decision/answers';
import { values } from '../../src/lib/decision/questions';
import en from '../../src/lib/handout/messages/en.json' with { type: 'json' };
import fr from '../../src/lib/handout/messages/fr.json' with { type: 'json' };
import { extractText, printed, squeeze } from './pdf';
import { accessibilityViolations, hydrated, noProblems, openHydrated, watch } from './site';

// A sheet on a shared computer (privacy review D1): on screen, where it shows the answers kept in this browser,
// it says they stay until cleared and offers "Clear my answers" there; cleared, they leave the sheet, the
// browser's storage and the other open tabs; on paper there is neither the note nor the button.
const sheets = [
	{
		lang: 'fr',
		path: '/fr/fiche-glucopuncture/',
		choosing: '/fr/choisir/'
	},
	{
		lang: 'en',
		path: '/en/handout-hydrotomy/',
		choosing: '/en/choosing/'
	}
] as const;

const answers = { values: { 'avoid-needles': 4 }, sure: { sure: false }, questions: ['evidence'] };
const rated = values.find((value) => value.id === 'avoid-needles')!;

/** The answers stored once (not at each load, as an init script would), then the page opened again. */
async function withAnswers(page: Page, path: string) {
	await page.goto(path);
	await page.evaluate(
		([key, value]) => localStorage.setItem(key!, value!),
		[STORAGE_KEY, JSON.stringify(answers)]
	);
	await page.reload();
	await hydrated(page);
}

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

for (const sheet of sheets) {
	test.describe(`sheet ${sheet.path}`, () => {
		test('says on screen that the answers are kept in this browser, and clears them there', async ({
			page,
			context,
			baseURL
		}) => {
			const problems = watch(page, baseURL!);
			const w = { fr, en }[sheet.lang];
			await withAnswers(page, sheet.path);
			const kept = page.locator('[data-handout-kept]');
			const clear = kept.getByRole('button', { name: w.handoutClear });
			await expect(kept.getByText(w.handoutKept)).toBeVisible();
			await expect(clear).toBeVisible();
			await expect(page.locator('[data-handout-values]')).toContainText(rated.text[sheet.lang]);
			expect(await accessibilityViolations(page, undefined, '[data-handout-kept]')).toEqual([]);

			// on paper: the answers, never the note or the button
			await page.emulateMedia({ media: 'print' });
			await expect(kept).toBeHidden();
			await expect(clear).toBeHidden();
			const onPaper = squeeze((await extractText(await printed(page), { mergePages: true })).text);
			expect(onPaper).toContain(squeeze(rated.text[sheet.lang]));
			expect(onPaper).not.toContain(squeeze(w.handoutClear));
			expect(onPaper).not.toContain(squeeze(w.handoutKept));
			await page.emulateMedia({ media: 'screen' });

			// the choosing page open in another tab follows the clear
			const other = await context.newPage();
			await openHydrated(other, sheet.choosing);
			await expect(other.locator('form.what-matters input:checked')).toHaveCount(3);

			await clear.click();
			expect(await stored(page)).toBeNull();
			await expect(page.locator('[data-handout-values]')).toHaveCount(0);
			await expect(page.locator('[data-handout-sure]')).toHaveCount(0);
			await expect(page.locator('[data-handout-questions="ticked"]')).toHaveCount(0);
			await expect(kept.getByText(w.handoutKept)).toHaveCount(0);
			await expect(kept.getByRole('button', { name: w.handoutUndo })).toBeVisible();
			await expect(other.locator('form.what-matters input:checked')).toHaveCount(0);

			// printed now, the sheet holds none of them
			const afterwards = squeeze((await extractText(await printed(page), { mergePages: true })).text);
			expect(afterwards).not.toContain(squeeze(rated.text[sheet.lang]));
			expect(afterwards).not.toContain(squeeze(w.handoutSureHeading));
			expect(afterwards).not.toContain(squeeze(w.handoutTickedIntro));

			// and once the page is opened again: nothing comes back
			await page.reload();
			await hydrated(page);
			expect(await stored(page)).toBeNull();
			await expect(page.locator('[data-handout-kept]')).toHaveCount(0);
			await expect(page.locator('[data-handout-questions="all"]')).toBeVisible();
			expect(problems).toEqual(noProblems);
		});
	});
}
