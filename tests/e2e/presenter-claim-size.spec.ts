import { expect, test } from '@playwright/test';
import { awakeFigure } from './site';

// Presented on a 1024 × 768 projector, the line that says what the article claims and how sure science is of
// it, "Le dextrose freinerait TRPV1, selon l'article : Non démontré", was 23.4 px under a 27.5 px caption: the
// one sentence the back row must read, since it says the step is not established (lecturer review D5). It is
// at least the size of the step's words around it, its evidence label included.
test.use({ viewport: { width: 1024, height: 768 }, reducedMotion: 'reduce' });

for (const lang of ['fr', 'en'] as const) {
	test(`${lang} 1024 × 768: TRPV1 presented with the article's claim shown, the claim and its label are as large as the step's words`, async ({
		page
	}) => {
		await page.goto(`/${lang}/consultation/?s=trpv1,k2p,pump&theme=projector&showHypothesis=on`);
		await expect(awakeFigure(page, 'trpv1')).toBeVisible();
		await page.locator('h1').click();
		await page.keyboard.press('f');
		const shell = page.locator('.scene-shell.presenting');
		await expect(shell).toHaveClass(/present-(beside|below)/);
		const claim = shell.locator('.scene-claim');
		await expect(claim).toHaveCount(1);
		await expect(claim).toBeVisible();
		const size = (selector: string) =>
			shell
				.locator(selector)
				.first()
				.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
		const words_px = await size('.scene-now .scene-step-name');
		const claim_px = await size('.scene-claim');
		const label_px = await size('.scene-claim .badge');
		expect(claim_px, `claim ${claim_px} px beside words ${words_px} px`).toBeGreaterThanOrEqual(
			words_px - 0.05
		);
		expect(label_px, `label ${label_px} px beside words ${words_px} px`).toBeGreaterThanOrEqual(
			words_px - 0.05
		);
	});
}
