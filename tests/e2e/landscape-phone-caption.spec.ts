import { expect, test } from '@playwright/test';
import { bottom, followInShell, top } from './caption-place';
import { awakeFigure, builtSceneIds } from './site';

// A reader holds a phone on its side, scrolls to a figure on its page and presses ▶: the screen is too short to
// show the drawing, the bar and the step's words together, so the words come right under the bar, before the
// figure's settings, with where the step stands ("Étape 2 sur 6"), as on a page zoomed far (zoomed-caption.spec).
// They were after every slider and switch, a full screen below ▶, and the step counter was hidden (QA review,
// stop 56, D3): the figure there is 614–843 px wide, wider than the narrow figure the rule was written for.

const stepOf = { fr: /^·\s*Étape 2 sur \d+$/, en: /^·\s*Step 2 of \d+$/ } as const;

for (const [width, height] of [
	[844, 390],
	[667, 375]
] as const) {
	test.describe(`a phone on its side, ${width}×${height}`, () => {
		test.use({ viewport: { width, height }, isMobile: true, hasTouch: true, reducedMotion: 'reduce' });
		for (const lang of ['fr', 'en'] as const) {
			for (const scene of builtSceneIds()) {
				test(`/${lang}/scenes/${scene}/: the step’s words come under the bar, with the step’s place`, async ({
					page
				}) => {
					await page.goto(`/${lang}/scenes/${scene}/`);
					// she scrolls to the figure (its drawing is swapped for the live one as it wakes: not that)
					await page.locator(`figure.scene[data-scene="${scene}"]`).scrollIntoViewIfNeeded();
					const figure = awakeFigure(page, scene);
					const caption = figure.locator('.scene-caption');
					await figure.locator('button.next').click();
					await expect(caption.locator('.scene-step-of')).toBeVisible();
					await expect(caption.locator('.scene-step-of')).toHaveText(stepOf[lang]);

					// right under the bar: nothing between them but the gap
					const words = await top(caption);
					expect(words - (await bottom(figure.locator('.scrub')))).toBeGreaterThanOrEqual(0);
					expect(words - (await bottom(figure.locator('.scrub')))).toBeLessThan(40);
					// …and before the settings and the options
					expect(await bottom(caption)).toBeLessThanOrEqual(await top(figure.locator('.parameters')));
					expect(await bottom(caption)).toBeLessThanOrEqual(await top(figure.locator('.options')));
					// the reading order is the order on screen
					const before = await followInShell(caption, { settings: '.parameters', options: '.options' });
					expect(before).toEqual({ settings: true, options: true });
				});
			}
		}
	});
}

// A laptop is tall enough: its figure's page keeps the settings beside the drawing, the words after them, and
// the bar's dots say the step.
test.describe('a laptop, 1280×800', () => {
	test.use({ viewport: { width: 1280, height: 800 } });
	for (const lang of ['fr', 'en'] as const) {
		test(`/${lang}/scenes/: the words stay after the settings`, async ({ page }) => {
			for (const scene of builtSceneIds()) {
				await page.goto(`/${lang}/scenes/${scene}/`);
				const figure = awakeFigure(page, scene);
				const caption = figure.locator('.scene-caption');
				await expect(caption).toBeVisible();
				await expect(caption.locator('.scene-step-of')).toBeHidden();
				expect(await top(caption)).toBeGreaterThanOrEqual(await bottom(figure.locator('.parameters')));
				expect(await top(figure.locator('.parameters'))).toBeGreaterThanOrEqual(
					await bottom(figure.locator('.options'))
				);
			}
		});
	}
});
