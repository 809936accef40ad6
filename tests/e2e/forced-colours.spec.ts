import { expect, test, type Locator, type Page } from '@playwright/test';

// A Windows contrast theme (forced colours) of the other lightness than the site's theme: a reader who keeps a
// light site theme under a black contrast theme, or the other way. The browser paints the page's grounds in the
// contrast theme's colours, but an inline SVG keeps a colour set on itself (Chromium gives it
// forced-color-adjust: preserve-parent-color): what it draws must stay legible on the ground it lands on.
// (themes.spec.ts has what the site's own themes do, and the fills a forced-colours theme would erase.)

/** Contrast ratio of two "rgb(…)" colours (WCAG 2); run in the page, where computed colours are. */
const contrastSource = `
	const rgb = (c) => { const m = /rgba?\\(([^)]+)\\)/.exec(c); if (!m) return null;
		const v = m[1].split(/[\\s,/]+/).filter(Boolean).map(Number); return v.length > 3 && v[3] === 0 ? null : v; };
	const lum = (v) => { const f = (x) => ((x /= 255) <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4);
		return 0.2126 * f(v[0]) + 0.7152 * f(v[1]) + 0.0722 * f(v[2]); };
	window.contrast = (a, b) => { const [x, y] = [lum(rgb(a)), lum(rgb(b))].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
	window.painted = (c) => rgb(c) !== null;
`;
declare global {
	interface Window {
		contrast(a: string, b: string): number;
		painted(colour: string): boolean;
	}
}

/**
 * Every label (≥ 4.5:1) and line (≥ 3:1) of every inline drawing shown that is fainter than
 * that against the ground it is drawn on: the drawing's own if it has one (a figure's stage), else what is
 * under it, which a forced-colours theme paints in its own Canvas.
 */
function faintMarks(page: Page) {
	return page.evaluate(() => {
		const faint: string[] = [];
		const groundOf = (svg: SVGSVGElement) => {
			// a figure's moving layer lies over its drawing (FigureSvg): the drawing's ground is under it
			const base = svg.classList.contains('moving-layer') ? svg.parentElement!.querySelector('svg')! : svg;
			for (let node: Element | null = base; node; node = node.parentElement) {
				const colour = getComputedStyle(node).backgroundColor;
				if (window.painted(colour)) return colour;
			}
			return getComputedStyle(document.body).backgroundColor;
		};
		const shown = (element: Element, svg: SVGSVGElement) => {
			const box = element.getBoundingClientRect();
			if (box.width === 0 && box.height === 0) return false;
			for (
				let node: Element | null = element;
				node && node !== svg.parentElement;
				node = node.parentElement
			) {
				const style = getComputedStyle(node);
				if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) < 0.05)
					return false;
			}
			return true;
		};
		for (const svg of document.querySelectorAll('svg')) {
			if (!shown(svg, svg)) continue;
			const ground = groundOf(svg);
			const check = (element: Element, property: 'fill' | 'stroke', least: number) => {
				const colour = getComputedStyle(element)[property];
				if (!window.painted(colour)) return;
				const ratio = window.contrast(colour, ground);
				if (ratio < least) {
					const what = element.tagName === 'text' ? `"${element.textContent?.trim()}"` : element.tagName;
					faint.push(
						`${svg.getAttribute('class')} ${what} ${property} ${colour} on ${ground}: ${ratio.toFixed(2)}`
					);
				}
			};
			for (const text of svg.querySelectorAll('text'))
				// an ion's symbol is drawn on the ion, in the colour made for it
				if (shown(text, svg) && !text.closest('.ion') && text.textContent?.trim()) check(text, 'fill', 4.5);
			for (const line of svg.querySelectorAll('line')) if (shown(line, svg)) check(line, 'stroke', 3);
		}
		// one line for marks alike (the ticks of an axis)
		return [...new Set(faint)].map((line) => `${faint.filter((f) => f === line).length}× ${line}`);
	});
}

const mismatched = [
	{ system: 'dark', theme: 'light' },
	{ system: 'dark', theme: 'projector' },
	{ system: 'light', theme: 'dark' }
] as const;

for (const { system, theme } of mismatched)
	test(`a ${system} contrast theme over the site's ${theme} theme: every drawing's labels and lines still show`, async ({
		page
	}) => {
		await page.addInitScript(contrastSource);
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.emulateMedia({ forcedColors: 'active', colorScheme: system });
		// the lab's voltage scale and recorder, the icon arrays, the figures' first frames, figures in an article
		const pages = ['/en/lab/', '/fr/labo/', '/en/choosing/', '/fr/choisir/', '/fr/scenes/', '/en/hydrotomy/'];
		const found: Record<string, string[]> = {};
		for (const path of pages) {
			await page.goto(`${path}?theme=${theme}`);
			await expect(page.locator('svg').first()).toBeAttached();
			found[path] = await faintMarks(page);
		}
		expect(found).toEqual(Object.fromEntries(pages.map((path) => [path, []])));
	});

/** A focused control's ring shows, at ≥ 3:1 against the page's ground (WCAG 1.4.11). */
async function expectRing(control: Locator) {
	const ring = await control.evaluate((element) => ({
		visible: element.matches(':focus-visible'),
		colour: getComputedStyle(element).outlineColor,
		ratio: window.contrast(
			getComputedStyle(element).outlineColor,
			getComputedStyle(document.body).backgroundColor
		)
	}));
	expect.soft(ring.visible).toBe(true);
	expect.soft(ring.ratio, ring.colour).toBeGreaterThanOrEqual(3);
}

test('in a forced-colours theme, the focus ring of a control drawn in the theme’s highlight is the theme’s', async ({
	page
}) => {
	await page.addInitScript(contrastSource);
	// a white contrast theme over the site's dark theme, whose focus ring is a light orange
	await page.emulateMedia({ forcedColors: 'active', colorScheme: 'light' });

	// the lab's case chosen, by keyboard
	await page.goto('/en/lab/?theme=dark');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const squid = page.locator('[data-preset="squid"]');
	await squid.focus();
	await page.keyboard.press('Enter');
	await expect(squid).toHaveAttribute('aria-pressed', 'true');
	await expectRing(squid);

	// a figure's step bar, and the consultation's figure shown
	await page.goto('/en/consultation/?s=trpv1,k2p&at=2&theme=dark');
	await expect(page.locator('figure.scene[data-awake="true"]')).toBeVisible();
	for (const control of [
		page.locator('.player-controls .scrub').first(),
		page.locator('.sequence li.current .show')
	]) {
		await control.focus();
		await expectRing(control);
	}
});

// The pump figure's two hours without glucose (10–70 min): a tint of the stage, too faint to see on a
// projector, so its start and its end are drawn as lines too.
for (const theme of ['projector', 'light', 'dark'])
	test(`the pump figure marks where glucose is cut off and where it returns, in the ${theme} theme`, async ({
		page
	}) => {
		await page.addInitScript(contrastSource);
		await page.goto(`/en/scenes/pump/?theme=${theme}&step=fuel-cut`);
		const edges = await page
			.locator('.scene-live .scene-stage svg')
			.first()
			.evaluate((svg) => {
				const band = svg.querySelector('.no-fuel') as SVGRectElement;
				const { x, width } = band.getBBox();
				const ground = getComputedStyle(svg).backgroundColor;
				const lines = [...svg.querySelectorAll('line')].filter(
					(line) => line.x1.baseVal.value === line.x2.baseVal.value
				);
				// for each end of the band: the best contrast of a vertical line drawn there
				return [x, x + width].map((end) =>
					Math.max(
						0,
						...lines
							.filter((line) => Math.abs(line.x1.baseVal.value - end) < 1)
							.map((line) => window.contrast(getComputedStyle(line).stroke, ground))
					)
				);
			});
		for (const ratio of edges) expect(ratio).toBeGreaterThanOrEqual(3);
	});
