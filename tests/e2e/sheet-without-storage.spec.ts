import { expect, test, type Page } from '@playwright/test';
import { STORAGE_KEY } from '../../src/lib/decision/answers';
import decisionEn from '../../src/lib/decision/messages/en.json' with { type: 'json' };
import decisionFr from '../../src/lib/decision/messages/fr.json' with { type: 'json' };
import en from '../../src/lib/handout/messages/en.json' with { type: 'json' };
import fr from '../../src/lib/handout/messages/fr.json' with { type: 'json' };
import { extractText, printed } from './pdf';
import { hydrated, openHydrated } from './site';

// A browser that refuses site data (a locked-down hospital PC, cookies blocked): the choosing page cannot
// hand its answers to the sheets. The reader who ticked questions there is not told "you have not ticked any
// question" by the sheet; the choosing page says the sheets cannot show them and to print that page instead.
// And a sheet with answers does not speak, on paper, of "this device" (print review D5).

const pages = [
	{
		lang: 'fr',
		choosing: '/fr/choisir/',
		sheet: '/fr/fiche-glucopuncture/',
		words: fr,
		decision: decisionFr
	},
	{ lang: 'en', choosing: '/en/choosing/', sheet: '/en/handout-hydrotomy/', words: en, decision: decisionEn }
] as const;

/** the page's localStorage refuses to be read, as it does in a browser that blocks site data */
const refuseStorage = (page: Page) =>
	page.addInitScript(() =>
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		})
	);

/** localStorage reads but refuses every write (old Safari's private mode, a full store) */
const refuseWrites = (page: Page) =>
	page.addInitScript(() => {
		Storage.prototype.setItem = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});

for (const { lang, choosing, sheet, words, decision } of pages) {
	test(`${lang}: without storage, the choosing page sends the reader to print it, and the sheet says why it shows no answers`, async ({
		page
	}) => {
		await refuseStorage(page);
		await openHydrated(page, choosing);
		await page.locator('main input[type="checkbox"]').first().check();
		await expect(page.getByText(decision.chooseNotSaved)).toBeAttached();
		await page.goto(sheet);
		await hydrated(page);
		const intro = page.locator('[data-handout-offered-intro]');
		await expect(intro).toHaveText(words.handoutNotKept);
		await expect(intro).not.toHaveText(words.handoutNoTicked);
		// the questions are still offered, as on a first visit
		await expect(page.locator('[data-handout-questions="all"] li').first()).toBeVisible();
	});

	test(`${lang}: a sheet with answers does not speak of “this device” on paper`, async ({ page }) => {
		await page.goto(sheet);
		await page.evaluate(
			([key, value]) => localStorage.setItem(key!, value!),
			[STORAGE_KEY, JSON.stringify({ values: { 'avoid-needles': 4 }, sure: {}, questions: ['evidence'] })]
		);
		await page.reload();
		await hydrated(page);
		await expect(page.locator('[data-handout-questions="ticked"] li')).toHaveCount(1);
		await expect(page.locator('[data-handout-values] li')).toHaveCount(1);
		const { text } = await extractText(await printed(page), { mergePages: true });
		expect(text).not.toMatch(lang === 'fr' ? /appareil/ : /device/);
	});

	test(`${lang}: storage that reads but refuses writes: the sheet says why it shows no answers, not that none were ticked`, async ({
		page
	}) => {
		await refuseWrites(page);
		await openHydrated(page, choosing);
		await page.locator('main input[type="checkbox"]').first().check();
		await expect(page.getByText(decision.chooseNotSaved)).toBeAttached();
		await page.goto(sheet);
		await hydrated(page);
		await expect(page.locator('[data-handout-offered-intro]')).toHaveText(words.handoutNotKept);
	});
}
