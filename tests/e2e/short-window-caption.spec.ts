import { expect, test, type Page } from '@playwright/test';
import { bottom, followInShell, top } from './caption-place';
import { awakeFigure, builtSceneIds } from './site';

// A reader on a short window wider than a phone (a laptop with a docked panel, a small tablet on its side, a browser
// not at full height) presses ▶ under a figure: the step's words come right under the bar, with where the step
// stands ("Étape 2 sur 6"), on the figure's own page as in an article, and the figure's settings after them. On
// its page the words were a screen below ▶, after every setting, and the step counter was hidden (QA review, stop
// 58, D4: 1366×500 with the settings beside the drawing; 1000×480, a figure 928 px wide, in neither layout).

const stepOf = { fr: /^·\s*Étape 2 sur \d+$/, en: /^·\s*Step 2 of \d+$/ } as const;
// an article's figure opens at the step its prose is about
const anyStep = { fr: /^·\s*Étape \d+ sur \d+$/, en: /^·\s*Step \d+ of \d+$/ } as const;

async function wordsUnderTheBar(page: Page, scene: string, lang: 'fr' | 'en', place = stepOf[lang]) {
	const figure = awakeFigure(page, scene);
	const caption = figure.locator('.scene-caption');
	await figure.locator('button.next').click();
	await expect(caption.locator('.scene-step-of')).toBeVisible();
	await expect(caption.locator('.scene-step-of')).toHaveText(place);

	// right under the bar: nothing between them but the gap
	const gap = (await top(caption)) - (await bottom(figure.locator('.scrub')));
	expect(gap).toBeGreaterThanOrEqual(0);
	expect(gap).toBeLessThan(40);
	// …and before the settings and the options
	const settings = figure.locator('.parameters, .all-controls').first();
	expect(await bottom(caption)).toBeLessThanOrEqual(await top(settings));
	expect(await bottom(caption)).toBeLessThanOrEqual(await top(figure.locator('.options')));
	// the reading (and keyboard) order is the order on screen
	const follows = await followInShell(caption, {
		bar: '.scrub',
		settings: '.parameters, .all-controls',
		options: '.options'
	});
	expect(follows).toEqual({ bar: false, settings: true, options: true });
}

for (const [width, height] of [
	[1366, 500],
	[1000, 480],
	[1280, 600]
] as const) {
	test.describe(`a short window, ${width}×${height}`, () => {
		test.use({ viewport: { width, height }, reducedMotion: 'reduce' });
		// one page after another, as a reader goes through the figures (one test a language: each page is a visit)
		for (const lang of ['fr', 'en'] as const) {
			test(`/${lang}/scenes/<every figure>/: the step’s words come under the bar, with the step’s place`, async ({
				page
			}) => {
				for (const scene of builtSceneIds()) {
					await page.goto(`/${lang}/scenes/${scene}/`);
					await page.locator(`figure.scene[data-scene="${scene}"]`).scrollIntoViewIfNeeded();
					await test.step(scene, () => wordsUnderTheBar(page, scene, lang));
				}
			});
		}
	});
}

// the article's figure in the same window does the same
test.describe('a short window, 1280×600, an article', () => {
	test.use({ viewport: { width: 1280, height: 600 }, reducedMotion: 'reduce' });
	for (const lang of ['fr', 'en'] as const) {
		test(`/${lang}/glucopuncture/: the step’s words come under the bar`, async ({ page }) => {
			await page.goto(`/${lang}/glucopuncture/`);
			const first = page.locator('figure.scene').first();
			await first.scrollIntoViewIfNeeded();
			const scene = (await first.getAttribute('data-scene'))!;
			await wordsUnderTheBar(page, scene, lang, anyStep[lang]);
		});
	}
});

// A laptop of normal height keeps its figure's page as it was: the settings beside the drawing, the words after
// them, and the bar's dots say the step.
test.describe('a laptop, 1280×800', () => {
	test.use({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
	for (const lang of ['fr', 'en'] as const) {
		test(`/${lang}/scenes/: the words stay after the settings, beside the drawing`, async ({ page }) => {
			for (const scene of builtSceneIds()) {
				await page.goto(`/${lang}/scenes/${scene}/`);
				const figure = awakeFigure(page, scene);
				const caption = figure.locator('.scene-caption');
				await figure.locator('button.next').click();
				await expect(caption).toBeVisible();
				await expect(caption.locator('.scene-step-of')).toBeHidden();
				const settings = figure.locator('.parameters, .all-controls').first();
				expect(await top(caption)).toBeGreaterThanOrEqual(await bottom(settings));
				expect(await top(settings)).toBeGreaterThanOrEqual(await bottom(figure.locator('.options')));
				// beside the drawing
				const stage = (await figure.locator('.scene-stage').boundingBox())!;
				expect((await caption.boundingBox())!.x).toBeGreaterThanOrEqual(stage.x + stage.width);
			}
		});
	}
});
