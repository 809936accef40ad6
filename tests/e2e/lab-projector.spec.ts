import { expect, test, type Locator, type Page } from '@playwright/test';
import { labelProblems } from './label-boxes';
import { labelFloor_px } from './presenter-measure';

// The membrane lab projected in a lecture room: a laptop on a 1280 × 720 projector at 150 % zoom (853 × 480
// CSS px, 1.5 device px each) or at 125 % (1024 × 576), in the projector theme. The voltage scale's and the
// recorder's labels are held to the presenter's rule (20 px at 1280 × 800, presenter-measure.ts), none
// overlapping another or leaving its drawing (figure-layout.spec.ts's check, on these two drawings); and the
// Vm line that follows the scroll (VmFollow) never lies over the scale's heads (K⁺, Na⁺, Cl⁻) or its values.
const screens = [
	{ width: 853, height: 480, scale: 1.5 },
	{ width: 1024, height: 576, scale: 1.25 }
] as const;
const pages = [
	{ lang: 'fr', path: '/fr/labo/?theme=projector', record: 'Enregistrer un essai' },
	{ lang: 'en', path: '/en/lab/?theme=projector', record: 'Record a run' }
] as const;
/** boxes may touch: they collide only when they share more than this, in CSS px, both ways */
const TOLERANCE_px = 1.5;
/** the presenter's rule, at the laptop's width it is stated for */
const FLOOR_px = labelFloor_px(1280);

/** Every visible label of a drawing: its smallest size, as rendered (CSS px), and what overlaps or leaves it. */
async function labelsOf(svg: Locator) {
	const drawn = await svg.evaluate((svg: SVGSVGElement) => {
		const box = ({ left, right, top, bottom }: DOMRect) => ({ left, right, top, bottom });
		// units to CSS px, as drawn (the box may keep room around the drawing: padding)
		const scale = svg.getScreenCTM()!.a;
		const visible = (element: Element) => {
			for (let node: Element | null = element; node && node !== svg; node = node.parentElement) {
				const style = getComputedStyle(node);
				if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) < 0.05)
					return false;
			}
			return true;
		};
		const name = (element: Element) => `"${(element.textContent ?? '').replace(/\s+/g, ' ').trim()}"`;
		const labels = [...svg.querySelectorAll('text')].filter(
			(text) => visible(text) && (text.textContent ?? '').trim() !== ''
		);
		// a subscript (E_K) or a line of the legend is a label of its own size
		const sizes = [...svg.querySelectorAll('text, tspan')]
			.filter((text) => visible(text) && (text.textContent ?? '').trim() !== '')
			.map((text) => parseFloat(getComputedStyle(text).fontSize) * scale);
		return {
			frame: box(svg.getBoundingClientRect()),
			labels: labels.map((label) => ({ name: name(label), box: box(label.getBoundingClientRect()) })),
			smallest_px: Math.min(...sizes)
		};
	});
	return {
		smallest_px: drawn.smallest_px,
		problems: labelProblems(drawn.labels, drawn.frame, TOLERANCE_px, 'drawing')
	};
}

async function open(page: Page, path: string) {
	await page.goto(path);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
}

for (const { width, height, scale } of screens) {
	test.describe(`${width} × ${height} at ${scale * 100} %`, () => {
		test.use({ viewport: { width, height }, deviceScaleFactor: scale, reducedMotion: 'reduce' });
		for (const { lang, path, record } of pages) {
			test(`${lang}: the scale's and the recorder's labels meet the presenter's rule, none overlapping or cut off`, async ({
				page
			}) => {
				await open(page, path);
				const button = page.getByRole('button', { name: record });
				for (const preset of ['neuron', 'squid']) {
					await page.locator(`button[data-preset="${preset}"]`).click();
					await button.click();
				}
				await expect(page.locator('path.run')).toHaveCount(2);
				// the lab as the squid's case left it, then as the neuron's
				for (const preset of ['squid', 'neuron']) {
					await page.locator(`button[data-preset="${preset}"]`).click();
					for (const [what, svg] of [
						['scale', page.locator('svg.voltage-scale')],
						['recorder', page.locator('.recorder .chart svg[role="img"]')]
					] as const) {
						const { smallest_px, problems } = await labelsOf(svg);
						expect(smallest_px, `${preset}, ${what}: smallest label`).toBeGreaterThanOrEqual(FLOOR_px);
						expect(problems, `${preset}, ${what}`).toEqual([]);
					}
				}
			});

			test(`${lang}: scrolled through, the Vm line never lies over the scale's heads or values`, async ({
				page
			}) => {
				await open(page, path);
				const scale = page.locator('svg.voltage-scale');
				// a label of the scale is covered where, at a point of it, what the screen shows is the Vm line
				const covered = () =>
					page.evaluate(() => {
						for (const text of document.querySelectorAll('svg.voltage-scale text')) {
							const box = text.getBoundingClientRect();
							for (const [x, y] of [
								[box.left + 2, box.top + 2],
								[box.right - 2, box.top + 2],
								[(box.left + box.right) / 2, (box.top + box.bottom) / 2],
								[box.left + 2, box.bottom - 2],
								[box.right - 2, box.bottom - 2]
							] as const) {
								if (y < 0 || y > innerHeight) continue;
								if (document.elementFromPoint(x, y)?.closest('.vm-follow'))
									return `"${text.textContent}" at ${box.top.toFixed(0)} px, under the Vm line`;
							}
						}
						return null;
					});
				// from the top of the page down past the scale, a screen's third at a time
				const end = await scale.evaluate((svg) => svg.getBoundingClientRect().bottom + scrollY);
				for (let y = 0; y <= end; y += Math.round(height / 3)) {
					await page.evaluate((y) => scrollTo(0, y), y);
					// the line follows the scroll on the next frames (an IntersectionObserver): let them be drawn
					await page.evaluate(
						() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
					);
					expect(await covered(), `scrolled to ${y} px`).toBeNull();
				}
			});
		}
	});
}
