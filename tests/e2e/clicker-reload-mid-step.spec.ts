import { expect, test, type Page } from '@playwright/test';
import { sceneCases } from './scene-table';

// A clinician clicks on to the next step and, a moment later, the page is reloaded (a projector's laptop
// waking, an F5 pressed by mistake): it opens at the step that was clicked to, not the one before, because
// the address says where the figure is going at the press (review clin66: it reopened one step behind).
const stepName = (page: Page) => page.locator('.scene-live .scene-now .scene-step-name');
const k2p = sceneCases.find((scene) => scene.id === 'k2p')!;

for (const lang of ['fr', 'en'] as const) {
	test(`${lang}: a reload straight after Page Down opens at the step it asked for`, async ({ page }) => {
		const names = k2p.names[lang];
		await page.goto(`/${lang}/scenes/k2p/?step=${k2p.steps[2]}`);
		await expect(page.locator('figure.scene[data-awake="true"]')).toBeVisible();
		await expect(stepName(page)).toHaveText(names[2]!);
		await page.keyboard.press('PageDown');
		// at once, while the drawing is still on its way (a passage takes about a second)
		expect(await page.evaluate(() => location.search)).toContain(`step=${k2p.steps[3]}`);
		await page.reload();
		await expect(page.locator('figure.scene[data-awake="true"]')).toBeVisible();
		await expect(stepName(page)).toHaveText(names[3]!);
	});
}
