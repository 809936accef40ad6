import { expect, test, type Page } from '@playwright/test';

// A locked-down browser (a hospital's kiosk, a policy) that has no full screen, or refuses it: the presenter
// fills the window instead, and a clicker walks the whole sequence, figure after figure, as with full screen.
// The third figure once never started: the swap had scrolled the page, and the figure waited to be near.
const refusals = {
	absent: () => {
		Object.defineProperty(Element.prototype, 'requestFullscreen', { value: undefined, configurable: true });
		Object.defineProperty(Document.prototype, 'fullscreenEnabled', { get: () => false, configurable: true });
	},
	refused: () => {
		Element.prototype.requestFullscreen = () => Promise.reject(new TypeError('Permissions check failed'));
	}
};
const screens = [
	{ width: 1366, height: 768, scale: 1 },
	{ width: 1280, height: 720, scale: 1 },
	{ width: 1024, height: 768, scale: 1.25 }
];
const steps = { trpv1: 6, k2p: 6 };

const shell = (page: Page) => page.locator('.scene-shell.presenting');
async function showing(page: Page, figure: number, step: number, of: number) {
	await expect(shell(page).locator('.scene-place')).toContainText(`Figure ${figure} sur 4`);
	await expect(shell(page).locator('.scene-step-of')).toContainText(`Étape ${step} sur ${of}`);
}

for (const [how, refuse] of Object.entries(refusals)) {
	for (const { width, height, scale } of screens) {
		test.describe(`full screen ${how}, ${width}×${height} at ${scale * 100} %`, () => {
			test.use({ viewport: { width, height }, deviceScaleFactor: scale });

			test('a clicker walks into the third figure, presented, and Escape gives the page back as it was', async ({
				page
			}) => {
				await page.addInitScript(refuse);
				await page.emulateMedia({ reducedMotion: 'reduce' });
				await page.goto('/fr/consultation/?s=trpv1,k2p,pump,hydrodissection');
				await expect(page.locator('figure.scene[data-awake="true"]')).toBeVisible();
				const present = page.getByRole('button', { name: 'Présenter' }).first();
				await present.scrollIntoViewIfNeeded();
				const before = await page.evaluate(() => scrollY);
				await present.click();
				await showing(page, 1, 1, steps.trpv1);
				expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
				let figure = 1;
				for (const of of [steps.trpv1, steps.k2p]) {
					for (let step = 2; step <= of; step++) {
						await page.keyboard.press('PageDown');
						await showing(page, figure, step, of);
					}
					await page.keyboard.press('PageDown');
					figure += 1;
					await expect(shell(page).locator('.scene-place')).toContainText(`Figure ${figure} sur 4`);
				}
				// the pump opens presented, at its first step, and fills the window
				await expect(shell(page).locator('.scene-step-of')).toContainText('Étape 1 sur');
				await expect(shell(page)).toBeInViewport({ ratio: 0.9 });
				await expect(page).toHaveURL(/at=3/);
				await page.keyboard.press('PageDown');
				await expect(shell(page).locator('.scene-step-of')).toContainText('Étape 2 sur');
				// the page behind is where the clinician left it, with the figure shown in it
				await page.keyboard.press('Escape');
				await expect(shell(page)).toHaveCount(0);
				await expect.poll(() => page.evaluate(() => Math.round(scrollY))).toBe(Math.round(before));
				await expect(page.locator('.now-showing figure.scene')).toBeInViewport();
			});
		});
	}
}
