/**
 * How large a figure is drawn in presenter mode (issue 11): its viewBox fit, whole and undistorted, into the
 * screen less a band for the step's sentence and the controls. Its smallest label is 21 viewBox units
 * (figure.css), so the scale of that fit says how many pixels the smallest label gets.
 */

/** The smallest SVG text of every figure, viewBox units (figure.css). */
export const SMALLEST_LABEL_UNITS = 21;

/** Of the screen's height, what the step's sentence and the control bar keep under the drawing. */
export const CAPTION_SHARE = 0.2;

/** The screens presenter mode must fill, and the smallest label each must show, CSS px. */
export const PRESENTER_SCREENS = [
	{ width: 1280, height: 800, smallestLabel_px: 20 },
	{ width: 1920, height: 1080, smallestLabel_px: 28 }
] as const;

/** The drawing must fill this share of the screen's height, or this share of its width. */
export const FILL = { height: 0.85, width: 0.9 } as const;

export interface PresenterFit {
	/** CSS px per viewBox unit */
	scale: number;
	smallestLabel_px: number;
	/** the drawing's share of the screen's height and width */
	heightShare: number;
	widthShare: number;
}

export function presenterFit(
	box: { width: number; height: number },
	screen: { width: number; height: number },
	captionShare = CAPTION_SHARE
): PresenterFit {
	const room = { width: screen.width, height: screen.height * (1 - captionShare) };
	// an empty, negative or NaN box or screen draws nothing: scale 0, never NaN or Infinity
	const sizes = [box.width, box.height, room.width, room.height];
	const usable = sizes.every((size) => Number.isFinite(size) && size > 0);
	const scale = usable ? Math.min(room.width / box.width, room.height / box.height) : 0;
	return {
		scale,
		smallestLabel_px: SMALLEST_LABEL_UNITS * scale,
		heightShare: scale && (box.height * scale) / screen.height,
		widthShare: scale && (box.width * scale) / screen.width
	};
}

/** Whether a fit meets the rule: labels large enough, and the screen filled one way or the other. */
export function fitMeets(fit: PresenterFit, screen: { smallestLabel_px: number }): boolean {
	const fills = fit.heightShare >= FILL.height || fit.widthShare >= FILL.width;
	return fit.smallestLabel_px >= screen.smallestLabel_px && fills;
}
