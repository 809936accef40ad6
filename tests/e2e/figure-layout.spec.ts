import { expect, test, type Locator, type Page } from '@playwright/test';
import { labelProblems, overlap, passesOut } from './label-boxes';
import { builtSceneIds } from './site';

// Every figure legible everywhere: at every settled step of every scene, in both languages, from a small
// phone to a laptop, no label overlaps another, leaves its figure, or sits under an ion or molecule; and
// on a 390 px phone the smallest label is at least 14 px. Each figure is walked twice: as it opens, and
// with every switch among its controls turned over (claim layers drawn, oxygen off…); then, at one phone
// width per language, with each other option of a choice and each slider at its two ends (a label clear at
// the default can be buried at the slider's end); then again at a phone's and a laptop's width with the
// wider letter, word and line spacing a reader may set (WCAG 1.4.12). The scenes are
// those the build has pages for: a new scene is checked without a change here.
const sceneIds = builtSceneIds();
const widths = [320, 390, 800, 1280];
/** boxes may touch: they collide only when they share more than this, in CSS px, both ways */
const TOLERANCE_px = 1.5;
/** where each slider's ends and each option are walked: one phone per language, to keep the run short */
const EXTREMES_WIDTH = { fr: 320, en: 390 } as const;
/** the spacing WCAG 1.4.12 says a reader may set without losing content (paragraph spacing aside: no SVG) */
const READER_SPACING =
	'* { letter-spacing: 0.12em !important; word-spacing: 0.16em !important; line-height: 1.5 !important; }';

interface Check {
	/** the step's name, as the figure shows it */
	name: string;
	problems: string[];
	smallestLabel_px: number;
}

/**
 * What is wrong with the drawing at `step` (1-based, as the scrub bar counts), measured from the rendered boxes:
 * in one call to the page, once the scrub bar says the figure is at that step and a frame has been drawn
 * since. Null if the figure did not get there (the caller then says so, by the scrub bar).
 */
async function measureAt(page: Page, step: number): Promise<Check | null> {
	const drawn = await page.evaluate(async (step) => {
		const scrub = document.querySelector('.scene-live [role="slider"]');
		const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
		const until = performance.now() + 5000;
		while (scrub?.getAttribute('aria-valuenow') !== String(step)) {
			if (performance.now() > until) return null;
			await nextFrame();
		}
		await nextFrame();
		const svg = document.querySelector<SVGSVGElement>('.scene-live .scene-stage svg')!;
		const stepName = document.querySelector('.scene-live .scene-now .scene-step-name')?.textContent ?? '';
		const visible = (element: Element) => {
			let opacity = 1;
			for (let node: Element | null = element; node && node !== svg; node = node.parentElement) {
				const style = getComputedStyle(node);
				if (style.display === 'none' || style.visibility === 'hidden') return false;
				opacity *= Number(style.opacity);
			}
			return opacity > 0.05;
		};
		const name = (element: Element) => `"${(element.textContent ?? '').replace(/\s+/g, ' ').trim()}"`;
		const frame = svg.getBoundingClientRect();
		const scale = frame.width / svg.viewBox.baseVal.width;
		// what moves and must not be covered: every shape a figure marks data-glyph (README, "adding a scene")
		const glyphs = [...svg.querySelectorAll('[data-glyph]')].filter(visible);
		const labels = [...svg.querySelectorAll('text')].filter(
			(text) => visible(text) && !text.closest('[data-glyph]') && (text.textContent ?? '').trim() !== ''
		);
		const box = ({ left, right, top, bottom }: DOMRect) => ({ left, right, top, bottom });
		// a placed part of a landscape drawing is clipped to its region (FigurePart.svelte): a label that runs
		// past that edge loses letters, though it stays inside the figure
		const partEdges = (label: Element) => {
			const part = label.closest('[clip-path]');
			const id = part?.getAttribute('clip-path')?.match(/#([^)]+)/)?.[1];
			const rect = id ? document.getElementById(id)?.querySelector('rect') : null;
			const toScreen = part instanceof SVGGraphicsElement ? part.getScreenCTM() : null;
			if (!rect || !toScreen) return null;
			const { x, y, width, height } = rect.getBBox();
			const a = new DOMPoint(x, y).matrixTransform(toScreen);
			const b = new DOMPoint(x + width, y + height).matrixTransform(toScreen);
			return {
				left: Math.min(a.x, b.x),
				right: Math.max(a.x, b.x),
				top: Math.min(a.y, b.y),
				bottom: Math.max(a.y, b.y)
			};
		};
		// the symbols drawn inside ions and molecules ("Ca²⁺") are read too: they are held to the same size
		const symbols = glyphs.flatMap((glyph) => [...glyph.querySelectorAll('text')]).filter(visible);
		const sizes = [...labels, ...symbols].map((text) => parseFloat(getComputedStyle(text).fontSize) * scale);
		return {
			name: stepName,
			frame: box(frame),
			labels: labels.map((label) => ({
				name: name(label),
				box: box(label.getBoundingClientRect()),
				edges: partEdges(label)
			})),
			glyphs: glyphs.map((glyph) => ({
				name: `${name(glyph)} ${glyph.getAttribute('class')}`,
				box: box(glyph.getBoundingClientRect())
			})),
			smallestLabel_px: Math.min(...sizes)
		};
	}, step);
	if (!drawn) return null;
	const problems = labelProblems(drawn.labels, drawn.frame, TOLERANCE_px, 'figure');
	for (const label of drawn.labels) {
		if (label.edges && passesOut(label.box, label.edges))
			problems.push(`${label.name} is cut at the edge of its part`);
		for (const glyph of drawn.glyphs) {
			const shared = overlap(label.box, glyph.box, TOLERANCE_px);
			if (shared) problems.push(`${glyph.name} sits on ${label.name} by ${shared}`);
		}
	}
	return { name: drawn.name, problems, smallestLabel_px: drawn.smallestLabel_px };
}

/** The drawing at `step`, measured once the figure shows it; a figure that does not get there fails here. */
async function measure(page: Page, step: number): Promise<Check> {
	const check = await measureAt(page, step);
	if (check) return check;
	await expect(page.locator('.scene-live [role="slider"]')).toHaveAttribute('aria-valuenow', String(step));
	return (await measureAt(page, step))!;
}

for (const id of sceneIds) {
	for (const lang of ['fr', 'en'] as const) {
		test(`/${lang}/scenes/${id}/: every label legible at every step, at ${widths.join(', ')} px`, async ({
			browser
		}) => {
			// one page, its window narrowed and widened as a reader turns a tablet or resizes a window: the
			// figure redraws for each width
			const context = await browser.newContext({
				viewport: { width: widths[0]!, height: 900 },
				reducedMotion: 'reduce',
				// to add the reader's spacing below as a style sheet: the site's policy allows only its own
				bypassCSP: true
			});
			const page = await context.newPage();
			await page.goto(`/${lang}/scenes/${id}/`);
			await expect(page.locator('figure.scene[data-awake="true"]')).toBeVisible();
			const scrub = page.locator('.scene-live [role="slider"]');
			const stepCount = Number(await scrub.getAttribute('aria-valuemax'));
			expect(stepCount).toBeGreaterThan(1);
			const switches = page.locator('.scene-live .parameters input[type="checkbox"]');
			const problems: string[] = [];
			const smallest: Record<number, number> = {};
			const walk = async (width: number, how: string) => {
				await page.keyboard.press('Home');
				for (let step = 1; step <= stepCount; step++) {
					if (step > 1) await page.keyboard.press('PageDown');
					const check = await measure(page, step);
					problems.push(
						...check.problems.map((problem) => `${width} px, ${how}, step "${check.name}": ${problem}`)
					);
					smallest[width] = Math.min(smallest[width] ?? Infinity, check.smallestLabel_px);
				}
			};
			const turnSwitchesOver = async () => {
				for (const box of await switches.all()) await box.click();
				// give the keys back to the page (a focused checkbox keeps its own)
				await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
			};
			const hasSwitches = (await switches.count()) > 0;
			for (const [i, width] of widths.entries()) {
				if (i > 0) await page.setViewportSize({ width, height: 900 });
				// as it opens at the first width, then the switches as the last width left them
				const turned = hasSwitches && i % 2 === 1;
				await walk(width, turned ? 'with its switches turned over' : 'as it opens');
				if (hasSwitches) {
					await turnSwitchesOver();
					await walk(width, turned ? 'as it opens' : 'with its switches turned over');
				}
			}
			// each option of each choice, and every slider shown with it at its lowest and its highest (a slider
			// shown with every option, such as weeks of pain, once), the switches turned over: claim layers drawn
			const width = EXTREMES_WIDTH[lang];
			await page.setViewportSize({ width, height: 900 });
			if (hasSwitches) await turnSwitchesOver();
			const turned = hasSwitches ? ', its switches turned over' : '';
			const settings = page.locator('.scene-live .parameters');
			const sliderName = (slider: Locator) =>
				slider.evaluate((input) =>
					input.closest('label')!.firstElementChild!.firstChild!.textContent!.trim()
				);
			const walked = new Set<string>();
			const slidersToTheirEnds = async (how: string) => {
				for (const slider of await settings.locator('input[type="range"]').all()) {
					const name = await sliderName(slider);
					if (walked.has(name)) continue;
					walked.add(name);
					const before = await slider.inputValue();
					for (const [key, end] of [
						['Home', 'lowest'],
						['End', 'highest']
					] as const) {
						await slider.focus();
						await page.keyboard.press(key);
						await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
						await walk(width, `${how}, "${name}" at its ${end} (${await slider.inputValue()})`);
					}
					// back where it was, so that the next slider moves alone
					await slider.fill(before);
					await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
				}
			};
			const radios = await settings.locator('fieldset.choice input[type="radio"]').all();
			const opened: Locator[] = [];
			for (const radio of radios) if (await radio.isChecked()) opened.push(radio);
			await slidersToTheirEnds(`as it opens${turned}`);
			for (const radio of radios) {
				if (await radio.isChecked()) continue;
				const option = (await radio.evaluate((input) => input.parentElement!.textContent!)).trim();
				await radio.check();
				await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
				await walk(width, `option "${option}"${turned}`);
				await slidersToTheirEnds(`option "${option}"${turned}`);
			}
			// back as it opened: its options, then its switches
			for (const radio of opened) await radio.check();
			if (hasSwitches) await turnSwitchesOver();
			await page.addStyleTag({ content: READER_SPACING });
			for (const width of [390, 1280]) {
				await page.setViewportSize({ width, height: 900 });
				await walk(width, 'with a reader’s wider spacing');
				if (hasSwitches) {
					await turnSwitchesOver();
					await walk(width, 'with a reader’s wider spacing, its switches turned over');
				}
			}
			expect(problems).toEqual([]);
			expect(smallest[390]).toBeGreaterThanOrEqual(14);
			await context.close();
		});
	}
}

// Presented on a wall screen, in the projector's theme (thicker strokes, larger labels), the drawing is
// laid out again for the screen's shape: its labels are held to the same rule there.
for (const lang of ['fr', 'en'] as const) {
	test(`/${lang}/: every figure presented at 1920×1080 in the projector theme, no label overlaps or leaves it`, async ({
		browser
	}) => {
		const context = await browser.newContext({
			viewport: { width: 1920, height: 1080 },
			reducedMotion: 'reduce'
		});
		const page = await context.newPage();
		const problems: string[] = [];
		for (const id of sceneIds) {
			await page.goto(`/${lang}/scenes/${id}/?theme=projector`);
			const figure = page.locator('figure.scene[data-awake="true"]');
			await expect(figure).toBeVisible();
			await figure
				.getByRole('button', { name: lang === 'fr' ? 'Présenter' : 'Present', exact: true })
				.click();
			await expect(page.locator('.scene-shell.presenting')).toBeVisible();
			const scrub = page.locator('.scene-live [role="slider"]');
			const stepCount = Number(await scrub.getAttribute('aria-valuemax'));
			for (let step = 1; step <= stepCount; step++) {
				if (step > 1) await page.keyboard.press('PageDown');
				problems.push(
					...(await measure(page, step)).problems.map((problem) => `${id}, step ${step}: ${problem}`)
				);
			}
		}
		expect(problems).toEqual([]);
		await context.close();
	});
}
