import { expect, test, type Page } from '@playwright/test';
import { framesPass } from './site';

// A consultation presented on a projector or a tablet: what the patient sees must keep what the desk shows
// about each claim (its evidence label), and say where the figure and its step stand, on screen at all times.
const shell = (page: Page) => page.locator('.scene-shell.presenting');
const words = {
	fr: { notShown: 'Non démontré', step: (n: number) => `Étape ${n} sur 6`, figure: 'Figure 1 sur 3' },
	en: { notShown: 'Not supported', step: (n: number) => `Step ${n} of 6`, figure: 'Figure 1 of 3' }
} as const;
const screens = [
	{ width: 1920, height: 1080 },
	{ width: 1024, height: 768 },
	{ width: 1280, height: 800 },
	{ width: 768, height: 1024 }
];

async function present(page: Page, address: string) {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(address);
	await expect(page.locator('figure.scene[data-awake="true"]').first()).toBeVisible();
	await page.locator('h1').click();
	await page.keyboard.press('f');
	await expect(shell(page)).toBeVisible();
}

for (const lang of ['fr', 'en'] as const) {
	const w = words[lang];
	for (const screen of screens) {
		test(`${lang} ${screen.width}×${screen.height}: presented, TRPV1's hypothesis keeps its "${w.notShown}" label, clear of the drawing`, async ({
			page
		}) => {
			await page.setViewportSize(screen);
			await present(page, `/${lang}/consultation/?s=trpv1:showHypothesis=on,k2p,cushion`);
			// the sliders stay hidden; the claim and its badge are in the caption
			await expect(shell(page).locator('.parameters')).toBeHidden();
			const badge = shell(page).locator('.scene-claim .badge');
			await expect(badge).toBeVisible();
			await expect(badge).toContainText(w.notShown);
			await expect(badge).toBeInViewport({ ratio: 1 });
			const [pill, drawing] = await Promise.all([
				badge.boundingBox(),
				shell(page).locator('.scene-stage svg').boundingBox()
			]);
			const apart =
				pill!.y >= drawing!.y + drawing!.height ||
				pill!.x >= drawing!.x + drawing!.width ||
				pill!.y + pill!.height <= drawing!.y ||
				pill!.x + pill!.width <= drawing!.x;
			expect(apart, 'the badge lies on the drawing').toBe(true);
			// as large as the words it stands among (a projector's size, not the desk's)
			const sizes = await badge.evaluate((pill) => {
				const caption = pill.closest('.scene-caption')!;
				return [parseFloat(getComputedStyle(pill).fontSize), parseFloat(getComputedStyle(caption).fontSize)];
			});
			expect(sizes[0]).toBeGreaterThanOrEqual(0.8 * sizes[1]!);
			// and it opens its sheet, with the sources it rests on (not shown on the projector's line)
			if (screen.width === 1920) {
				await badge.click();
				const sheet = page.getByRole('dialog');
				await expect(sheet).toBeVisible();
				await expect(sheet.getByRole('link').first()).toBeVisible();
			}
		});
	}

	test(`${lang}: presented, the caption says which step of how many, whole on its line beside "${w.figure}"`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 1024, height: 768 });
		await present(page, `/${lang}/consultation/?s=trpv1:showHypothesis=on,cushion,hydrodissection`);
		const stepOf = shell(page).locator('.scene-title .scene-step-of');
		await expect(stepOf).toHaveText(new RegExp(`${w.step(1)}$`));
		await page.keyboard.press('PageDown');
		await expect(stepOf).toHaveText(new RegExp(`${w.step(2)}$`));
		// "Figure 1 sur 3", "Étape 2 sur 6": neither broken across two lines
		for (const part of [shell(page).locator('.scene-place'), stepOf]) {
			const lines = await part.evaluate((span) => {
				const tops = [...span.getClientRects()].map((box) => Math.round(box.top));
				return new Set(tops).size;
			});
			expect(lines).toBe(1);
		}
		// the bar fades; the step's place stays
		await page.mouse.move(1, 1);
		await expect(shell(page)).toHaveClass(/present-idle/, { timeout: 10_000 });
		await expect(stepOf).toBeVisible();
	});
}

test('with the focus left on a “Starts at” menu, the clicker’s → and ← step, and the sequence stays as prepared; F there is the menu’s (WCAG 2.1.4)', async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/en/consultation/?s=k2p,trpv1');
	await expect(page.locator('figure.scene[data-scene="k2p"][data-awake="true"]')).toBeVisible();
	const startsAt = page.getByRole('combobox', { name: /Starts at.*K2P/ });
	const before = await startsAt.inputValue();
	const slider = page.locator('figure.scene[data-scene="k2p"] [role="slider"]');
	await startsAt.focus();
	await page.keyboard.press('ArrowRight');
	await expect(slider).toHaveAttribute('aria-valuenow', '2');
	await page.keyboard.press('ArrowLeft');
	await expect(slider).toHaveAttribute('aria-valuenow', '1');
	await expect(startsAt).toHaveValue(before);
	expect(new URL(page.url()).searchParams.get('s')).toBe('k2p,trpv1');
	// a letter typed on a control outside the figure is that control's: no presentation
	await page.keyboard.press('f');
	await framesPass(page, 2);
	await expect(shell(page)).toHaveCount(0);
	await expect(startsAt).toBeFocused();
});
