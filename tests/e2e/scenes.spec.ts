import { expect, test, type Page } from '@playwright/test';
import { sceneCases } from './scene-table';
import { accessibilityViolations, framesPass, noProblems, watch } from './site';

// Every scene page, in both languages: what a reader, a student and a clinician do with it.
const awake = (page: Page) => page.locator('figure.scene[data-awake="true"]');
const stepName = (page: Page) => page.locator('.scene-live .scene-now .scene-step-name');
const description = (page: Page) => page.locator('.scene-live .scene-description');
/** The index of the step the figure shows, read from its name (spaces as a reader sees them: "4 mm" in French
 * keeps its no-break space) */
const currentStep = async (page: Page, names: readonly string[]) =>
	names.indexOf((await stepName(page).textContent())!.replace(/\s+/g, ' ').trim());
const slider = (page: Page) => page.getByRole('slider', { name: /Position/ });

for (const scene of sceneCases) {
	const { id, steps } = scene;
	for (const lang of ['fr', 'en'] as const) {
		const path = `/${lang}/scenes/${id}/`;
		const stepNames = scene.names[lang];
		// a scene has at least two steps, and may have only two: every walk below stops at its last
		const last = steps.length - 1;
		const upTo = (index: number) => Math.min(index, last);
		const play = lang === 'fr' ? 'Lire' : 'Play';
		const pause = 'Pause';

		test.describe(`${path}`, () => {
			test('wakes, plays, pauses, steps by button and by clicker key, its slider changes what the description says, and it opens at the step its address names', async ({
				page,
				baseURL
			}) => {
				const problems = watch(page, baseURL!);
				await page.goto(path);
				await expect(awake(page)).toBeVisible();
				await expect(stepName(page)).toHaveText(stepNames[0]!);

				await test.step(`${path}: plays, and paused, nothing moves`, async () => {
					await page.getByRole('button', { name: play, exact: true }).click();
					await expect(slider(page)).not.toHaveAttribute('aria-valuenow', '1', { timeout: 8000 });
					await page.getByRole('button', { name: pause, exact: true }).click();
					// paused, nothing moves: neither the step nor the scrub bar's thumb, ten frames on
					const thumb = page.locator('.scene-live .thumb');
					const paused = await slider(page).getAttribute('aria-valuenow');
					const pausedAt = await thumb.boundingBox();
					await framesPass(page, 10);
					await expect(slider(page)).toHaveAttribute('aria-valuenow', paused!);
					expect(await thumb.boundingBox()).toEqual(pausedAt);
				});

				await test.step(`${path}: steps by button and by clicker key`, async () => {
					// stepping is the same with or without motion (the reduced-motion test shows the jump): with the
					// figure's own "no continuous motion" ticked, each step is there at once instead of a second later
					await page.getByRole('checkbox', { name: /mouvement|motion/ }).check();
					await page.getByRole('button', { name: /Home|Recommencer|Restart/ }).click();
					await expect(stepName(page)).toHaveText(stepNames[0]!);
					await page.getByRole('button', { name: new RegExp(stepNames[1]!) }).click();
					await expect(stepName(page)).toHaveText(stepNames[1]!);
					// forward twice (from step 1 to 3; a short scene stays at its last), then back one
					let at = 1;
					for (const [key, by] of [
						['PageDown', 1],
						['ArrowRight', 1],
						['PageUp', -1]
					] as const) {
						await page.keyboard.press(key);
						at = Math.max(0, upTo(at + by));
						await expect(stepName(page), key).toHaveText(stepNames[at]!);
					}
					await page.keyboard.press('Home');
					await expect(stepName(page)).toHaveText(stepNames[0]!);
				});

				await test.step(`${path}: its slider changes what the description says, from the model`, async () => {
					// at the step where the slider shows in the description, reached by its ▶ buttons (each step is
					// there at once: the figure's own "no continuous motion" is ticked above)
					const sliderStep = steps.indexOf(scene.slider.step);
					for (let at = 0; at < sliderStep; at++) {
						await page.getByRole('button', { name: new RegExp(stepNames[at + 1]!) }).click();
						await expect(stepName(page)).toHaveText(stepNames[at + 1]!);
					}
					const before = await description(page).textContent();
					const input = page.getByRole('slider', { name: scene.slider.name });
					await input.focus();
					await page.keyboard.press('End');
					await expect(description(page)).not.toHaveText(before!);
					await expect(description(page)).not.toContainText(/NaN|undefined|Infinity/);
					// the slider's own keys stay its own: End did not move the scene
					await expect(stepName(page)).toHaveText(stepNames[sliderStep]!);
				});

				await test.step(`${path}: opens at the step its address names, and at the first for an unknown one`, async () => {
					// a link opens at the step it names, and at the first for an unknown or malformed one (every
					// figure reads its address through the same code: the whole list on the first figure, two elsewhere)
					await page.goto(`${path}?step=${steps[upTo(4)]}`);
					await expect(awake(page)).toBeVisible();
					await expect(stepName(page)).toHaveText(stepNames[upTo(4)]!);
					const malformed = ['?step=nope', '?step=%E0%A4%A', '?step=', '?step=1&step=2', '?step=<script>'];
					for (const query of scene === sceneCases[0] ? malformed : malformed.slice(0, 2)) {
						await page.goto(path + query);
						await expect(awake(page)).toBeVisible();
						await expect(stepName(page), query).toHaveText(stepNames[0]!);
					}
				});
				expect(problems).toEqual(noProblems);
			});

			test(`with reduced motion: shows its evidence badge, Play changes the step at once and nothing keeps moving, the claim is a separate layer when asked, and axe finds nothing at the first, a middle and the last step${path === '/fr/scenes/k2p/' ? '; a screen reader hears what the drawing shows now' : ''}`, async ({
				page
			}) => {
				test.setTimeout(60_000); // three axe passes, each a few seconds on a busy 2-core machine
				// without motion, each step is drawn at once and axe reads a figure at rest
				await page.emulateMedia({ reducedMotion: 'reduce' });
				await page.goto(path);
				await expect(awake(page)).toBeVisible();
				const live = page.locator('.scene-live');
				await test.step(`${path}: its badge, and axe at the first step`, async () => {
					await expect(page.getByRole('checkbox', { name: /mouvement|motion/ })).toBeChecked();
					if (scene.badge) await expect(live.locator(`[data-evidence="${scene.badge}"]`)).toBeVisible();
					// the page around the figure is checked in full by pages.spec.ts; a step changes the figure only
					expect(
						await accessibilityViolations(page, undefined, 'figure.scene'),
						`${path}: axe at the first step`
					).toEqual([]);
				});

				// the drawing's description, on one figure (every figure describes itself through the same code)
				if (path === '/fr/scenes/k2p/')
					await test.step(`${path}: a screen reader meeting the drawing hears what it shows now, not only its title`, async () => {
						const drawing = awake(page).getByRole('img').first();
						const now = async () =>
							(await page.locator('.scene-live .scene-now').textContent())!.replace(/\s+/g, ' ').trim();
						const first = await now();
						await expect(drawing).toHaveAccessibleDescription(first);
						// and it follows the step
						const firstName = (await stepName(page).textContent())!;
						await page.keyboard.press('PageDown');
						await expect(stepName(page)).not.toHaveText(firstName);
						const second = await now();
						expect(second).not.toBe(first);
						await expect(drawing).toHaveAccessibleDescription(second);
						// back to the first step, where Play starts below
						await page.keyboard.press('Home');
						await expect(stepName(page)).toHaveText(stepNames[0]!);
					});

				await test.step(`${path}: with reduced motion, Play changes the step at once and nothing keeps moving`, async () => {
					// every position the scrub bar's thumb takes, and every change to the drawing, from now on
					await live.evaluate((live) => {
						const seen: { thumb: string[]; drawing: number } = { thumb: [], drawing: 0 };
						(window as unknown as { seen: typeof seen }).seen = seen;
						// where the thumb's centre is along the rail, in per cent, each time anything in the scrub bar moves
						const rail = live.querySelector<HTMLElement>('.rail')!;
						const thumb = live.querySelector<HTMLElement>('.thumb')!;
						const along = () => {
							const box = thumb.getBoundingClientRect();
							const track = rail.getBoundingClientRect();
							return String(((box.left + box.width / 2 - track.left) / track.width) * 100);
						};
						new MutationObserver(() => seen.thumb.push(along())).observe(rail, {
							attributes: true,
							subtree: true
						});
						new MutationObserver(() => seen.drawing++).observe(live.querySelector('.scene-stage')!, {
							subtree: true,
							attributes: true,
							childList: true,
							characterData: true
						});
					});
					await page.getByRole('button', { name: play, exact: true }).click();
					await expect(stepName(page)).toHaveText(stepNames[1]!);
					// at once: the thumb went straight to the next step, through no position in between
					const next = (100 / (steps.length - 1)).toFixed(2);
					const seen = async () => {
						const { thumb, drawing } = await page.evaluate(
							() => (window as unknown as { seen: { thumb: string[]; drawing: number } }).seen
						);
						return { thumb: new Set(thumb.map((left) => parseFloat(left).toFixed(2))), drawing };
					};
					expect((await seen()).thumb).toEqual(new Set([next]));
					// and then nothing moves: ten more frames draw nothing new
					const drawn = (await seen()).drawing;
					await framesPass(page, 10);
					expect((await seen()).drawing).toBe(drawn);
					expect((await seen()).thumb).toEqual(new Set([next]));
				});

				// on by its ▶ button (named after the step it leads to), as a reader would, rather than by reloading
				const goTo = async (index: number) => {
					for (let at = await currentStep(page, stepNames); at < index; at++) {
						await page.getByRole('button', { name: new RegExp(stepNames[at + 1]!) }).click();
						await expect(stepName(page)).toHaveText(stepNames[at + 1]!);
					}
				};
				await test.step(`${path}: axe at a middle step`, async () => {
					await goTo(upTo(2));
					expect(
						await accessibilityViolations(page, undefined, 'figure.scene'),
						`${path}: axe at a middle step`
					).toEqual([]);
				});
				await test.step(`${path}: the claim drawn as a separate layer, and axe at the last step`, async () => {
					await goTo(steps.length - 1);
					if (scene.claimSwitch) {
						const layer = live.locator('svg .hypothesis-layer');
						await expect(layer).toHaveCount(0);
						await page.getByRole('checkbox', { name: scene.claimSwitch.name }).check();
						await expect(layer).toHaveCount(1);
						await expect(live.locator(`[data-evidence="${scene.claimSwitch.level}"]`)).toBeVisible();
					}
					expect(
						await accessibilityViolations(page, undefined, 'figure.scene'),
						`${path}: axe at the last step`
					).toEqual([]);
				});
			});

			test('without JavaScript shows the labelled first frame, its description and the steps, and wakes without moving the page: the still frame’s drawing, box and height, phone to desktop', async ({
				browser
			}) => {
				// the prerendered still frame and the woken figure, at each width: the same drawing (portrait, or
				// side by side where the box is wide and the figure has one) in the same box, the figure as tall
				type Seen = { height: number; title: string | null; width: number; drawingHeight: number };
				const seen: Record<string, Seen[]> = {};
				const measure = async (page: Page, width: number) => {
					const figure = page.locator('figure.scene');
					const drawing = figure.locator('.scene-stage svg:visible').first();
					const box = (await drawing.boundingBox())!;
					(seen[width] ??= []).push({
						height: await figure.evaluate((el) => el.getBoundingClientRect().height),
						title: await drawing.locator('title').first().textContent(),
						width: box.width,
						drawingHeight: box.height
					});
				};
				const scriptless = await browser.newContext({ javaScriptEnabled: false });
				const plain = await scriptless.newPage();
				await test.step(`${path} without JavaScript: its still frame at 320, 800 and 1280 px`, async () => {
					// one load, the window then widened: without script, the still frame is laid out by CSS alone,
					// as it would be loaded at that width
					await plain.setViewportSize({ width: 320, height: 800 });
					await plain.goto(path);
					for (const width of [320, 800, 1280]) {
						await plain.setViewportSize({ width, height: 800 });
						await measure(plain, width);
					}
				});
				await test.step(`${path} without JavaScript shows the labelled first frame, its description and the steps`, async () => {
					// the window a test opens by default
					await plain.setViewportSize({ width: 1280, height: 720 });
					const frame = plain.locator('figure.scene .scene-static');
					// the drawing that fits the box (a wide figure prerenders its portrait and landscape drawings)
					await expect(frame.locator('svg[role="img"]:visible title')).toHaveText(scene.title);
					await expect(frame.locator('.scene-now .scene-step-name')).toHaveText(stepNames[0]!);
					await expect(frame.locator('.scene-description')).toContainText(scene.unit);
					await expect(frame.locator('.scene-description')).not.toContainText(/NaN|undefined/);
					await expect(plain.locator('ol.steps li')).toHaveCount(steps.length);
					await expect(plain.locator('[data-evidence]:visible').first()).toBeVisible();
					// it says why nothing plays, where the controls would be, and its link leads to the steps in words
					const note = plain.locator('figure.scene .noscript-note');
					await expect(note).toBeVisible();
					await expect(note).toContainText('JavaScript');
					await note.getByRole('link').click();
					await expect(plain).toHaveURL(/#steps$/);
					await expect(plain.locator('#steps')).toBeInViewport();
				});
				await scriptless.close();

				await test.step(`${path}: woken at 320, 800 and 1280 px, the figure keeps the still frame’s drawing, box and height`, async () => {
					const context = await browser.newContext();
					const page = await context.newPage();
					for (const width of [320, 800, 1280]) {
						await page.setViewportSize({ width, height: 800 });
						await page.goto(path);
						await expect(awake(page)).toBeVisible();
						await measure(page, width);
					}
					await context.close();
					for (const [width, [still, awoken]] of Object.entries(seen)) {
						expect(awoken!.title, `the drawing at ${width} px`).toBe(still!.title);
						expect(Math.abs(still!.width - awoken!.width), `its width at ${width} px`).toBeLessThanOrEqual(1);
						expect(
							Math.abs(still!.drawingHeight - awoken!.drawingHeight),
							`its height at ${width} px`
						).toBeLessThanOrEqual(1);
						expect(
							Math.abs(still!.height - awoken!.height),
							`the figure's height at ${width} px`
						).toBeLessThanOrEqual(2);
					}
				});
			});
		});
	}
}

test('an unknown scene gets the 404 page', async ({ page }) => {
	const response = await page.goto('/fr/scenes/nope/');
	expect(response?.status()).toBe(404);
});
