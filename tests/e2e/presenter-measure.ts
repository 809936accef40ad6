import type { Page } from '@playwright/test';

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
