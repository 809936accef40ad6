import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { builtSceneIds } from './site';

/** The presenter's label rule as a share of the screen (20 px on an 800 px high screen; of its shorter side upright). */
export const FLOOR_SHARE = 0.025;
/** Sizes are read as the browser computes them: half a pixel for the rounding. */
export const ROUNDING_px = 0.5;

/**
 * The page's browser refuses full screen, as some do: a figure is then presented in the window, which a test can
 * carry from one size to another as F11 or a second screen would.
 */
export const refuseFullScreen = (page: Page) =>
	page.addInitScript(() => {
		Element.prototype.requestFullscreen = () => Promise.reject(new TypeError('refused'));
	});

/**
 * A page in a window of `viewport`, reduced motion, whose browser refuses full screen (`refuseFullScreen`): a
 * presentation there can be carried from one window size to another.
 */
export async function presenterWindow(browser: Browser, viewport: { width: number; height: number }) {
	const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
	const page = await context.newPage();
	await refuseFullScreen(page);
	return { context, page };
}

/** Opens `path`, waits for its figure to wake, and presents it with F (as a clinician's Present does). */
export async function present(page: Page, path: string): Promise<Locator> {
	await page.goto(path);
	// on a busy machine a figure can take a few seconds to wake
	await expect(page.locator('figure.scene[data-awake="true"]')).toBeVisible({ timeout: 15_000 });
	await page.keyboard.press('f');
	const shell = page.locator('.scene-shell.presenting');
	await expect(shell).toHaveClass(/present-(beside|below)/);
	return shell;
}

/** `present`, then the bar left alone until it has faded, on the test's clock (`page.clock.install()` first). */
export async function presentFaded(page: Page, path: string): Promise<Locator> {
	const shell = await present(page, path);
	// left alone, the bar fades: the words are read, stepped by a clicker's keys
	await page.clock.fastForward(4000);
	await expect(shell).toHaveClass(/present-idle/);
	return shell;
}

/** Steps the presented figure through each of its steps, from the first, as a clicker's PageDown does. */
export async function eachStep(page: Page, slider: Locator, atStep: (step: number) => Promise<void>) {
	const steps = Number(await slider.getAttribute('aria-valuemax'));
	for (let step = 1; step <= steps; step++) {
		if (step > 1) await page.keyboard.press('PageDown');
		await expect(slider).toHaveAttribute('aria-valuenow', String(step));
		await atStep(step);
	}
}

/**
 * Presents every figure the build has, in `lang`, in a window of `viewport` with reduced motion, and calls
 * `atStep` at each of its steps (`at`: "pump, step 3") once the bar has faded: the words read from the chair.
 */
export async function presentEachStep(
	browser: Browser,
	lang: 'fr' | 'en',
	viewport: { width: number; height: number },
	atStep: (page: Page, at: string) => Promise<void>
) {
	const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
	for (const id of builtSceneIds()) {
		const page = await context.newPage();
		// the bar fades on the test's clock, not the wall's
		await page.clock.install();
		const shell = await presentFaded(page, `/${lang}/scenes/${id}/`);
		// the scrub bar says the step, seen or not (the faded bar of a cramped layout is hidden)
		const slider = shell.locator('.scrub[role="slider"]');
		await eachStep(page, slider, (step) => atStep(page, `${id}, step ${step}`));
		await page.close();
	}
	await context.close();
}

/** What a presentation shows, measured in the browser: shared by presenter.spec.ts and the bench. */
export interface PresentedDrawing {
	/** the drawing's rendered box over the viewport's, 0–1 */
	heightShare: number;
	widthShare: number;
	/** the screen is narrower than the drawing's shape: the rule then asks for 90 % of its width */
	screenNarrower: boolean;
	/** the smallest visible label of the drawing, as rendered, CSS px */
	smallestLabel_px: number;
	/** what the figure was asked to draw: 'portrait' or 'landscape' */
	arrangement: string;
}

/** The presented drawing now (the presenting figure's, wherever it is on the page). */
export const measurePresented = (page: Page) => measureDrawing(page, '.scene-shell.presenting .scene-stage');

/** A figure's drawing now, measured in its stage (`stage`: the first that matches, presented or not). */
export function measureDrawing(page: Page, stage: string): Promise<PresentedDrawing> {
	return page
		.locator(stage)
		.first()
		.evaluate((stage: HTMLElement) => {
			const svg = stage.querySelector('svg')!;
			const box = svg.getBoundingClientRect();
			const scale = box.width / svg.viewBox.baseVal.width;
			const visible = (element: Element) => {
				for (let node: Element | null = element; node && node !== svg; node = node.parentElement) {
					const style = getComputedStyle(node);
					if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) < 0.05)
						return false;
				}
				return true;
			};
			const sizes = [...svg.querySelectorAll('text')]
				.filter((text) => visible(text) && (text.textContent ?? '').trim() !== '')
				.map((text) => parseFloat(getComputedStyle(text).fontSize) * scale);
			const view = svg.viewBox.baseVal;
			return {
				heightShare: box.height / innerHeight,
				widthShare: box.width / innerWidth,
				screenNarrower: innerWidth / innerHeight < view.width / view.height,
				smallestLabel_px: Math.min(...sizes),
				arrangement: stage.dataset.arrangement ?? ''
			};
		});
}

/** The presentation's size rule (issue 11): 85 % of the height, or 90 % of the width on a narrower screen. */
export function meetsSizeRule(drawing: PresentedDrawing): boolean {
	return drawing.heightShare >= 0.85 || (drawing.screenNarrower && drawing.widthShare >= 0.9);
}

/** The smallest label the issue asks for in a presentation at that viewport width. */
export const labelFloor_px = (width: number) => (width >= 1920 ? 28 : 20);

/**
 * Every text the presented figure's spoken caption (its polite live region) takes from now on, trimmed: call
 * the function returned to read them.
 */
export async function listenToCaption(page: Page): Promise<() => Promise<string[]>> {
	await page.evaluate(() => {
		const region = document.querySelector('.scene-shell.presenting .scene-description[aria-live="polite"]')!;
		const said: string[] = [];
		(window as unknown as { said: string[] }).said = said;
		new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, {
			characterData: true,
			childList: true,
			subtree: true
		});
	});
	return () => page.evaluate(() => (window as unknown as { said: string[] }).said.map((text) => text.trim()));
}
