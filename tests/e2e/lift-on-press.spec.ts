import { expect, test, type Locator, type Page } from '@playwright/test';
import { openHydrated } from './site';

// A figure lifts its moving parts into a layer of their own while it moves (moving-layer.spec.ts). It does
// so as soon as Play (or ◀ ▶) is pressed, before the click that starts the motion, so that the first
// frame of play does not pay for it (lift-when-moving.svelte.ts). A press that moves nothing puts the
// drawing back together, and with reduced motion nothing is ever lifted.

async function awake(page: Page, path: string): Promise<Locator> {
	await openHydrated(page, path);
	const figure = page.locator('figure.scene').first();
	await figure.scrollIntoViewIfNeeded();
	await expect(figure).toHaveAttribute('data-awake', 'true');
	return figure;
}

const layers = (figure: Locator) => figure.locator('.scene-stage svg.moving-layer');

async function pressOn(page: Page, button: Locator, mouseButton: 'left' | 'right' = 'left') {
	const box = (await button.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down({ button: mouseButton });
}

/** two frames: a layer, were it lifted, comes with the press's own frame */
const twoFrames = (page: Page) =>
	page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

test('pressing Play lifts the moving parts before the click; the click plays on that layer', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	const figure = await awake(page, '/en/scenes/cushion/');
	const play = figure.getByRole('button', { name: 'Play', exact: true });
	await pressOn(page, play);
	await expect(layers(figure)).toHaveCount(1);
	// nothing has started yet: the step shown is still the first
	await expect(figure.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
	await page.mouse.up();
	await expect(figure.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
	await expect(layers(figure)).toHaveCount(1);
	await figure.getByRole('button', { name: 'Pause', exact: true }).click();
	await expect(layers(figure)).toHaveCount(0);
	await expect(figure.locator('svg[role="img"] .moving-parts > *').first()).toBeAttached();
});

test('a press dragged off Play, released elsewhere, moves nothing and leaves one drawing', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	const figure = await awake(page, '/fr/scenes/pump/');
	await pressOn(page, figure.getByRole('button', { name: 'Lire', exact: true }));
	await expect(layers(figure)).toHaveCount(1);
	await page.mouse.move(5, 5);
	await page.mouse.up();
	await expect(layers(figure)).toHaveCount(0);
	await expect(figure.getByRole('button', { name: 'Lire', exact: true })).toBeVisible();
	await expect(figure.locator('.scene-stage svg')).toHaveCount(1);
});

test('Space held on the focused Play button lifts the layer; released, it plays', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	const figure = await awake(page, '/en/hydrotomy/');
	const play = figure.getByRole('button', { name: 'Play', exact: true });
	await play.focus();
	await page.keyboard.down('Space');
	await expect(layers(figure)).toHaveCount(1);
	await page.keyboard.up('Space');
	await expect(figure.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
	await expect(layers(figure)).toHaveCount(1);
});

test('with reduced motion a press lifts nothing', async ({ browser }) => {
	const context = await browser.newContext({
		reducedMotion: 'reduce',
		viewport: { width: 1280, height: 900 }
	});
	const page = await context.newPage();
	const figure = await awake(page, '/en/scenes/k2p/');
	await pressOn(page, figure.getByRole('button', { name: 'Play', exact: true }));
	await twoFrames(page);
	await expect(layers(figure)).toHaveCount(0);
	await page.mouse.up();
	await context.close();
});

test('a right-button press lifts nothing, and a press that ends in a context menu lets the layer fall back', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	const figure = await awake(page, '/en/scenes/cushion/');
	const play = figure.getByRole('button', { name: 'Play', exact: true });
	await pressOn(page, play, 'right');
	await twoFrames(page);
	await expect(layers(figure)).toHaveCount(0);
	await page.mouse.up({ button: 'right' });
	// Ctrl-click on a Mac: the primary button, then a context menu that takes the up
	await page.mouse.down();
	await expect(layers(figure)).toHaveCount(1);
	await play.dispatchEvent('contextmenu');
	await expect(layers(figure)).toHaveCount(0);
	await expect(figure.locator('.scene-stage svg')).toHaveCount(1);
});
