import { expect, test, type Browser, type Page } from '@playwright/test';
import { decodeQr } from './qr';
import { swipe } from './touch';

// A clinician presenting a consultation on a tablet by touch alone (tablet review): the finger taps ▶ at the
// same spot while talking to the patient, swipes the drawing, and taps what it needs, dialogs included.
const words = {
	fr: {
		figure: (n: number) => `Figure ${n} sur 3`,
		step: (n: number) => `Étape ${n} sur 6`,
		nextFigure: 'Figure suivante : Canaux K2P : le potassium sort, le nerf se calme'
	},
	en: {
		figure: (n: number) => `Figure ${n} of 3`,
		step: (n: number) => `Step ${n} of 6`,
		nextFigure: 'Next figure: K2P channels: potassium leaves, the nerve calms down'
	}
} as const;
const shell = (page: Page) => page.locator('.scene-shell.presenting');
const place = (page: Page) => shell(page).locator('.scene-title .scene-place');
const stepOf = (page: Page) => shell(page).locator('.scene-title .scene-step-of');

/** A tablet of that size in the hand, without motion, its clock the test's to move. */
async function tablet(browser: Browser, width: number, height: number, touch = true) {
	const context = await browser.newContext({
		viewport: { width, height },
		reducedMotion: 'reduce',
		hasTouch: touch,
		isMobile: touch
	});
	const page = await context.newPage();
	await page.clock.install();
	return { context, page };
}

/** The consultation TRPV1, K2P, cushion, presented by a tap on its Present button. */
async function present(page: Page, lang: 'fr' | 'en', tap = true) {
	await page.goto(`/${lang}/consultation/?s=trpv1,k2p,cushion`);
	await expect(page.locator('figure.scene[data-awake="true"]').first()).toBeVisible();
	const button = page.locator('.now-showing button.present');
	if (tap) await button.tap();
	else await button.click();
	await expect(shell(page)).toHaveClass(/present-(beside|below)/);
	await expect(stepOf(page)).toHaveText(new RegExp(`${words[lang].step(1)}$`));
}

const box = async (page: Page) => {
	const found = (await shell(page).locator('.player-controls button.next').boundingBox())!;
	return {
		x: Math.round(found.x),
		y: Math.round(found.y),
		w: Math.round(found.width),
		h: Math.round(found.height)
	};
};

// D1: at a figure's last step ▶ grew to the next figure's title, the row wrapped, and the scrub bar took its
// place: the same tap jumped the figure back to step 3 or 4 instead of opening the next figure.
for (const lang of ['fr', 'en'] as const) {
	for (const [width, height] of [
		[768, 1024],
		[1024, 768]
	] as const) {
		test(`${lang} ${width}×${height}: ▶ tapped at one spot goes through a whole figure and into the next`, async ({
			browser
		}) => {
			const { context, page } = await tablet(browser, width, height);
			await present(page, lang);
			const start = await box(page);
			const x = start.x + start.w / 2;
			const y = start.y + start.h / 2;
			for (let step = 2; step <= 6; step++) {
				await page.touchscreen.tap(x, y);
				await expect(stepOf(page)).toHaveText(new RegExp(`${words[lang].step(step)}$`));
				await expect(place(page)).toHaveText(new RegExp(`${words[lang].figure(1)}$`));
			}
			// at the last step, a screen reader is told which figure comes next
			await expect(shell(page).locator('button.next')).toHaveAccessibleName(words[lang].nextFigure);
			await page.touchscreen.tap(x, y);
			await expect(place(page)).toHaveText(new RegExp(`${words[lang].figure(2)}$`));
			await expect(stepOf(page)).toHaveText(new RegExp(`${words[lang].step(1)}$`));
			await context.close();
		});
	}
}

// …and on every tablet size, upright and landscape, and on the projectors: ▶ keeps its box at every step, and
// the bar stays clear of the step's words. One test per language and size (each in its own context, as when
// they were one test's loop), so that the two workers share them.
const sizes = [
	[768, 1024, true],
	[820, 1180, true],
	[694, 1024, true],
	[1024, 768, true],
	[1180, 820, true],
	[1280, 800, false],
	[1920, 1080, false],
	[1280, 720, false]
] as const;
for (const lang of ['fr', 'en'] as const) {
	for (const [width, height, touch] of sizes) {
		const at = `${lang} ${width}×${height}`;
		test(`${at}: ▶ keeps its place and size at every step of a presented figure, and the bar lies over no words`, async ({
			browser
		}) => {
			const { context, page } = await tablet(browser, width, height, touch);
			await present(page, lang, touch);
			const first = await box(page);
			for (let step = 2; step <= 6; step++) {
				await page.keyboard.press('PageDown');
				await expect(stepOf(page)).toHaveText(new RegExp(`${words[lang].step(step)}$`));
				expect(await box(page), `${at}, step ${step}`).toEqual(first);
			}
			const caption = (await shell(page).locator('.scene-caption').boundingBox())!;
			const bar = (await shell(page).locator('.scene-controls').boundingBox())!;
			const apart =
				caption.y + caption.height <= bar.y + 1 ||
				caption.x + caption.width <= bar.x + 1 ||
				bar.y + bar.height <= caption.y + 1;
			expect(apart, at).toBe(true);
			await context.close();
		});
	}
}

// D4: a tablet on the desk has no clicker, and after a pause each step took two taps (one to bring the bar
// back). A sideways swipe on the figure steps it; the scrub bar is still dragged, and the words still scroll.
for (const [width, height] of [
	[768, 1024],
	[1024, 768]
] as const) {
	test(`fr ${width}×${height}: a sideways swipe on the presented figure steps it, faded bar or not`, async ({
		browser
	}) => {
		const { context, page } = await tablet(browser, width, height);
		await present(page, 'fr');
		const w = words.fr;
		const drawing = (await shell(page).locator('.scene-stage svg').boundingBox())!;
		const x = drawing.x + drawing.width / 2;
		const y = drawing.y + drawing.height / 2;
		await swipe(page, x + 100, y, -200, 20);
		await expect(stepOf(page)).toHaveText(new RegExp(`${w.step(2)}$`));
		await swipe(page, x - 100, y, 200, -10);
		await expect(stepOf(page)).toHaveText(new RegExp(`${w.step(1)}$`));
		// up or down is no step
		await swipe(page, x, y - 100, 10, 200);
		await expect(stepOf(page)).toHaveText(new RegExp(`${w.step(1)}$`));
		// the bar fades; a swipe steps all the same, and a tap where ▶ was only brings the bar back
		const bar = shell(page).locator('.scene-controls');
		await page.clock.fastForward(4000);
		await expect(bar).toHaveCSS('opacity', '0');
		await swipe(page, x + 100, y, -200, 0);
		await expect(stepOf(page)).toHaveText(new RegExp(`${w.step(2)}$`));
		await page.clock.fastForward(4000);
		await expect(bar).toHaveCSS('opacity', '0');
		const next = await box(page);
		await page.touchscreen.tap(next.x + next.w / 2, next.y + next.h / 2);
		await expect(bar).toHaveCSS('opacity', '1');
		await expect(stepOf(page)).toHaveText(new RegExp(`${w.step(2)}$`));
		// the scrub bar's drag is the scrub bar's: to its far end is the last step, not one step on or back
		const scrub = (await shell(page).locator('.scrub').boundingBox())!;
		await swipe(page, scrub.x + 10, scrub.y + scrub.height / 2, scrub.width - 10, 0);
		await expect(stepOf(page)).toHaveText(new RegExp(`${w.step(6)}$`));
		await swipe(page, scrub.x + scrub.width - 5, scrub.y + scrub.height / 2, -scrub.width / 2, 0);
		await expect(shell(page).locator('.scrub')).toHaveAttribute('aria-valuenow', /^[34]$/);
		// past the last step, a swipe opens the next figure, as ▶ does
		await page.keyboard.press('End');
		await expect(stepOf(page)).toHaveText(new RegExp(`${w.step(6)}$`));
		await swipe(page, x + 100, y, -200, 0);
		await expect(place(page)).toHaveText(new RegExp(`${w.figure(2)}$`));
		await expect(stepOf(page)).toHaveText(new RegExp(`${w.step(1)}$`));
		await context.close();
	});
}

// D3: the share dialog and the keys help closed only by their Close button, and at 1024 × 768 the share
// dialog's buttons lay below the screen, inside a dialog that had to be scrolled first.
for (const [width, height] of [
	[1024, 768],
	[1180, 820]
] as const) {
	test(`fr ${width}×${height}: the share dialog shows its buttons without scrolling, a readable QR code, and a tap outside closes it`, async ({
		browser
	}) => {
		const { context, page } = await tablet(browser, width, height);
		await page.goto('/fr/consultation/?s=trpv1,k2p,cushion');
		await expect(page.locator('figure.scene[data-awake="true"]').first()).toBeVisible();
		await page.getByRole('button', { name: 'Partager cette séquence (lien, code QR)' }).tap();
		const dialog = page.getByRole('dialog');
		await expect(dialog).toBeVisible();
		for (const name of ['Copier l’adresse', 'Fermer'])
			await expect(dialog.getByRole('button', { name })).toBeInViewport({ ratio: 1 });
		expect(await dialog.evaluate((box) => box.scrollHeight - box.clientHeight)).toBeLessThanOrEqual(0);
		const qr = dialog.getByRole('img');
		const modules = Number(await qr.getAttribute('data-modules'));
		expect((await qr.boundingBox())!.width / modules).toBeGreaterThanOrEqual(4);
		expect(await decodeQr(page, await qr.screenshot())).toMatch(
			/\/fr\/consultation\/patient\/\?s=trpv1,k2p,cushion$/
		);
		// a tap on the dialog itself keeps it; a tap on the grey around it closes it
		await dialog.getByRole('heading').tap();
		await expect(dialog).toBeVisible();
		const box = (await dialog.boundingBox())!;
		await page.touchscreen.tap(box.x / 2, height / 2);
		await expect(dialog).toBeHidden();
		await context.close();
	});
}

test('fr 768×1024: the keys help closes on a tap outside it, at the desk and presented', async ({
	browser
}) => {
	const { context, page } = await tablet(browser, 768, 1024);
	await page.goto('/fr/consultation/?s=trpv1,k2p,cushion');
	await expect(page.locator('figure.scene[data-awake="true"]').first()).toBeVisible();
	const figure = page.locator('.now-showing .scene-shell');
	const help = page.getByRole('dialog', { name: 'Touches du clavier' });
	for (const presented of [false, true]) {
		if (presented) {
			await page.locator('.now-showing button.present').tap();
			await expect(shell(page)).toHaveClass(/present-(beside|below)/);
		}
		await figure.getByRole('button', { name: 'Touches du clavier' }).tap();
		await expect(help).toBeVisible();
		await help.getByRole('heading').tap();
		await expect(help).toBeVisible();
		const box = (await help.boundingBox())!;
		await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height + 40);
		await expect(help).toBeHidden();
		// presented, the tap outside did only that: the presentation goes on
		if (presented) await expect(shell(page)).toBeVisible();
	}
	await context.close();
});

// D2: a finger in a consultation taps the evidence badges (27 px high), their sheet's Close (32 px), the
// player's options (41 px) and its scrub bar (31 px) often: 44 px targets on a touch screen, no text moved.
test('fr 768×1024: on a touch screen the badges, their sheet’s Close, the player’s options and scrub bar are 44 px targets', async ({
	browser
}) => {
	const mouse = await tablet(browser, 768, 1024, false);
	const { context, page } = await tablet(browser, 768, 1024);
	for (const each of [mouse.page, page]) await each.goto('/fr/glucopuncture/');
	const firstBadge = (on: Page) => on.locator('button.badge').first();
	// the pill is drawn as before, where it was: nothing on the page moved
	expect(await firstBadge(page).boundingBox()).toEqual(await firstBadge(mouse.page).boundingBox());
	await mouse.context.close();

	const badge = firstBadge(page);
	await badge.evaluate((pill) => pill.scrollIntoView({ block: 'center' }));
	const pill = (await badge.boundingBox())!;
	expect(pill.height).toBeLessThan(44);
	const middle = { x: pill.x + pill.width / 2, y: pill.y + pill.height / 2 };
	const hit = await page.evaluate(
		({ x, y }) =>
			[-21, 21].map(
				(dy) =>
					document.elementFromPoint(x, y + dy)?.closest('button.badge') ===
					document.querySelector('button.badge')
			),
		middle
	);
	expect(hit).toEqual([true, true]);
	// a finger 20 px above the pill's middle opens its sheet
	await page.touchscreen.tap(middle.x, middle.y - 20);
	const sheet = page.getByRole('dialog');
	await expect(sheet).toBeVisible();
	const close = sheet.getByRole('button', { name: 'Fermer' });
	const closeBox = (await close.boundingBox())!;
	expect(Math.min(closeBox.width, closeBox.height)).toBeGreaterThanOrEqual(44);
	await close.tap();
	await expect(sheet).toBeHidden();

	const figure = page.locator('figure.scene').first();
	await figure.scrollIntoViewIfNeeded();
	await expect(figure).toHaveAttribute('data-awake', 'true');
	const targets = await figure.locator('.scene-live .player-controls').evaluate((row) =>
		[...row.querySelectorAll('.options button, .options select, .scrub')]
			.filter((target) => target.getClientRects().length > 0)
			.map((target) => {
				const box = target.getBoundingClientRect();
				const name = target.getAttribute('aria-label') ?? target.textContent?.trim() ?? '';
				return { name, size: Math.round(Math.min(box.width, box.height)) };
			})
	);
	expect(targets.length).toBeGreaterThanOrEqual(6);
	for (const { name, size } of targets) expect(size, name).toBeGreaterThanOrEqual(44);
	await context.close();
});
