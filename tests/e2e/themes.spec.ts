import { expect, test, type Page } from '@playwright/test';
import { accessibilityViolations, openSettled } from './site';

// The reader's colour theme: light, dark for a dim room, projector; chosen by ?theme= or in a figure's
// options, remembered, applied before the first paint, and clean for axe on every kind of page.
const html = (page: Page) => page.locator('html');
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const themeSwitch = (page: Page) =>
	page
		.locator('.scene-live')
		.getByRole('combobox', { name: /Thème|Theme/ })
		.first();

const grounds = { light: 'rgb(251, 250, 247)', dark: 'rgb(18, 21, 24)', projector: 'rgb(255, 255, 255)' };

for (const lang of ['fr', 'en'] as const) {
	const article = `/${lang}/glucopuncture/`;
	const scene = `/${lang}/scenes/trpv1/`;
	const embed = `/${lang}/embed/k2p/`;

	test.describe(`themes in ${lang}`, () => {
		test('?theme= is on <html> before the body is parsed: no flash of another theme', async ({ page }) => {
			// what <html data-theme> says at the moment <body> comes into the document
			await page.addInitScript(() => {
				const seen = window as unknown as { themeAtBody?: string | null };
				new MutationObserver((_, observer) => {
					if (!document.body) return;
					seen.themeAtBody = document.documentElement.getAttribute('data-theme');
					observer.disconnect();
				}).observe(document, { childList: true, subtree: true });
			});
			await page.goto(`${scene}?theme=projector`);
			expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).toBe(
				'projector'
			);
		});

		test('?theme= sets it and it is remembered; an unknown value keeps it; auto forgets it', async ({
			page
		}) => {
			await page.emulateMedia({ colorScheme: 'light' });
			await page.goto(`${article}?theme=dark`);
			await expect(html(page)).toHaveAttribute('data-theme', 'dark');
			expect(await background(page)).toBe(grounds.dark);

			await page.goto(scene);
			await expect(html(page)).toHaveAttribute('data-theme', 'dark');
			await expect(themeSwitch(page)).toHaveValue('dark');

			for (const unknown of ['sepia', '', 'DARKER', '%E0%A4%A', 'projector%00']) {
				await page.goto(`${scene}?theme=${unknown}`);
				await expect(html(page)).toHaveAttribute('data-theme', 'dark');
			}
			// an embedded figure takes its own ?theme= for itself alone: the choice kept stays the reader's
			await page.goto(`${embed}?theme=PROJECTOR`);
			await expect(html(page)).toHaveAttribute('data-theme', 'projector');
			await page.goto(article);
			await expect(html(page)).toHaveAttribute('data-theme', 'dark');
			await page.goto(`${scene}?theme=PROJECTOR`);
			await page.goto(article);
			await expect(html(page)).toHaveAttribute('data-theme', 'projector');

			await page.goto(`${article}?theme=auto`);
			await expect(html(page)).not.toHaveAttribute('data-theme');
			expect(await background(page)).toBe(grounds.light);
			await page.emulateMedia({ colorScheme: 'dark' });
			expect(await background(page)).toBe(grounds.dark);
		});

		test('chosen in a figure’s options, it applies at once, to the page, and is remembered', async ({
			page
		}) => {
			await page.emulateMedia({ colorScheme: 'light' });
			await page.goto(scene);
			await expect(themeSwitch(page)).toHaveValue('auto');
			await themeSwitch(page).selectOption('dark');
			await expect(html(page)).toHaveAttribute('data-theme', 'dark');
			expect(await background(page)).toBe(grounds.dark);
			await page.reload();
			await expect(html(page)).toHaveAttribute('data-theme', 'dark');
			await expect(themeSwitch(page)).toHaveValue('dark');
			await themeSwitch(page).selectOption('auto');
			await expect(html(page)).not.toHaveAttribute('data-theme');
			await page.reload();
			await expect(html(page)).not.toHaveAttribute('data-theme');
		});

		test('chosen over a link’s ?theme=, it is the one the address, a step and a reload keep', async ({
			page
		}) => {
			await page.goto(`${scene}?theme=dark`);
			await expect(themeSwitch(page)).toHaveValue('dark');
			await themeSwitch(page).selectOption('light');
			await expect(page).toHaveURL(`${scene}?theme=light`);
			await page
				.locator('.scene-live')
				.getByRole('button', { name: /Étape suivante|Next step/ })
				.click();
			await expect(page).toHaveURL(/\?theme=light&step=/);
			await page.reload();
			await expect(html(page)).toHaveAttribute('data-theme', 'light');
		});

		test('the projector theme draws the figures with larger labels and thicker strokes', async ({ page }) => {
			const measure = () =>
				page.locator('.scene-live .scene-stage svg').evaluate((svg) => {
					const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
					const labels = [...svg.querySelectorAll('text')].map((t) =>
						parseFloat(getComputedStyle(t).fontSize)
					);
					const membrane = svg.querySelector('.membrane');
					return {
						label: Math.min(...labels) * scale,
						stroke: membrane ? parseFloat(getComputedStyle(membrane).strokeWidth) : 0
					};
				});
			await page.goto(`${scene}?theme=light`);
			await expect(page.locator('figure.scene[data-awake="true"]')).toBeVisible();
			const light = await measure();
			await page.goto(`${scene}?theme=projector`);
			await expect(page.locator('figure.scene[data-awake="true"]')).toBeVisible();
			const projector = await measure();
			expect(projector.label).toBeGreaterThan(light.label);
			expect(projector.stroke).toBeGreaterThan(light.stroke);
			expect(await background(page)).toBe(grounds.projector);
		});

		// light and dark are the palettes pages.spec.ts runs axe on for every page (the system's dark; the
		// chosen dark is the same colours, tests/unit/theme/themes.test.ts): here, that the chosen one wins over the
		// system's. The projector theme changes sizes and strokes too: axe's full pass, on each kind of page.
		for (const theme of ['light', 'dark', 'projector'] as const)
			for (const path of [article, scene, embed])
				test(`${path} in the ${theme} theme, whatever the system says${theme === 'projector' ? ': axe finds nothing' : ''}`, async ({
					page
				}) => {
					// the system says the other way: the chosen theme must win
					await page.emulateMedia({ colorScheme: theme === 'dark' ? 'light' : 'dark' });
					await openSettled(page, `${path}?theme=${theme}`);
					await expect(html(page)).toHaveAttribute('data-theme', theme);
					expect(await background(page)).toBe(grounds[theme]);
					if (path !== article) await expect(page.locator('figure.scene[data-awake="true"]')).toBeVisible();
					if (theme === 'projector') expect(await accessibilityViolations(page)).toEqual([]);
				});
	});
}

// A Windows contrast theme (forced colours) replaces every background by the theme's own: what a background
// alone showed must be drawn in the theme's colours instead, or it is lost.
// (forced-colours.spec.ts: the inline drawings and the focus rings under a contrast theme opposite the site's theme.)
test('in a forced-colours theme, the case chosen, the figure shown and the scrub bar’s progress still show', async ({
	page
}) => {
	await page.emulateMedia({ forcedColors: 'active' });
	const fill = (selector: string) =>
		page
			.locator(selector)
			.first()
			.evaluate((element) => getComputedStyle(element).backgroundColor);

	await page.goto('/en/lab/');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.locator('[data-preset="squid"]').click();
	await expect(page.locator('[data-preset="squid"]')).toHaveAttribute('aria-pressed', 'true');
	expect(await fill('[data-preset="squid"]')).not.toBe(await fill('[data-preset="neuron"]'));

	await page.goto('/en/consultation/?s=trpv1,k2p&at=2');
	await expect(page.locator('figure.scene[data-awake="true"]')).toBeVisible();
	expect(await fill('.sequence li.current .show')).not.toBe(await fill('.sequence li:not(.current) .show'));

	// at the second step, the rail's filled part and a reached step differ from the rail and the ground
	await page.keyboard.press('PageDown');
	const scrub = {
		rail: await fill('.player-controls .rail'),
		fill: await fill('.player-controls .fill'),
		reached: await fill('.player-controls .tick.reached'),
		ground: await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
	};
	expect(new Set(Object.values(scrub)).size, JSON.stringify(scrub)).toBe(3);
	expect(scrub.fill).toBe(scrub.reached);
	expect(scrub.rail).not.toBe(scrub.ground);
});

test('paper is white in every theme, margins included, also with the print dialog’s background graphics', async ({
	page
}) => {
	await page.emulateMedia({ media: 'print' });
	for (const theme of ['dark', 'projector', 'light']) {
		await page.goto(`/en/handout-hydrotomy/?theme=${theme}`);
		// the root's background is what a printer lays on the page's margins
		const root = await page.evaluate(() => {
			const style = getComputedStyle(document.documentElement);
			return { background: style.backgroundColor, scheme: style.colorScheme };
		});
		expect(root, theme).toEqual({ background: 'rgb(255, 255, 255)', scheme: 'light' });
	}
});
