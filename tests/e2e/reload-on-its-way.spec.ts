import { expect, test, type Page } from '@playwright/test';
import { sceneCases } from './scene-table';
import { awakeFigure, hydrated } from './site';

// A clinician presents, presses the clicker's Page Down twice, and reloads (or bookmarks, or shares) before the
// figure has arrived: the page opens at the step she asked for, not one or two behind. The figure writes the step
// it is heading for as it sets off; its own page's reading of the address follows on arrival. Time is the test's
// (page.clock): the figure stays on its way while the test looks.
test.use({ reducedMotion: 'no-preference' });

const cases = [
	{ lang: 'fr', path: '/fr/scenes/pump/', scene: 'pump', stepOf: 'Étape 3 sur' },
	{ lang: 'en', path: '/en/consultation/?s=k2p,trpv1', scene: 'k2p', stepOf: 'Step 3 of' }
] as const;

async function openStill(page: Page, path: string, scene: string) {
	await page.clock.install();
	await page.goto(path);
	await hydrated(page);
	await expect(awakeFigure(page, scene)).toBeVisible();
	// time stands still from here: the figure moves only when the test says
	await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
}

const stepInAddress = (page: Page) => new URL(page.url()).searchParams.get('step');

for (const c of cases) {
	test(`${c.lang}: presented, two Page Downs, a reload before the figure arrives: it opens at the step asked for`, async ({
		page
	}) => {
		await openStill(page, c.path, c.scene);
		const slider = awakeFigure(page, c.scene).getByRole('slider').first();
		// the scene's steps in order, by the ids its address names them with
		const steps = sceneCases.find((s) => s.id === c.scene)!.steps;
		await page.keyboard.press('f');
		await expect(page.locator('.scene-shell.presenting')).toHaveCount(1);
		await page.keyboard.press('PageDown');
		await page.keyboard.press('PageDown');
		// still on its way to the third step (time has not moved), the address already names it
		await expect(slider).not.toHaveAttribute('aria-valuenow', '3');
		expect(stepInAddress(page)).toBe(steps[2]);
		await page.clock.resume();
		await page.reload();
		const reopened = awakeFigure(page, c.scene);
		await expect(reopened).toBeVisible();
		await expect(reopened.getByRole('slider').first()).toHaveAttribute('aria-valuenow', '3');
		await expect(reopened.locator('.scene-step-of').first()).toContainText(c.stepOf);
	});
}
