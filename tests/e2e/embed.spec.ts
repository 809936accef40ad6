import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { received, startCoursePage } from './course-page';
import { sceneCases } from './scene-table';
import { accessibilityViolations, builtSceneIds, noProblems, openHydrated, watch } from './site';

// A figure on another site: its embed page alone (the page checks), inside a frame of another origin (the
// postMessage commands and announcements), and the Embed control that writes the frame's code.
const trpv1 = sceneCases.find((scene) => scene.id === 'trpv1')!;

test('every scene with a page has an embed page, in each language, prerendered', () => {
	const scenes = builtSceneIds();
	expect(scenes.length).toBeGreaterThan(3);
	for (const lang of ['fr', 'en'])
		for (const id of scenes)
			expect(existsSync(join('build', lang, 'embed', id, 'index.html')), `${lang}/${id}`).toBe(true);
});

let course: Awaited<ReturnType<typeof startCoursePage>>;
test.beforeAll(async () => {
	course = await startCoursePage();
});
test.afterAll(() => course.close());
const openParent = (page: Page, body: string) => course.open(page, body);

const send = (page: Page, message: unknown) =>
	page.evaluate((data) => document.querySelector('iframe')!.contentWindow!.postMessage(data, '*'), message);

for (const lang of ['fr', 'en'] as const) {
	const names = trpv1.names[lang];

	test.describe(`/${lang}/embed/`, () => {
		for (const id of sceneCases.map((scene) => scene.id)) {
			test(`${id}: the figure, its controls and a link to its full page, and nothing of the site around it`, async ({
				page,
				baseURL
			}) => {
				const problems = watch(page, baseURL!);
				await openHydrated(page, `/${lang}/embed/${id}/`);
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				await expect(page.locator('figure.scene[data-awake="true"]')).toBeVisible();
				await expect(page.locator('header, footer, nav')).toHaveCount(0);
				await expect(
					page.getByRole('button', { name: lang === 'fr' ? 'Lire' : 'Play', exact: true })
				).toBeVisible();
				const full = page.getByRole('link', { name: /page complète|full page/ });
				await expect(full).toHaveAttribute('href', `/${lang}/scenes/${id}/`);
				await expect(full).toHaveAttribute('target', '_blank');
				// the claims keep their evidence on another site
				expect(await page.locator('.embed-page .claims [data-evidence]').count()).toBeGreaterThan(0);
				// no button to embed the embed
				await expect(page.locator('.embed-button')).toBeHidden();
				// axe's full pass on this page, freshly opened in the light theme, is pages.spec.ts's (every
				// prerendered page, the embed pages among them, with the same rules and in the same state): not
				// run a second time here
				expect(problems).toEqual(noProblems);
			});
		}

		test('opens at ?step= and in ?theme=', async ({ page }) => {
			await page.goto(`/${lang}/embed/trpv1/?step=${trpv1.steps[3]}&theme=dark`);
			await expect(page.locator('.scene-live .scene-now .scene-step-name')).toHaveText(names[3]!);
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		});

		test('its link to the full page opens it where the reader is: the step shown, the settings changed', async ({
			page
		}) => {
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await page.goto(`/${lang}/embed/trpv1/?step=${trpv1.steps[3]}`);
			await expect(page.locator('figure.scene[data-awake="true"]')).toBeVisible();
			await page.keyboard.press('PageDown');
			await expect(page.locator('.scene-live .scene-now .scene-step-name')).toHaveText(names[4]!);
			const full = page.getByRole('link', { name: /page complète|full page/ });
			await expect(full).toHaveAttribute('href', `/${lang}/scenes/trpv1/?step=${trpv1.steps[4]}`);
		});

		test('inside a frame of another origin, obeys its parent and announces each step', async ({
			page,
			baseURL
		}) => {
			await page.emulateMedia({ reducedMotion: 'reduce' });
			const src = `${baseURL}/${lang}/embed/trpv1/?step=${trpv1.steps[1]}`;
			await openParent(page, `<iframe src="${src}" title="TRPV1" width="600" height="760"></iframe>`);
			const frame = page.frameLocator('iframe');
			const stepName = frame.locator('.scene-live .scene-now .scene-step-name');
			await expect(stepName).toHaveText(names[1]!);
			await expect
				.poll(() => received(page))
				.toContainEqual({
					type: 'ready',
					scene: 'trpv1',
					step: trpv1.steps[1],
					index: 1,
					steps: [...trpv1.steps]
				});

			await send(page, { type: 'goto', step: trpv1.steps[4] });
			await expect(stepName).toHaveText(names[4]!);
			await expect
				.poll(() => received(page))
				.toContainEqual({ type: 'stepchange', scene: 'trpv1', step: trpv1.steps[4], index: 4 });

			await send(page, { type: 'goto', index: 2 });
			await expect(stepName).toHaveText(names[2]!);
			await send(page, { type: 'next' });
			await expect(stepName).toHaveText(names[3]!);
			await send(page, { type: 'previous' });
			await expect(stepName).toHaveText(names[2]!);
			await send(page, { type: 'goto', index: 99 });
			await expect(stepName).toHaveText(names.at(-1)!);
			await expect
				.poll(() => received(page))
				.toContainEqual({ type: 'stepchange', scene: 'trpv1', step: trpv1.steps.at(-1), index: 5 });

			// what it does not understand, it ignores
			const before = (await received(page)).length;
			for (const message of [
				'next',
				null,
				42,
				[{ type: 'next' }],
				{ type: 'explode' },
				{ type: 'goto', step: 'nope' },
				{ type: 'goto', index: 'two' },
				{ type: 'goto', index: 1.5 },
				{ type: 'goto', index: Number.NaN },
				{ type: 'goto' },
				{ type: 'NEXT' }
			])
				await send(page, message);
			// …and a window other than its parent cannot drive it
			await page
				.frames()
				.find((f) => f.url().startsWith(baseURL!))!
				.evaluate(() => window.postMessage({ type: 'goto', index: 0 }, '*'));
			await send(page, { type: 'goto', step: trpv1.steps[0] }); // a marker: this one is obeyed
			await expect(stepName).toHaveText(names[0]!);
			expect((await received(page)).slice(before)).toEqual([
				{ type: 'stepchange', scene: 'trpv1', step: trpv1.steps[0], index: 0 }
			]);
		});

		test('plays and pauses when its parent says so', async ({ page, baseURL }) => {
			await openParent(
				page,
				`<iframe src="${baseURL}/${lang}/embed/trpv1/" title="TRPV1" width="600" height="760"></iframe>`
			);
			const frame = page.frameLocator('iframe');
			const play = frame.locator('.scene-live button.play');
			await expect(play).toHaveAccessibleName(lang === 'fr' ? 'Lire' : 'Play');
			// once it says it is ready (it says its height too)
			await expect
				.poll(async () =>
					(await received(page)).some((message) => (message as { type: string }).type === 'ready')
				)
				.toBe(true);
			await send(page, { type: 'play' });
			await expect(play).toHaveAccessibleName('Pause');
			await expect
				.poll(() => received(page))
				.toContainEqual({ type: 'stepchange', scene: 'trpv1', step: trpv1.steps[1], index: 1 });
			await send(page, { type: 'pause' });
			await expect(play).toHaveAccessibleName(lang === 'fr' ? 'Lire' : 'Play');
			await send(page, { type: 'pause' }); // pausing a paused figure leaves it paused
			await expect(play).toHaveAccessibleName(lang === 'fr' ? 'Lire' : 'Play');
		});

		test('a scene page writes the frame’s code, which shows that figure at that step on another site', async ({
			page,
			context,
			baseURL
		}) => {
			await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
			await page.goto(`/${lang}/scenes/trpv1/?step=${trpv1.steps[2]}`);
			await expect(page.locator('figure.scene[data-awake="true"]')).toBeVisible();
			await page.getByRole('button', { name: lang === 'fr' ? 'Intégrer' : 'Embed' }).click();
			const dialog = page.getByRole('dialog');
			await expect(dialog).toBeVisible();
			const code = await dialog.getByRole('textbox').inputValue();
			const src = `${baseURL}/${lang}/embed/trpv1/?step=${trpv1.steps[2]}`;
			expect(code).toContain(`src="${src}"`);
			expect(code).toMatch(/title="[^"]*TRPV1[^"]*"/);
			expect(code).toMatch(/^<iframe [^>]*height="\d+"[^>]*><\/iframe>\n<script>[^\n]+<\/script>$/);
			expect(await accessibilityViolations(page)).toEqual([]);
			await dialog.getByRole('button', { name: /Copier|Copy/ }).click();
			await expect(dialog.getByRole('status')).toHaveText(lang === 'fr' ? 'Code copié.' : 'Code copied.');
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
			await page.keyboard.press('Escape');
			await expect(dialog).toBeHidden();

			// pasted into another site's page, at a phone's width and a laptop's: the frame takes its page's height,
			// so the step's words, the evidence and the licence are in it, not hidden below its edge
			for (const width of [390, 1280]) {
				await page.setViewportSize({ width, height: 800 });
				await openParent(page, code);
				const inside = page.frameLocator('iframe');
				await expect(inside.locator('.scene-live .scene-now .scene-step-name')).toHaveText(names[2]!);
				await expect(inside.locator('.licence')).toContainText('CC BY-SA 4.0');
				await expect
					.poll(
						async () => {
							const frame = (await page.locator('iframe').boundingBox())!.height;
							const content = await inside.locator('html').evaluate((html) => html.scrollHeight);
							return content - frame;
						},
						{ message: `${width} px` }
					)
					.toBeLessThanOrEqual(1);
				expect((await page.locator('iframe').boundingBox())!.height, `${width} px`).toBeGreaterThan(760);
			}
		});
	});
}

test('the frame’s code keeps the settings the clinician changed, and the frame opens with them', async ({
	page,
	baseURL
}) => {
	await page.goto('/en/scenes/k2p/?step=k-efflux&openFraction=0.8');
	await expect(page.locator('figure.scene[data-awake="true"]')).toBeVisible();
	await page.getByRole('button', { name: 'Embed' }).click();
	const code = await page.getByRole('dialog').getByRole('textbox').inputValue();
	expect(code).toContain(`src="${baseURL}/en/embed/k2p/?step=k-efflux&amp;openFraction=0.8"`);

	await openParent(page, code);
	const frame = page.frameLocator('iframe');
	await expect(frame.getByRole('slider', { name: /K2P/ })).toHaveValue('0.8');
	await expect(frame.locator('.scene-live .scene-now .scene-step-name')).toHaveText(
		sceneCases.find((scene) => scene.id === 'k2p')!.names.en[2]!
	);
});

test('each frame keeps its own ?theme=: a dark one does not turn its neighbour, nor the next page that holds them', async ({
	page,
	baseURL
}) => {
	await openParent(
		page,
		`<iframe src="${baseURL}/en/embed/k2p/?theme=dark" title="K2P"></iframe>` +
			`<iframe src="${baseURL}/en/embed/pump/" title="Pump"></iframe>`
	);
	const theme = (n: number) =>
		page
			.frameLocator('iframe')
			.nth(n)
			.locator('html')
			.evaluate((html) => html.dataset.theme ?? 'auto');
	await expect.poll(() => theme(0)).toBe('dark');
	expect(await theme(1)).toBe('auto');
	await openParent(page, `<iframe src="${baseURL}/en/embed/pump/" title="Pump"></iframe>`);
	await expect(page.frameLocator('iframe').locator('figure.scene')).toBeVisible();
	expect(await theme(0)).toBe('auto');
});
