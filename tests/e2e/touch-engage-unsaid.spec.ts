import { expect, test } from '@playwright/test';
import { awakeFigure } from './site';

// A physiotherapist reading an article on a tablet taps a figure's drawing: the figure takes the keys (a clicker
// paired with the tablet then steps it), but the banner "The keys now step this figure · Esc gives them back"
// stayed over the top of the drawing, hiding its readouts, on a screen with no keys and no Esc (review physio67).
// A touch engages the figure without saying so; its first key says it again.
test.use({ viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });

for (const { lang, path, next } of [
	{ lang: 'en', path: '/en/glucopuncture/', next: 'PageDown' },
	{ lang: 'fr', path: '/fr/glucopuncture/', next: 'ArrowRight' }
] as const) {
	test(`${lang}: a figure in the article tapped takes the keys without covering its drawing; a key then says so`, async ({
		page
	}) => {
		await page.goto(path);
		await page.locator('figure.scene[data-scene="k2p"]').scrollIntoViewIfNeeded();
		const figure = awakeFigure(page, 'k2p').locator('.scene-shell.engages');
		await expect(figure).toBeVisible();
		const scrub = figure.locator('.scrub[role="slider"]');
		const before = Number(await scrub.getAttribute('aria-valuenow'));
		await figure.locator('.scene-stage').tap();
		// the figure has the keys, and says nothing over its drawing
		await expect(figure).toBeFocused();
		await expect(figure.locator('.engaged-hint')).toBeHidden();
		// a clicker's key steps it, and the figure now says it has the keys
		await page.keyboard.press(next);
		await expect(scrub).toHaveAttribute('aria-valuenow', String(before + 1));
		await expect(figure.locator('.engaged-hint')).toBeVisible();
	});
}
