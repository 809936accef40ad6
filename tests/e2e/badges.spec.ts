import { expect, test, type Locator, type Page } from '@playwright/test';
import { accessibilityViolations, builtSceneIds, colourRules, openHydrated, openSettled } from './site';

// Evidence badges explain themselves: a badge opens a sheet with its level in words, what the level means
// and what each of its references is. By mouse, touch and keyboard, in both languages.
test.use({ locale: 'de-DE' });

const words = {
	fr: {
		article: '/fr/glucopuncture/',
		home: '/fr/',
		levels: ['Établi', 'Petits essais', 'Hypothèse', 'Non démontré', 'Inexact'],
		button: /^Niveau de preuve\s?: (.+) \(ouvre les détails\)$/,
		dialog: (level: string) => new RegExp(`^Niveau de preuve\\s?: ${level}$`),
		// what each level means, for a patient first: a plain sentence, the technical words after it
		means: [
			/^C’est bien connu, et les études sont d’accord\. Physiologie/,
			/^Quelques petits essais vont dans ce sens, mais on n’en est pas encore sûr\. Essais randomisés/,
			/^C’est une idée qui se tient, mais personne ne l’a encore vérifiée\. Plausible/,
			/^Rien de solide ne le montre, ou les études disent le contraire\. Études\s: aucune/,
			/^C’est faux\s: des faits bien connus disent le contraire\. Contredit/
		],
		wu2017: 'Essai randomisé, 60 poignets'
	},
	en: {
		article: '/en/glucopuncture/',
		home: '/en/',
		levels: ['Established', 'Small trials', 'Hypothesis', 'Not supported', 'Incorrect'],
		button: /^Level of evidence: (.+) \(opens the details\)$/,
		dialog: (level: string) => new RegExp(`^Level of evidence: ${level}$`),
		means: [
			/^This is well known, and the studies agree\. Textbook/,
			/^A few small trials point this way, but we are not sure yet\. Randomised trials/,
			/^It is an idea that makes sense, but no one has checked it yet\. Plausible/,
			/^Nothing sound shows it, or the studies point the other way\. Studies: none/,
			/^This is wrong: well-known facts say otherwise\. Contradicted/
		],
		wu2017: 'Randomised trial, 60 wrists'
	}
} as const;

const levelIds = ['established', 'trials', 'hypothesis', 'unsupported', 'incorrect'];

/** A badge of the article text (not one of a still figure's hidden controls) that cites `ref`. */
const badgeCiting = (page: Page, ref: string) =>
	page.locator(`article [data-evidence]:not(.scene-still *):has(a[data-cite="${ref}"])`).first();

/** The button of a badge (its sheet, inside the badge's markup, has a Close button of its own). */
const buttonOf = (badge: Locator) => badge.locator('button.badge');

/** The sheet a badge's button opens. */
async function sheetOf(page: Page, button: Locator): Promise<Locator> {
	return page.locator(`[id="${await button.getAttribute('popovertarget')}"]`);
}

/** A point of the window where a click or tap lands on nothing that reacts to it, and not on the sheet. */
async function blankPoint(page: Page, sheet: Locator): Promise<{ x: number; y: number }> {
	const point = await sheet.evaluate((el) => {
		for (let y = 12; y < window.innerHeight; y += 24)
			for (let x = 12; x < window.innerWidth; x += 24) {
				const hit = document.elementFromPoint(x, y);
				const reacts = hit?.closest('a, button, input, label, select, textarea, summary, [tabindex], figure');
				if (hit && !reacts && !el.contains(hit)) return { x, y };
			}
		return null;
	});
	expect(point, 'a blank spot of the page').not.toBeNull();
	return point!;
}

/** The sheet lies wholly inside the window, and nothing covers it: what is at its corners is the sheet. */
async function expectInsideAndOnTop(page: Page, sheet: Locator) {
	const box = (await sheet.boundingBox())!;
	const { width, height } = page.viewportSize()!;
	expect(box.x).toBeGreaterThanOrEqual(0);
	expect(box.y).toBeGreaterThanOrEqual(0);
	expect(box.x + box.width).toBeLessThanOrEqual(width);
	expect(box.y + box.height).toBeLessThanOrEqual(height);
	const uncovered = await sheet.evaluate((el) => {
		const r = el.getBoundingClientRect();
		// near each corner, inside the rounded border
		const [dx, dy] = [Math.min(24, r.width / 4), Math.min(24, r.height / 4)];
		const points = [
			[r.left + dx, r.top + dy],
			[r.right - dx, r.top + dy],
			[r.left + dx, r.bottom - dy],
			[r.right - dx, r.bottom - dy],
			[(r.left + r.right) / 2, (r.top + r.bottom) / 2]
		];
		return points.every(([x, y]) => el.contains(document.elementFromPoint(x!, y!)));
	});
	expect(uncovered).toBe(true);
}

/** On a screen wide enough, the sheet opens next to its badge, above or below it, and leaves it in view. */
async function expectBesideItsBadge(sheet: Locator, button: Locator) {
	const [s, b] = [(await sheet.boundingBox())!, (await button.boundingBox())!];
	const apart = s.y >= b.y + b.height || s.y + s.height <= b.y;
	expect(apart, 'the sheet leaves its badge in view').toBe(true);
	expect(Math.abs(s.y - (b.y + b.height)) < 20 || Math.abs(s.y + s.height - b.y) < 20).toBe(true);
}

for (const lang of ['fr', 'en'] as const) {
	const w = words[lang];

	test.describe(`${lang}: a badge in an article`, () => {
		test('opens its sheet by click; Escape closes it and focus goes back to the badge', async ({ page }) => {
			await openHydrated(page, w.article);
			const badge = badgeCiting(page, 'wu-2017');
			const button = buttonOf(badge);
			const level = w.levels[levelIds.indexOf((await badge.getAttribute('data-evidence'))!)]!;
			await expect(button).toHaveAccessibleName(w.button);
			await expect(button).toHaveAccessibleName(new RegExp(level));
			const sheet = await sheetOf(page, button);
			await expect(sheet).toBeHidden();

			await button.click();
			await expect(page.getByRole('dialog', { name: w.dialog(level) })).toBeVisible();
			await expect(sheet.locator('[data-level-meaning]')).toHaveText(
				w.means[(w.levels as readonly string[]).indexOf(level)]!
			);
			await expect(sheet).toBeFocused();
			await expectInsideAndOnTop(page, sheet);
			await expectBesideItsBadge(sheet, button);

			await page.keyboard.press('Escape');
			await expect(sheet).toBeHidden();
			await expect(button).toBeFocused();
		});

		test('Tab past the sheet’s last link closes it: on a phone it would cover where the focus went', async ({
			page
		}) => {
			await page.setViewportSize({ width: 390, height: 844 });
			await openHydrated(page, w.article);
			const button = buttonOf(badgeCiting(page, 'wu-2017'));
			const sheet = await sheetOf(page, button);
			await button.focus();
			await page.keyboard.press('Enter');
			await expect(sheet).toBeFocused();
			// its sources' kinds of study are links too, once their lines have come (fetched as the sheet opens)
			await expect(sheet.locator('a.study').first()).toBeVisible();
			const stops = await sheet.locator('a, button').count();
			for (let i = 0; i < stops; i++) await page.keyboard.press('Tab');
			await expect(sheet).toBeVisible();
			await page.keyboard.press('Tab');
			await expect(sheet).toBeHidden();
			await expect(page.locator(':focus')).toBeInViewport();
		});

		test('a click outside closes the sheet and focus goes back to the badge', async ({ page }) => {
			await openHydrated(page, w.article);
			const button = buttonOf(badgeCiting(page, 'wu-2017'));
			const sheet = await sheetOf(page, button);
			await button.click();
			await expect(sheet).toBeVisible();
			const { x, y } = await blankPoint(page, sheet);
			await page.mouse.click(x, y);
			await expect(sheet).toBeHidden();
			await expect(button).toBeFocused();
		});

		test('lists its references, each linked to its entry with a line saying what kind of study it is', async ({
			page
		}) => {
			await openHydrated(page, w.article);
			const badge = badgeCiting(page, 'wu-2017');
			const cited = await badge
				.locator('a[data-cite]')
				.evaluateAll((links) =>
					links.map((a) => ({ label: a.textContent!.trim(), href: a.getAttribute('href')! }))
				);
			expect(cited.length).toBeGreaterThan(0);
			const button = buttonOf(badge);
			const sheet = await sheetOf(page, button);
			await button.click();

			const items = sheet.getByRole('listitem');
			await expect(items).toHaveCount(cited.length);
			for (const [i, { label, href }] of cited.entries()) {
				const item = items.nth(i);
				await expect(item.getByRole('link', { name: label })).toHaveAttribute('href', href);
				// the study line: more than the reference's name
				const line = (await item.innerText()).replace(label, '').trim();
				expect(line.length, label).toBeGreaterThan(5);
			}
			await expect(sheet.getByRole('listitem').filter({ hasText: 'Wu 2017' })).toContainText(w.wu2017);

			// a reference link in the sheet leads to its entry
			await sheet.getByRole('link', { name: 'Wu 2017' }).click();
			await expect(page).toHaveURL(new RegExp(`/${lang}/references/#ref-wu-2017$`));
		});

		test('opens by keyboard: Tab to the badge, Enter or Space, Tab reaches its links, Escape', async ({
			page
		}) => {
			await openHydrated(page, w.article);
			// Tab from the top of the page until a badge has focus
			let found = false;
			for (let i = 0; i < 150 && !found; i++) {
				await page.keyboard.press('Tab');
				found = await page.evaluate(
					() => !!document.activeElement?.matches('article [data-evidence] button.badge')
				);
			}
			expect(found).toBe(true);
			const button = page.locator(':focus');
			const sheet = await sheetOf(page, button);

			await page.keyboard.press('Enter');
			await expect(sheet).toBeVisible();
			await expect(sheet).toBeFocused();
			await page.keyboard.press('Escape');
			await expect(sheet).toBeHidden();
			await expect(button).toBeFocused();

			await page.keyboard.press(' ');
			await expect(sheet).toBeVisible();
			// Tab goes through the sheet: its Close button, then its references' links
			await page.keyboard.press('Tab');
			await expect(sheet.getByRole('button')).toBeFocused();
			const links = sheet.getByRole('link');
			if ((await links.count()) > 0) {
				await page.keyboard.press('Tab');
				await expect(links.first()).toBeFocused();
				await page.keyboard.press('Shift+Tab');
			}
			await page.keyboard.press('Enter');
			await expect(sheet).toBeHidden();
			await expect(button).toBeFocused();
		});

		test('at 200 % text on a laptop, the sheet opens by its badge and inside the window', async ({
			page
		}) => {
			await page.setViewportSize({ width: 1366, height: 768 });
			const cdp = await page.context().newCDPSession(page);
			await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
			await openHydrated(page, w.article);
			const button = buttonOf(badgeCiting(page, 'wu-2017'));
			await button.click();
			const sheet = await sheetOf(page, button);
			await expect(sheet).toBeVisible();
			await expectInsideAndOnTop(page, sheet);
			await expectBesideItsBadge(sheet, button);
			// too long for the room beside the badge at this size, it scrolls inside itself to its last line
			const last = sheet.getByRole('listitem').last();
			await last.scrollIntoViewIfNeeded();
			await expect(last).toBeInViewport();
		});

		test('has no axe violation with a sheet open, in the light and the dark theme', async ({ page }) => {
			for (const colorScheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme });
				await openSettled(page, w.article);
				const button = buttonOf(badgeCiting(page, 'wu-2017'));
				await button.click();
				await expect(await sheetOf(page, button)).toBeVisible();
				const rules = colorScheme === 'dark' ? colourRules : undefined; // the rest does not change with it
				expect(await accessibilityViolations(page, rules), colorScheme).toEqual([]);
			}
		});
	});

	test.describe(`${lang}: on a touch screen`, () => {
		test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

		test('a tap opens the sheet, docked inside the screen; a tap outside closes it', async ({ page }) => {
			await openHydrated(page, w.article);
			const button = buttonOf(badgeCiting(page, 'wu-2017'));
			const sheet = await sheetOf(page, button);
			await button.tap();
			await expect(sheet).toBeVisible();
			await expect(sheet).toContainText(w.wu2017);
			await expectInsideAndOnTop(page, sheet);
			const { x, y } = await blankPoint(page, sheet);
			await page.touchscreen.tap(x, y);
			await expect(sheet).toBeHidden();
		});

		test('at 200 % text the badge and its sheet stay inside a 390 px screen', async ({ page }) => {
			// the reader doubles the browser's default font size (16 → 32 px)
			const cdp = await page.context().newCDPSession(page);
			await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
			await openHydrated(page, w.article);
			expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThan(
				30
			);
			// no badge of the article runs off the screen (the widest level word sits in a list item)
			const rightEdges = await page
				.locator('article [data-evidence]:not(.scene-still *)')
				.evaluateAll((badges) => badges.map((b) => b.getBoundingClientRect().right));
			expect(Math.max(...rightEdges)).toBeLessThanOrEqual(390);
			const button = buttonOf(badgeCiting(page, 'wu-2017'));
			const sheet = await sheetOf(page, button);
			await button.tap();
			await expect(sheet).toBeVisible();
			await expectInsideAndOnTop(page, sheet);
			// a long sheet scrolls inside itself: its last reference can be reached
			const last = sheet.getByRole('listitem').last();
			await last.scrollIntoViewIfNeeded();
			await expect(last).toBeInViewport();
		});
	});

	test(`${lang}: the home page's legend shows the five badges, each opening its sheet`, async ({ page }) => {
		await openHydrated(page, w.home);
		const legend = page.locator('main [data-evidence]');
		await expect(legend).toHaveCount(5);
		for (const [i, level] of w.levels.entries()) {
			const button = buttonOf(legend.nth(i));
			await expect(button).toHaveAccessibleName(w.button);
			await expect(button).toContainText(level);
			await button.click();
			const dialog = page.getByRole('dialog', { name: w.dialog(level) });
			await expect(dialog).toBeVisible();
			await expect(dialog.locator('[data-level-meaning]')).toHaveText(w.means[i]!);
			// the legend beside the badge says it in the same plain words
			await expect(legend.nth(i).locator('xpath=ancestor::div[1]/dd')).toHaveText(w.means[i]!);
			if (i === 0) expect(await accessibilityViolations(page)).toEqual([]);
			await page.keyboard.press('Escape');
			await expect(dialog).toBeHidden();
		}
	});

	test(`${lang}: a badge among a figure's controls opens a sheet the figure does not clip`, async ({
		page
	}) => {
		// the first scene whose live figure shows a badge (some only with a hypothesis switched on)
		let button: Locator | undefined;
		for (const id of builtSceneIds()) {
			await page.goto(`/${lang}/scenes/${id}/`);
			await expect(page.locator('figure.scene[data-awake="true"]')).toBeVisible();
			for (const box of await page
				.locator('.scene-live')
				.getByRole('checkbox')
				.filter({ visible: true })
				.all())
				await box.check();
			const badges = page.locator('.scene-live [data-evidence] button.badge').filter({ visible: true });
			if ((await badges.count()) > 0) {
				button = badges.first();
				break;
			}
		}
		expect(button, 'a figure with a badge in it').toBeDefined();
		await button!.click();
		const sheet = await sheetOf(page, button!);
		await expect(sheet).toBeVisible();
		await expectInsideAndOnTop(page, sheet);
		await page.keyboard.press('Escape');
		await expect(sheet).toBeHidden();
	});

	test(`${lang}: without JavaScript a badge shows its level and its reference links`, async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(w.article);
		const badge = badgeCiting(page, 'wu-2017');
		await expect(buttonOf(badge)).toBeVisible();
		await expect(buttonOf(badge)).toContainText(new RegExp(w.levels.join('|')));
		await expect(badge.getByRole('link', { name: 'Wu 2017' })).toBeVisible();
		// and the browser itself still opens the sheet (the popover attribute needs no script)
		await buttonOf(badge).click();
		await expect(page.getByRole('dialog')).toContainText(w.wu2017);
		await context.close();
	});
}

test('an English reader is told which sources are in French, and a screen reader says their names in French', async ({
	page
}) => {
	await openHydrated(page, '/en/choosing/');
	// a badge citing a French source (the medical council's ruling) and an English one (a knee trial)
	const badge = page
		.locator('[data-evidence]:has(a[data-cite="ordre-paca-2023"]):has(a[data-cite="reichenbach-2010"])')
		.first();
	await expect(badge.locator('a[data-cite="ordre-paca-2023"]')).toHaveAttribute('lang', 'fr');
	await expect(badge.locator('a[data-cite="reichenbach-2010"]')).not.toHaveAttribute('lang', /./);
	const button = buttonOf(badge);
	const sheet = await sheetOf(page, button);
	await button.click();
	const french = sheet.getByRole('listitem').filter({ hasText: 'Ordre des médecins' });
	await expect(french).toContainText('(in French)');
	// its name (the first link; the second is its kind of study, in the page's language)
	await expect(french.getByRole('link').first()).toHaveAttribute('lang', 'fr');
	await expect(sheet.getByRole('listitem').filter({ hasText: 'Reichenbach' })).not.toContainText('French');
	// in the text, a French source's citation is said in French too
	await expect(page.locator('.cite a[data-cite="ordre-paca-2023"]').first()).toHaveAttribute('lang', 'fr');

	// and where a figure names who makes a claim (a French society)
	await page.goto('/en/scenes/needle-depth/');
	await expect(page.locator('.claim-source a[data-cite="sihp-hydrotomie"]').first()).toHaveAttribute(
		'lang',
		'fr'
	);

	// the references page says so of each French source, and of none other
	await page.goto('/en/references/');
	await expect(page.locator('#ref-ordre-paca-2023')).toContainText('In French.');
	await expect(page.locator('#ref-ordre-paca-2023 .authors')).toHaveAttribute('lang', 'fr');
	await expect(page.locator('#ref-wu-2017')).not.toContainText('In French.');
	await page.goto('/fr/references/');
	await expect(page.locator('#ref-ordre-paca-2023')).not.toContainText('En français.');
});
