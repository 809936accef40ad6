import { expect, test } from '@playwright/test';
import { bottom, followInShell, top } from './caption-place';
import { awakeFigure, builtSceneIds } from './site';

// A patient on an upright phone presses ▶ and watches the drawing: the sentence that says what it shows now
// comes right after the figure's own settings, before the options (restart, speed, present, share, theme…),
// so that it is in sight with the drawing or a short scroll below it. It came after every option, 650–700 px
// below the drawing on a 390 px phone with text at 130 % (patient review, stop 60, D5). The settings stay right
// under the bar (phone-figure.spec); a phone on its side puts the words first (landscape-phone-caption.spec).

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, reducedMotion: 'reduce' });

for (const lang of ['fr', 'en'] as const) {
	test(`/${lang}/scenes/: on an upright phone each figure's step words follow its settings, before its options`, async ({
		page
	}) => {
		for (const scene of builtSceneIds()) {
			await page.goto(`/${lang}/scenes/${scene}/`);
			await page.locator(`figure.scene[data-scene="${scene}"]`).scrollIntoViewIfNeeded();
			const figure = awakeFigure(page, scene);
			await figure.locator('button.next').click();
			const caption = figure.locator('.scene-caption');
			await expect(caption).toBeVisible();

			const words = await top(caption);
			const settingsEnd = await bottom(figure.locator('.parameters'));
			expect(words, `${scene}: the words after the settings`).toBeGreaterThanOrEqual(settingsEnd);
			expect(words - settingsEnd, `${scene}: nothing between the settings and the words`).toBeLessThan(40);
			expect(await bottom(caption), `${scene}: the words before the options`).toBeLessThanOrEqual(
				await top(figure.locator('.options'))
			);
			// a screen reader and the keyboard meet them in that order too
			const order = await followInShell(caption, { settings: '.parameters', options: '.options' });
			expect(order, scene).toEqual({ settings: false, options: true });
		}
	});
}

test('/fr/glucopuncture/: in the article, the hydrodissection figure’s words come before its options', async ({
	page
}) => {
	await page.goto('/fr/glucopuncture/');
	const scene = 'hydrodissection';
	await page.locator(`figure.scene[data-scene="${scene}"]`).first().scrollIntoViewIfNeeded();
	const figure = awakeFigure(page, scene).first();
	const caption = figure.locator('.scene-caption');
	await expect(caption).toBeVisible();
	// in sight with the drawing's lower half: less than a screen below the drawing's middle
	const drawing = (await figure.locator('.scene-stage').boundingBox())!;
	expect((await top(caption)) - (drawing.y + drawing.height / 2)).toBeLessThan(844);
	expect(await bottom(caption)).toBeLessThanOrEqual(await top(figure.locator('.options')));
});
