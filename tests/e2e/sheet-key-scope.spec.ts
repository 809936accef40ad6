import { expect, test } from '@playwright/test';
import { extractText, printed, squeeze } from './pdf';
import { openHydrated } from './site';

// Patient review: on paper, "✓ Established" right after "Glucopuncture is small injections of 5 % glucose…"
// read as "glucopuncture: established". On screen a badge's sheet says that a label rates the claim, not the
// treatment; paper has no sheet to open, so the printed key to the labels says it first, in one plain
// sentence, before what each level means (and the on-screen key, the same list, says it too).
const scope = {
	fr: 'Une étiquette juge la phrase qu’elle suit, pas le soin.',
	en: 'A label rates the sentence it follows, not the treatment.'
} as const;
const firstMeaning = {
	fr: 'C’est bien connu, et les études sont d’accord.',
	en: 'This is well known, and the studies agree.'
} as const;

const sheets = [
	{ path: '/fr/fiche-glucopuncture/', lang: 'fr' },
	{ path: '/fr/fiche-hydrotomie/', lang: 'fr' },
	{ path: '/en/handout-glucopuncture/', lang: 'en' },
	{ path: '/en/handout-hydrotomy/', lang: 'en' }
] as const;

for (const { path, lang } of sheets) {
	test(`${path} on A4 says, before the labels' meanings, that a label rates the sentence, not the treatment`, async ({
		page
	}) => {
		await openHydrated(page, path);
		await expect(page.locator('[data-handout-stamp] time')).toBeAttached();
		const pdf = await printed(page);
		expect(pdf.numPages).toBeLessThanOrEqual(2);
		const onPaper = squeeze((await extractText(pdf, { mergePages: true })).text);
		const said = onPaper.indexOf(squeeze(scope[lang]));
		expect(said, 'the sentence is on paper').toBeGreaterThanOrEqual(0);
		expect(said, 'before what the first level means').toBeLessThan(
			onPaper.indexOf(squeeze(firstMeaning[lang]))
		);
	});

	test(`${path} on screen: the key to the labels starts with the same sentence`, async ({ page }) => {
		await page.goto(path);
		const key = page.locator('[data-evidence-key]');
		await expect(key).toBeVisible();
		expect(squeeze(await key.innerText())).toMatch(new RegExp(`^${squeeze(scope[lang])}`));
	});
}

for (const lang of ['fr', 'en'] as const) {
	const path = lang === 'fr' ? '/fr/choisir/' : '/en/choosing/';
	test(`${path} printed whole: its key to the labels says it too`, async ({ page }) => {
		await openHydrated(page, path);
		const onPaper = squeeze((await extractText(await printed(page), { mergePages: true })).text);
		expect(onPaper.includes(squeeze(scope[lang])), 'the sentence is on paper').toBe(true);
	});
}
