import { expect, test, type Locator, type Page } from '@playwright/test';
import { holdIslandsScript } from './site';

// On a slow connection the dose calculator's fields take typing from the first paint (start.js enables them),
// seconds before its code arrives; its result was still the prerendered example's, 20 mL at 5 %: "5 mL"
// beside "1 g of glucose… 0.37 mmol/L", a number a doctor could copy down (patient57 review D2). From the
// first value typed until it starts, no number is shown for it: the result is hidden, and the calculator says,
// to the eye and to a screen reader, that it is calculating; once started it shows and says the right one.

const words = {
	fr: {
		path: '/fr/glucopuncture/',
		volume: 'Volume injecté',
		calculating: 'Calcul en cours…',
		example: /\b1\sg de glucose|0,067|0,37/,
		heardExample: /1 gramme de glucose|0,37 millimole/,
		result: '0,25\u00a0g de glucose',
		said: '0,25 gramme de glucose'
	},
	en: {
		path: '/en/glucopuncture/',
		volume: 'Volume injected',
		calculating: 'Calculating…',
		example: /\b1\sg of glucose|0\.37|6\.7/,
		heardExample: /1 gram of glucose|0\.37 millimoles/,
		result: '0.25\u00a0g of glucose',
		said: '0.25 grams of glucose'
	}
} as const;

/** What the eye reads of the calculator: its text as laid out, without what is hidden. */
const seen = (dose: Locator) => dose.evaluate((section: HTMLElement) => section.innerText);

async function typedBeforeStart(page: Page, lang: 'fr' | 'en') {
	const w = words[lang];
	// not to the load event: a held script asked for before it would hold that event too
	await page.goto(w.path, { waitUntil: 'domcontentloaded' });
	const dose = page.locator('section.dose');
	const volume = dose.getByLabel(w.volume);
	await volume.scrollIntoViewIfNeeded();
	await expect(volume).toBeEnabled();
	await volume.fill('5');
	return { dose, volume, w };
}

for (const lang of ['fr', 'en'] as const) {
	test(`${lang}: a volume typed before the calculator starts shows no number until it does, then the right one`, async ({
		page
	}) => {
		const release = await holdIslandsScript(page);
		const { dose, w } = await typedBeforeStart(page, lang);
		// the example's result is gone, to the eye and to the ear, and the calculator says it is calculating
		await expect(dose.locator('output')).toBeHidden();
		await expect(dose.getByText(w.calculating)).toBeVisible();
		expect(await seen(dose)).not.toMatch(w.example);
		const heard = await dose.ariaSnapshot();
		expect(heard).toContain(w.calculating);
		expect(heard).not.toMatch(w.heardExample);
		// its code comes: the result for 5 mL at 5 %, shown and said
		release();
		await expect(dose.locator('output')).toBeVisible();
		await expect(dose.locator('output')).toContainText(w.result);
		await expect(dose.getByText(w.calculating)).toBeHidden();
		await expect(dose.locator('[data-dose-said]')).toContainText(w.said);
	});
}

test('a calculator that cannot start after a value was typed shows its example with its note, not "calculating"', async ({
	page
}) => {
	const fail = await holdIslandsScript(page, { then: 'fail' });
	const { dose, w } = await typedBeforeStart(page, 'fr');
	await expect(dose.getByText(w.calculating)).toBeVisible();
	fail();
	await expect(page.locator('html[data-islands="failed"]')).toBeAttached();
	// the note says the example is shown, and that changing a field changes nothing: the example is shown
	await expect(dose.locator('.tool-unstarted')).toBeVisible();
	await expect(dose.locator('output')).toBeVisible();
	await expect(dose.locator('output')).toContainText('1\u00a0g de glucose');
	await expect(dose.getByText(w.calculating)).toBeHidden();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the calculator’s fields stay disabled and its example stays shown, never "calculating"', async ({
		page
	}) => {
		for (const lang of ['fr', 'en'] as const) {
			const w = words[lang];
			await page.goto(w.path);
			const dose = page.locator('section.dose');
			await expect(dose.getByLabel(w.volume)).toBeDisabled();
			await expect(dose.locator('output')).toBeVisible();
			expect(await seen(dose)).toMatch(w.example);
			await expect(dose.getByText(w.calculating)).toBeHidden();
		}
	});
});
