import { expect, test, type Page } from '@playwright/test';
import { awakeFigure } from './site';

// WCAG 2.4.11 (Focus Not Obscured): every control of a figure reached by Tab is in the window, whether its
// controls sit under the drawing (a consultation's figure, the patient's page) or beside it (a figure's own
// page on a laptop, where a control reached by keyboard also brings the drawing up: bring-into-view.ts).

/** Tabs through the figure's controls, collecting each one found wholly or partly outside the window. */
async function hiddenWhileFocused(page: Page, scene: string) {
	const figure = awakeFigure(page, scene);
	await expect(figure).toBeVisible();
	await figure.getByRole('button').first().focus();
	const hidden: string[] = [];
	for (let i = 0; i < 40; i++) {
		await page.keyboard.press('Tab');
		const where = await page.evaluate(() => {
			const focused = document.activeElement;
			if (!focused?.closest('figure.scene')) return null;
			const box = focused.getBoundingClientRect();
			const name =
				focused.getAttribute('aria-label') ?? focused.closest('label')?.textContent ?? focused.tagName;
			return { name: name.trim().slice(0, 40), inside: box.top >= -1 && box.bottom <= innerHeight + 1 };
		});
		if (!where) break;
		if (!where.inside) hidden.push(where.name);
	}
	return hidden;
}

for (const [width, height] of [
	[1280, 720],
	[1024, 768]
] as const) {
	test(`${width}×${height}: Tab keeps each control of a consultation's figure in the window`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		await page.goto('/fr/consultation/?s=trpv1,cushion');
		expect(await hiddenWhileFocused(page, 'trpv1')).toEqual([]);
		await page.goto('/en/consultation/patient/?s=cushion,needle-depth');
		expect(await hiddenWhileFocused(page, 'cushion')).toEqual([]);
	});
}

test('1280×720: on a figure’s own page, a control reached by keyboard brings the drawing up, and is in sight', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.goto('/fr/scenes/pump/');
	const figure = awakeFigure(page, 'pump');
	await expect(figure).toBeVisible();
	expect(await hiddenWhileFocused(page, 'pump')).toEqual([]);
	// the drawing scrolled partly away, its first slider reached by keyboard brings it back up
	await page.evaluate(() => scrollBy(0, 300));
	await figure.getByRole('slider').nth(1).focus();
	await expect
		.poll(async () => (await figure.locator('.scene-stage').boundingBox())!.y)
		.toBeGreaterThanOrEqual(-1);
	await expect(figure.getByRole('slider').nth(1)).toBeInViewport({ ratio: 1 });
});
