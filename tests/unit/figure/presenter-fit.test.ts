import { describe, expect, it } from 'vitest';
import { fitMeets, PRESENTER_SCREENS, presenterFit } from '$lib/figure/presenter-fit';

const [laptop, wall] = PRESENTER_SCREENS;

describe('how large a figure is drawn in presenter mode', () => {
	it('fits a portrait figure by the height left above the caption band: a third of the width, too small', () => {
		const fit = presenterFit({ width: 480, height: 952 }, laptop);
		expect(fit.scale).toBeCloseTo(640 / 952);
		expect(fit.smallestLabel_px).toBeCloseTo((21 * 640) / 952);
		expect(fit.heightShare).toBeCloseTo(0.8);
		expect(fit.widthShare).toBeLessThan(0.3);
		expect(fitMeets(fit, laptop)).toBe(false);
	});

	it('fits a wide figure by the width: it fills the screen across and its labels reach both sizes', () => {
		const box = { width: 980, height: 320 };
		const onLaptop = presenterFit(box, laptop);
		expect(onLaptop.widthShare).toBeCloseTo(1);
		expect(onLaptop.smallestLabel_px).toBeCloseTo((21 * 1280) / 980);
		expect(fitMeets(onLaptop, laptop)).toBe(true);
		expect(presenterFit(box, wall).smallestLabel_px).toBeCloseTo((21 * 1920) / 980);
		expect(fitMeets(presenterFit(box, wall), wall)).toBe(true);
	});

	it('does not count a figure that fills the width with labels too small', () => {
		expect(fitMeets(presenterFit({ width: 2000, height: 600 }, laptop), laptop)).toBe(false);
	});

	it.each([
		{ width: 0, height: 600 },
		{ width: -480, height: 600 },
		{ width: Number.NaN, height: 600 },
		{ width: 480, height: Number.POSITIVE_INFINITY }
	])('draws nothing, never NaN, for a box of %o', (box) => {
		const fit = presenterFit(box, laptop);
		expect(fit).toEqual({ scale: 0, smallestLabel_px: 0, heightShare: 0, widthShare: 0 });
		expect(fitMeets(fit, laptop)).toBe(false);
	});
});
