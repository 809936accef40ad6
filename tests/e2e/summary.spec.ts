import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { articles, drawEveryBlock, noProblems, openHydrated, watch } from './site';

// The top of each article as a patient meets it: four cards that answer "what is it, does it work, what are
// the risks, what to ask", a table of contents, and sections a link (or the language switch) can land on.
test.use({ locale: 'de-DE' }); // the welcome page's redirect plays no part here

/** The site's words, as the pages show them (src/lib/i18n/messages). */
type Words = typeof import('../../src/lib/i18n/messages/fr.json');
const catalogue = (lang: 'fr' | 'en'): Words =>
	JSON.parse(readFileSync(`src/lib/i18n/messages/${lang}.json`, 'utf8'));
const words = { fr: catalogue('fr'), en: catalogue('en') };

const summaryOf = (page: Page, lang: 'fr' | 'en') =>
	page.getByRole('region', { name: words[lang].summaryHeading });
const contentsOf = (page: Page, lang: 'fr' | 'en') =>
	page.getByRole('navigation', { name: words[lang].summaryContents });
/** A card's link to its section ("Read more: The risks"), not the links of its badge's references. */
const readMore = (lang: 'fr' | 'en') => new RegExp(`^${words[lang].summaryReadOn}`);
const switchTo = (page: Page, lang: 'fr' | 'en') =>
	page.getByRole('navigation', { name: words[lang].languageNavLabel }).getByRole('link');

for (const { path, lang, other } of articles) {
	const m = words[lang];

	test.describe(`summary of ${path}`, () => {
		test('answers the four questions in cards, each with a badge and a link to an existing section', async ({
			page
		}) => {
			await page.goto(path);
			await drawEveryBlock(page);
			const cards = summaryOf(page, lang).getByRole('listitem');
			await expect(cards).toHaveCount(4);
			await expect(cards.getByRole('heading', { level: 3 })).toHaveText([
				m.summaryWhat,
				m.summaryWorks,
				m.summaryRisks,
				m.summaryAsk
			]);
			for (const card of await cards.all()) {
				await expect(card.locator('[data-evidence]').first()).toBeVisible();
				const link = card.getByRole('link', { name: readMore(lang) });
				const href = (await link.getAttribute('href'))!;
				expect(href).toMatch(/^#[a-z0-9-]+$/);
				// a section heading of this page, named in the link for a screen reader's list of links
				const target = page.locator(`article > h2[id="${href.slice(1)}"]`);
				await expect(target).toHaveCount(1);
				const section = (await target.innerText()).trim();
				await expect(link).toHaveAccessibleName(m.summaryReadOnLabel.replace('{section}', section));
			}
		});

		test('a card’s link takes the reader to its section', async ({ page }) => {
			await openHydrated(page, path);
			const risks = summaryOf(page, lang).getByRole('listitem').filter({ hasText: m.summaryRisks });
			await risks.getByRole('link', { name: readMore(lang) }).click();
			await expect(page).toHaveURL(`${path}#risks`);
			await expect(page.locator('[id="risks"]')).toBeInViewport();
		});

		test('lists every section in its table of contents, and each entry leads to it', async ({ page }) => {
			await openHydrated(page, path);
			const links = contentsOf(page, lang).getByRole('link');
			const sections = page.locator('article > h2');
			expect(await sections.count()).toBeGreaterThanOrEqual(8);
			// the headings' text as written: the page is left as the browser draws it, for the jumps below
			await expect(links).toHaveText((await sections.allTextContents()).map((text) => text.trim()));
			for (const link of await links.all()) {
				const id = (await link.getAttribute('href'))!.slice(1);
				await link.click();
				// the section's address; its query may hold the step a scroll story's figure reached on the way
				// (?k2p.step=…: the story keeps it there, story.spec.ts), which is not the contents' business
				await expect
					.poll(() => {
						const url = new URL(page.url());
						return url.pathname + url.hash;
					})
					.toBe(`${path}#${id}`);
				await expect(page.locator(`article > h2[id="${id}"]`)).toBeInViewport();
			}
		});

		test('gives no two elements the same id', async ({ page }) => {
			await page.goto(path);
			const ids = await page.locator('[id]').evaluateAll((all) => all.map((e) => e.id));
			expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
		});

		test('keeps the section when switching language, from the address and after an in-page link', async ({
			page,
			baseURL
		}) => {
			const problems = watch(page, baseURL!);
			// Arriving on a section: the prerendered link has no hash; it gets it when the page hydrates.
			await openHydrated(page, `${path}#risks`);
			await expect(switchTo(page, lang)).toHaveAttribute('href', `${other}#risks`);
			await switchTo(page, lang).click();
			await expect(page).toHaveURL(`${other}#risks`);
			await expect(page.locator('[id="risks"]')).toBeInViewport();

			// Moving to another section on the page, then switching back.
			const otherLang = lang === 'fr' ? 'en' : 'fr';
			await contentsOf(page, otherLang).locator('a[href="#questions"]').click();
			await expect(page).toHaveURL(`${other}#questions`);
			await expect(switchTo(page, otherLang)).toHaveAttribute('href', `${path}#questions`);
			await switchTo(page, otherLang).click();
			await expect(page).toHaveURL(`${path}#questions`);
			await expect(page.locator('[id="questions"]')).toBeInViewport();
			expect(problems).toEqual(noProblems);
		});
	});
}

test.describe('on a 390 × 844 phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	for (const { path, lang } of articles) {
		test(`${path} shows every card’s question within the first two screens`, async ({ page }) => {
			await page.goto(path);
			const questions = summaryOf(page, lang).getByRole('heading', { level: 3 });
			await expect(questions).toHaveCount(4);
			// page coordinates: the page is not scrolled
			const bottoms = await questions.evaluateAll((all) => all.map((h) => h.getBoundingClientRect().bottom));
			expect(bottoms.filter((bottom) => bottom > 2 * 844)).toEqual([]);
		});
	}
});
