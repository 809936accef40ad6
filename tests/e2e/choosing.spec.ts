import { expect, test, type Page } from '@playwright/test';
import { practitionerQuestions, values } from '../../src/lib/decision/questions';
import { decodeQr } from './qr';
import { accessibilityViolations, hydrated, noProblems, openHydrated, openSettled, watch } from './site';

// The comparison page (issue 12) in both languages: the four options with the same rows and a badge each,
// icon arrays that draw the numbers their trial counts give, and "what matters to me" by keyboard, kept
// across a reload but not after "clear". pages.spec.ts checks it as every page too (axe, console,
// requests, JavaScript off); the checks here are the ones this page adds.
test.use({ locale: 'de-DE' });

const pages = [
	{
		lang: 'fr',
		path: '/fr/choisir/',
		clear: 'Effacer mes réponses',
		undo: 'Annuler',
		yes: 'Oui',
		no: 'Non',
		share: 'partagez-la'
	},
	{
		lang: 'en',
		path: '/en/choosing/',
		clear: 'Clear my answers',
		undo: 'Undo',
		yes: 'Yes',
		no: 'No',
		share: 'share it'
	}
] as const;
// the readiness questions (the SURE test) are named in plain words: "SURE" means nothing to a French reader
const READY = /prêt ou prête à décider|ready to decide/;
const OPTIONS = ['glucopuncture', 'hydrotomy', 'usual-care', 'waiting'];
const ROWS = ['what', 'sessions', 'evidence', 'benefits', 'harms', 'practical'];

/** What the reader has answered, as the page's controls show it. */
async function shown(page: Page) {
	return page.evaluate(() => ({
		values: Object.fromEntries(
			[...document.querySelectorAll<HTMLInputElement>('input[name^="value-"]:checked')].map((i) => [
				i.name.slice('value-'.length),
				Number(i.value)
			])
		),
		sure: Object.fromEntries(
			[...document.querySelectorAll<HTMLInputElement>('input[name^="sure-"]:checked')].map((i) => [
				i.name.slice('sure-'.length),
				i.value
			])
		),
		questions: [...document.querySelectorAll<HTMLInputElement>('input[name="question"]:checked')].map(
			(i) => i.value
		)
	}));
}

for (const { lang, path, clear, undo, yes, no, share: shareWord } of pages) {
	test.describe(`${path}`, () => {
		test('lists the four options in two tables with the same rows, each option’s evidence with a badge', async ({
			page
		}) => {
			await page.goto(path);
			const tables = page.locator('table.compare');
			await expect(tables).toHaveCount(2);
			for (const table of await tables.all()) {
				const options = await table
					.locator('thead th[data-option]')
					.evaluateAll((ths) => ths.map((th) => th.getAttribute('data-option')));
				expect(options).toEqual(OPTIONS);
				const rows = await table
					.locator('tbody tr')
					.evaluateAll((trs) =>
						trs.map((tr) => ({ id: tr.getAttribute('data-row'), cells: tr.querySelectorAll('td').length }))
					);
				expect(rows).toEqual(ROWS.map((id) => ({ id, cells: 4 })));
				const evidence = table.locator('tr[data-row="evidence"] td');
				// or, for a claim resting on one study without a control group, its source (GP review D3)
				for (let i = 0; i < 4; i++) {
					const badge = evidence.nth(i).locator('.badge, [data-level], .cite').first();
					await expect(badge).toBeVisible();
				}
			}
		});

		// the one trial's counts (Gerritsen 2002) are not in ../shared/science.md: its result is told in words, with
		// no icon array and no "about 53 in 100" (GP review D4)
		test('tells the splint-or-operation trial in words, with no count science has not vetted', async ({
			page
		}) => {
			await page.goto(path);
			await expect(page.locator('figure.icon-array')).toHaveCount(0);
			const section = page.locator('h3#carpal-tunnel-numbers + p');
			await expect(section).toContainText(lang === 'fr' ? 'attelle' : 'splint');
			await expect(section.locator('.badge, [data-level]').first()).toBeVisible();
			await expect(page.locator('main')).not.toContainText(
				lang === 'fr' ? /\b(53|79) sur 100/ : /\b(53|79) in 100/
			);
		});

		// a patient reads "(AAOS 2016)" or "Pfizer, dextrose" as a code or a brand: each citation in the text
		// says it is a source, and its link still leads to the entry
		test('names each citation in its text as a source, linked to its entry', async ({ page }) => {
			await page.goto(path);
			const cites = page.locator('main .cite');
			expect(await cites.count()).toBeGreaterThan(5);
			for (const cite of await cites.all()) {
				await expect(cite).toHaveText(lang === 'fr' ? /^\(sources?\s: .+\)$/ : /^\(sources?: .+\)$/);
				await expect(cite.locator('a[data-cite]').first()).toHaveAttribute('href', /references/);
			}
			// the readiness questions: a plain legend, the test's name once, in brackets
			await expect(page.getByRole('group', { name: READY })).toBeVisible();
			await expect(page.getByText(/SURE/)).toHaveCount(1);
		});

		test('shows when it was reviewed and when the next review is due', async ({ page }) => {
			await page.goto(path);
			await expect(page.locator('footer.review [data-reviewed="2026-11-30"]')).toContainText('2026');
			await expect(page.locator('footer.review [data-next-review="2027-11-30"]')).toContainText('2027');
		});

		test('keeps the answers given by keyboard across a reload, and forgets them after "clear"', async ({
			page,
			baseURL
		}) => {
			const problems = watch(page, baseURL!);
			await openHydrated(page, path);
			// answers are kept by the script: wait until it has taken over the page
			await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });

			// values: focus the first choice of "avoiding needles", then arrow keys move within the group
			const needles = page.locator('input[name="value-avoid-needles"]');
			await needles.first().focus();
			await page.keyboard.press('ArrowRight');
			await page.keyboard.press('ArrowRight');
			await page.keyboard.press('ArrowRight');
			await expect(needles.nth(3)).toBeChecked();
			// Tab leaves the group for the next one; arrows there too
			await page.keyboard.press('Tab');
			await expect(page.locator('input[name="value-proven"]').first()).toBeFocused();
			await page.keyboard.press('ArrowRight');
			await expect(page.locator('input[name="value-proven"]').nth(1)).toBeChecked();

			// SURE: "yes" to the first question, "no" to the second, by keyboard
			await page.getByRole('group', { name: READY }).getByRole('radio', { name: yes }).first().focus();
			await page.keyboard.press('Space');
			await page.keyboard.press('Tab');
			await page.keyboard.press('ArrowRight'); // a group with nothing ticked: ArrowRight ticks its second choice
			await expect(page.locator('input[name="sure-understand"][value="no"]')).toBeChecked();
			await expect(
				page.getByRole('group', { name: READY }).getByRole('radio', { name: no }).nth(1)
			).toBeChecked();

			// a question to ask, ticked with Space
			const evidenceQuestion = page.locator('input[name="question"][value="evidence"]');
			await evidenceQuestion.focus();
			await page.keyboard.press('Space');
			await expect(evidenceQuestion).toBeChecked();

			const before = await shown(page);
			expect(before).toEqual({
				values: { 'avoid-needles': 3, proven: 1 },
				sure: { sure: 'yes', understand: 'no' },
				questions: ['evidence']
			});
			expect(await page.evaluate(() => localStorage.getItem('decision-answers-v1'))).toContain('evidence');
			expect(await page.context().cookies()).toEqual([]);

			await page.reload();
			await hydrated(page);
			await expect.poll(() => shown(page)).toEqual(before);

			// "clear", by keyboard
			await page.getByRole('button', { name: clear }).focus();
			await page.keyboard.press('Enter');
			await expect.poll(() => shown(page)).toEqual({ values: {}, sure: {}, questions: [] });
			expect(await page.evaluate(() => localStorage.getItem('decision-answers-v1'))).toBeNull();
			// its own status (the header has one too, saying when the site is ready offline)
			await expect(page.locator('form').getByRole('status')).not.toBeEmpty();

			await page.reload();
			await hydrated(page);
			expect(await shown(page)).toEqual({ values: {}, sure: {}, questions: [] });
			expect(problems).toEqual(noProblems);
		});

		test('"clear" can be undone: the answers come back, until the next change', async ({ page }) => {
			await openHydrated(page, path);
			await page.locator('input[name="value-avoid-needles"]').nth(3).check();
			await page.locator('input[name="sure-understand"][value="no"]').check();
			await page.locator('input[name="question"][value="evidence"]').check();
			const before = await shown(page);
			const stored = await page.evaluate(() => localStorage.getItem('decision-answers-v1'));

			// one tap too many: the status says the answers are gone, and offers to bring them back
			await page.getByRole('button', { name: clear }).click();
			await expect.poll(() => shown(page)).toEqual({ values: {}, sure: {}, questions: [] });
			await expect(page.locator('form').getByRole('status')).not.toBeEmpty();
			await page.getByRole('button', { name: undo }).click();
			await expect.poll(() => shown(page)).toEqual(before);
			expect(await page.evaluate(() => localStorage.getItem('decision-answers-v1'))).toBe(stored);
			await expect(page.getByRole('button', { name: undo })).toHaveCount(0);
			await expect(page.getByRole('button', { name: clear })).toBeFocused();

			// cleared, then a new answer: what was cleared is gone for good
			await page.getByRole('button', { name: clear }).click();
			await expect(page.getByRole('button', { name: undo })).toBeVisible();
			await page.locator('input[name="question"][value="diagnosis"]').check();
			await expect(page.getByRole('button', { name: undo })).toHaveCount(0);
			await expect.poll(() => shown(page)).toEqual({ values: {}, sure: {}, questions: ['diagnosis'] });
		});

		test('answers cleared in one tab stay cleared: another tab still open, and an open sheet, follow', async ({
			context
		}) => {
			// a shared computer in a practice: the patient clears their answers; another tab left open must not
			// write them back at its next answer, nor an open sheet print them
			const open = async (at: string) => {
				const tab = await context.newPage();
				await openHydrated(tab, at);
				return tab;
			};
			const first = await open(path);
			await first.locator('input[name="value-avoid-needles"]').nth(3).check();
			await first.locator('input[name="question"][value="diagnosis"]').check();
			const sheet = await open(lang === 'fr' ? '/fr/fiche-glucopuncture/' : '/en/handout-glucopuncture/');
			await expect(sheet.locator('[data-handout-values] li')).toHaveCount(1);
			const second = await open(path);
			await second.getByRole('button', { name: clear }).click();

			await expect(first.locator('input[name="value-avoid-needles"]:checked')).toHaveCount(0);
			await expect(sheet.locator('[data-handout-values] li')).toHaveCount(0);
			await expect(sheet.locator('[data-handout-questions="all"]')).toBeVisible();
			// the next answer in the first tab keeps only itself
			await first.locator('input[name="question"][value="evidence"]').check();
			const stored = await first.evaluate(() => localStorage.getItem('decision-answers-v1'));
			expect(JSON.parse(stored!)).toEqual({ values: {}, sure: {}, questions: ['evidence'] });
		});

		test('says the SURE result once all four questions are answered', async ({ page }) => {
			await openHydrated(page, path);
			const sure = page.getByRole('group', { name: READY });
			const result = sure.locator('.result');
			await expect(result).toBeEmpty();
			for (const id of ['sure', 'understand', 'risk-benefit', 'encouragement'])
				await page.locator(`input[name="sure-${id}"][value="yes"]`).check();
			const allYes = await result.textContent();
			expect(allYes?.length).toBeGreaterThan(10);
			await page.locator('input[name="sure-encouragement"][value="no"]').check();
			await expect(result).not.toHaveText(allYes!);
			await expect(result).not.toBeEmpty();
			await expect(result).toHaveAttribute('aria-live', 'polite');
			// a later visit shows the kept result without a screen reader saying it, out of the blue, as the page
			// loads; it is said again once the reader answers
			await page.reload();
			await hydrated(page);
			await expect(result).not.toBeEmpty();
			await expect(result).toHaveAttribute('aria-live', 'off');
			await page.locator('input[name="sure-encouragement"][value="yes"]').check();
			await expect(result).toHaveText(allYes!);
			await expect(result).toHaveAttribute('aria-live', 'polite');
		});

		test('has no axe violation with answers given, on a phone', async ({ page }) => {
			await page.setViewportSize({ width: 390, height: 844 });
			await openSettled(page, path);
			await page.locator('input[name="value-cost"]').nth(2).check();
			await page.locator('input[name="question"]').first().check();
			expect(await accessibilityViolations(page)).toEqual([]);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow).toBeLessThanOrEqual(0);
		});

		test('prints the answers given, not a form, with badges that stay inside their line', async ({
			page
		}) => {
			await openHydrated(page, path);
			await page.locator('input[name="value-cost"]').nth(1).check();
			await page.locator('input[name="question"][value="evidence"]').check();
			await page.emulateMedia({ media: 'print' });

			const visible = (selector: string) =>
				page
					.locator(selector)
					.evaluateAll(
						(elements) => elements.filter((element) => (element as HTMLElement).checkVisibility()).length
					);
			expect(await visible('form input, form button')).toBe(0);
			// the one value rated, with its answer; the one question ticked; no SURE part, since none was answered
			await expect(page.locator('[data-value="cost"]')).toBeVisible();
			await expect(page.locator('[data-value="cost"] label:visible')).toHaveText(/1/);
			expect(await visible('fieldset[data-value]')).toBe(1);
			expect(await visible('input[name="question"] ~ *, .questions li')).toBe(1);
			await expect(page.locator('#sure')).toBeHidden();

			// a badge's outline does not rise into the line above or fall into the line below
			const overflows = await page.locator('.compare .evidence .badge').evaluateAll((badges) =>
				badges
					.map((badge) => {
						const cell = badge.closest('td')!;
						const lineHeight = parseFloat(getComputedStyle(cell).lineHeight);
						return badge.getBoundingClientRect().height - lineHeight;
					})
					.filter((excess) => excess > 0.5)
			);
			expect(overflows).toEqual([]);
		});

		test('printed before any answer, gives the questions as a form to fill in by hand, and the page’s date and address', async ({
			page
		}) => {
			await openHydrated(page, path);
			await page.emulateMedia({ media: 'print' });
			// every value with its five empty boxes, every question to the practitioner with its own
			await expect(page.locator('input[name^="value-"]:visible')).toHaveCount(values.length * 5);
			await expect(page.locator('input[name="question"]:visible')).toHaveCount(practitionerQuestions.length);
			expect(await page.locator('form.what-matters input:checked').count()).toBe(0);
			// the way back to the page, with the day it was printed
			const stamp = page.locator('[data-handout-stamp]');
			await expect(stamp).toBeVisible();
			await expect(stamp).toContainText(new URL(page.url()).pathname);
			await expect(stamp.locator('time')).toBeVisible();
		});

		test('in a consultation, a patient takes the page home from the screen: its QR code opens it', async ({
			page,
			baseURL
		}) => {
			const problems = watch(page, baseURL!);
			await page.goto(path);
			// near the top, before the first comparison
			const share = page.getByRole('button', { name: shareWord, exact: true });
			const firstTable = (await page.locator('table.compare').first().boundingBox())!;
			expect((await share.boundingBox())!.y).toBeLessThan(firstTable.y);
			await share.click();
			const dialog = page.getByRole('dialog');
			await expect(dialog).toBeVisible();
			const address = `${baseURL}${path}`;
			await expect(dialog.getByRole('textbox')).toHaveValue(address);
			expect(await decodeQr(page, await dialog.getByRole('img').screenshot())).toBe(address);
			expect(await accessibilityViolations(page)).toEqual([]);
			await page.keyboard.press('Escape');
			await expect(dialog).toBeHidden();
			await expect(share).toBeFocused();
			// not on paper, which prints the address itself
			await page.emulateMedia({ media: 'print' });
			await expect(page.locator('.share-page')).toBeHidden();
			expect(problems).toEqual(noProblems);
		});

		test('offline before the site was kept, "share it" says why it cannot open', async ({ browser }) => {
			const context = await browser.newContext({ serviceWorkers: 'block' });
			const page = await context.newPage();
			await page.goto(path);
			await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
			await context.route('**/*', (route) => route.abort('internetdisconnected'));
			await page.getByRole('button', { name: shareWord, exact: true }).click();
			await expect(page.locator('.share-page [role="status"]')).toHaveText(
				lang === 'fr' ? /connexion est perdue/ : /connection is lost/
			);
			await expect(page.getByRole('dialog')).toHaveCount(0);
			await context.close();
		});

		test.describe('without JavaScript', () => {
			test.use({ javaScriptEnabled: false });
			test('still shows the options and the questions as a list', async ({ page }) => {
				await page.goto(path);
				// no line offering a code that cannot be shown
				await expect(page.locator('.share-page')).toBeHidden();
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				await expect(page.locator('table.compare')).toHaveCount(2);
				await expect(page.locator('input[name="question"]')).toHaveCount(practitionerQuestions.length);
				await expect(page.locator('input[name^="sure-"]')).toHaveCount(8);
				// each value on its 0–4 scale
				await expect(page.locator('input[name^="value-"]')).toHaveCount(values.length * 5);
			});
		});
	});
}

test('both articles lead to the comparison from their questions section, and the menu does too', async ({
	page
}) => {
	for (const [article, target] of [
		['/fr/glucopuncture/', '/fr/choisir/'],
		['/fr/hydrotomie/', '/fr/choisir/'],
		['/en/glucopuncture/', '/en/choosing/'],
		['/en/hydrotomy/', '/en/choosing/']
	] as const) {
		await page.goto(article);
		await expect(
			page.locator(`section#questions a[href="${target}"], #questions ~ p a[href="${target}"]`).first()
		).toBeAttached();
		await expect(page.locator(`nav a[href="${target}"]`).first()).toBeAttached();
	}
});

test('each 0–4 scale reads in order: down a phone, across a laptop, never broken into uneven rows', async ({
	page
}) => {
	for (const [width, across] of [
		[390, false],
		[1280, true]
	] as const) {
		await page.setViewportSize({ width, height: 900 });
		await page.goto('/fr/choisir/');
		for (const scale of await page.locator('[data-value] .choices').all()) {
			const boxes = await scale.locator('label').evaluateAll((labels) =>
				labels.map((label) => {
					const box = label.querySelector('input')!.getBoundingClientRect();
					return { x: Math.round(box.x), y: Math.round(box.y) };
				})
			);
			expect(boxes).toHaveLength(5);
			// the buttons 0 to 4 on one line, left to right; or in one column, top to bottom
			const [line, order] = across ? (['y', 'x'] as const) : (['x', 'y'] as const);
			expect(new Set(boxes.map((box) => box[line])).size, `${width} px`).toBe(1);
			const along = boxes.map((box) => box[order]);
			expect(along, `${width} px`).toEqual([...along].sort((a, b) => a - b));
		}
	}
});

test('on a phone, the page’s contents lead to “what matters”, and the options’ cards read at the page’s size', async ({
	browser
}) => {
	const context = await browser.newContext({
		viewport: { width: 360, height: 640 },
		isMobile: true,
		hasTouch: true
	});
	const page = await context.newPage();
	await page.goto('/fr/choisir/');
	// far down the page (some forty screens at 150 % text): one tap away from its top
	const contents = page.getByRole('navigation', { name: 'Sommaire' });
	await contents.getByRole('link', { name: 'Ce qui compte pour vous' }).tap();
	await expect(page).toHaveURL(/#what-matters$/);
	await expect(page.getByRole('heading', { name: 'Ce qui compte pour vous' })).toBeInViewport();
	const size = (selector: string) =>
		page
			.locator(selector)
			.first()
			.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
	expect(await size('table.compare td')).toBeGreaterThanOrEqual(await size('article > p'));
	expect(await size('table.compare td')).toBeGreaterThanOrEqual(18);
	await context.close();
});

test('at 320 px (400 % zoom), each option’s card keeps its words off its border, on both sides', async ({
	browser
}) => {
	const context = await browser.newContext({ viewport: { width: 320, height: 256 } });
	const page = await context.newPage();
	for (const path of ['/fr/choisir/', '/en/choosing/']) {
		await page.goto(path);
		// the gap between each card's border and the words in it: its row name and every option's cell
		const insets = await page.locator('table.compare tbody tr').evaluateAll((rows) =>
			rows.map((row) => {
				const card = row.getBoundingClientRect();
				const words = [...row.querySelectorAll('th, td')].map((cell) => {
					const range = document.createRange();
					range.selectNodeContents(cell);
					return range.getBoundingClientRect();
				});
				return {
					start: Math.min(...words.map((box) => box.left)) - card.left,
					end: card.right - Math.max(...words.map((box) => box.right))
				};
			})
		);
		expect(insets.length, path).toBeGreaterThan(0);
		for (const { start, end } of insets) {
			// the card's own padding (0.75rem, 13.5 px at the page's 18 px) and its 1 px border
			expect(start, path).toBeGreaterThanOrEqual(10);
			expect(end, path).toBeGreaterThanOrEqual(10);
		}
	}
	await context.close();
});
