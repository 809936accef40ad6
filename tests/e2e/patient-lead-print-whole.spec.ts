import { expect, test } from '@playwright/test';
import { awakeFigure } from './site';

// handoff64 D7: printed from a phone, the patient's page put the evidence label's icon at the end of one line
// and "Level of evidence: Not supported" at the start of the next: on paper, the label a patient keeps.
for (const lang of ['en', 'fr'] as const) {
	test(`${lang}: printed from a phone, each figure's evidence label keeps its icon and words on one line`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`/${lang}/consultation/patient/?s=trpv1,k2p,pump,hydrodissection,needle-depth,cushion`);
		await expect(awakeFigure(page, 'trpv1')).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		for (const next of [true, true, true, true, true, false]) {
			const label = page.locator('.patient-lead-level');
			await expect(label).toBeVisible();
			// one box: not broken across two lines
			expect(await label.evaluate((span) => span.getClientRects().length)).toBe(1);
			const [icon, words] = await Promise.all([
				label.locator('svg').boundingBox(),
				label.evaluate((span) => span.getBoundingClientRect().toJSON() as DOMRect)
			]);
			// the icon sits on the line of the words, not above them
			expect(icon!.y + icon!.height).toBeLessThanOrEqual(words.bottom + 1);
			expect(icon!.y).toBeGreaterThanOrEqual(words.top - 1);
			if (!next) break;
			await page.emulateMedia({ media: 'screen' });
			await page
				.getByRole('button', { name: lang === 'en' ? 'Next figure' : 'Figure suivante' })
				.first()
				.click();
			await expect(page.locator('figure.scene[data-awake="true"]')).toBeVisible();
			await page.emulateMedia({ media: 'print' });
		}
	});
}
