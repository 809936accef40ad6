import { expect, test } from '@playwright/test';
import { awakeFigure, hydrated } from './site';

// The figure's position bar (role="slider") is part of the figure: Space and K play there as anywhere in it,
// and ? lists the keys; its own keys (arrows, Home, End) still move it. Space there scrolled the page 700 px.
test.use({ viewport: { width: 1280, height: 800 } });

test('/en/scenes/trpv1/: Space and K play and pause from the position bar, ? lists the keys, → steps', async ({
	page
}) => {
	await page.clock.install();
	await page.goto('/en/scenes/trpv1/');
	await hydrated(page);
	const figure = awakeFigure(page, 'trpv1');
	await expect(figure).toBeVisible();
	// time stands still: what is tested is the keys, not the passage
	await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
	const bar = figure.getByRole('slider').first();
	await bar.focus();
	const scrolled = await page.evaluate(() => scrollY);
	const play = figure.getByRole('button', { name: 'Play', exact: true });
	const pause = figure.getByRole('button', { name: 'Pause', exact: true });
	await expect(play).toBeVisible();

	await page.keyboard.press(' ');
	await expect(pause).toBeVisible();
	expect(await page.evaluate(() => scrollY)).toBe(scrolled);
	await page.keyboard.press('k');
	await expect(play).toBeVisible();
	await page.keyboard.press('K');
	await expect(pause).toBeVisible();
	await page.keyboard.press('K');
	await expect(play).toBeVisible();

	// its own keys: → goes one step on, Home back to the first
	await expect(bar).toHaveAttribute('aria-valuenow', '1');
	await page.keyboard.press('ArrowRight');
	await page.clock.runFor(3000);
	await expect(bar).toHaveAttribute('aria-valuenow', '2');
	await page.keyboard.press('Home');
	await expect(bar).toHaveAttribute('aria-valuenow', '1');
	expect(await page.evaluate(() => scrollY)).toBe(scrolled);

	await bar.focus();
	await page.keyboard.press('?');
	await expect(page.getByRole('dialog', { name: 'Keyboard keys' })).toBeVisible();
});
