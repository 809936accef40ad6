import { expect, test, type Locator, type Page } from '@playwright/test';
import { openHydrated } from './site';

// While a figure plays, the parts that move are drawn in a layer of their own over the rest, so that a
// slow phone repaints them and not the whole figure (FigureSvg, moving-layer.ts). A reader must not be
// able to tell: the two line up to the pixel wherever the figure is shown, clicks still reach the figure,
// a screen reader still finds one image, and at rest there is again one drawing with every part in it.

const box = async (locator: Locator) => (await locator.boundingBox())!;

async function expectLayered(figure: Locator) {
	const drawing = figure.locator('.scene-stage svg[role="img"]');
	const layer = figure.locator('.scene-stage svg.moving-layer');
	await expect(layer).toHaveCount(1);
	await expect(layer).toHaveAttribute('aria-hidden', 'true');
	await expect(figure.getByRole('img')).toHaveCount(1);
	const [a, b] = [await box(drawing), await box(layer)];
	for (const side of ['x', 'y', 'width', 'height'] as const)
		expect(Math.abs(a[side] - b[side]), side).toBeLessThan(0.5);
	// something moves in it, and nothing of it is left in the drawing
	expect(await layer.locator('.moving-parts > *').count()).toBeGreaterThan(0);
	await expect(drawing.locator('.moving-parts')).toHaveCount(0);
	// a pointer on a moving part reaches the figure beneath
	const hit = await layer.evaluate((svg) => {
		const r = svg.getBoundingClientRect();
		return document
			.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)
			?.closest('svg')
			?.classList.contains('moving-layer');
	});
	expect(hit).toBe(false);
}

async function expectOneDrawing(figure: Locator) {
	await expect(figure.locator('.scene-stage svg')).toHaveCount(1);
	await expect(figure.locator('.scene-stage svg[role="img"] .moving-parts > *').first()).toBeAttached();
}

async function awake(page: Page, path: string, selector = 'figure.scene'): Promise<Locator> {
	await openHydrated(page, path);
	const figure = page.locator(selector).first();
	await figure.scrollIntoViewIfNeeded();
	await expect(figure).toHaveAttribute('data-awake', 'true');
	return figure;
}

for (const [path, width, selector] of [
	['/en/scenes/pump/', 1280, undefined], // side by side, beside its steps
	['/fr/scenes/cushion/', 390, undefined], // a phone
	['/en/hydrotomy/', 800, undefined], // in an article
	['/en/glucopuncture/', 1280, '.scene-story figure.scene'] // beside a scroll story's text
] as const) {
	test(`${path} at ${width} px: while it plays, the moving parts lie exactly over the drawing; at rest, one drawing`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 900 });
		const figure = await awake(page, path, selector);
		await expectOneDrawing(figure);
		const play = figure.getByRole('button', { name: path.startsWith('/fr') ? 'Lire' : 'Play', exact: true });
		await play.click();
		await expectLayered(figure);
		await figure.getByRole('button', { name: 'Pause', exact: true }).click();
		await expectOneDrawing(figure);
	});
}

test('presented on a projector, the moving parts still lie exactly over the drawing', async ({ page }) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	const figure = await awake(page, '/en/scenes/k2p/');
	await figure.getByRole('button', { name: 'Present' }).click();
	await expect(page.locator('.scene-shell.presenting')).toBeVisible();
	await page.keyboard.press('Space'); // plays
	await expectLayered(figure);
	await page.keyboard.press('Space');
	await expectOneDrawing(figure);
});

test('with reduced motion nothing moves continuously, so the figure stays one drawing', async ({
	browser
}) => {
	const context = await browser.newContext({
		reducedMotion: 'reduce',
		viewport: { width: 1280, height: 900 }
	});
	const page = await context.newPage();
	const figure = await awake(page, '/en/scenes/trpv1/');
	await figure.getByRole('button', { name: 'Play', exact: true }).click();
	await expect(figure.locator('.scene-now .scene-step-name')).not.toHaveText('');
	await expectOneDrawing(figure);
	await context.close();
});
