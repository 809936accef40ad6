import { expect, test, type Page } from '@playwright/test';
import { accessibilityViolations, noProblems, watch } from './site';

// Every scene page, in both languages: what a reader, a student and a clinician do with it.
const scenes = [
	{
		id: 'trpv1',
		steps: ['at-rest', 'stimulus', 'channels-open', 'depolarisation', 'signal-sent', 'sensitised']
	},
	{
		id: 'k2p',
		steps: ['facilitated', 'k2p-opens', 'k-efflux', 'repolarised', 'hyperpolarised', 'fewer-signals']
	}
];
const names = {
	trpv1: {
		fr: [
			'Au repos',
			'Le stimulus arrive',
			'Les canaux s’ouvrent',
			'Dépolarisation',
			'Le signal part',
			'Le même, sensibilisé'
		],
		en: [
			'At rest',
			'The stimulus arrives',
			'Channels open',
			'Depolarisation',
			'The signal leaves',
			'The same, sensitised'
		]
	},
	k2p: {
		fr: [
			'Nerf facilité',
			'Les K2P s’ouvrent',
			'Le K⁺ sort',
			'Repolarisé',
			'Hyperpolarisé',
			'Moins de signaux'
		],
		en: [
			'Facilitated nerve',
			'K2P channels open',
			'K⁺ leaves',
			'Repolarised',
			'Hyperpolarised',
			'Fewer pain signals'
		]
	}
} as const;

const awake = (page: Page) => page.locator('figure.scene[data-awake="true"]');
const stepName = (page: Page) => page.locator('.scene-live .scene-step-name');
const slider = (page: Page) => page.getByRole('slider', { name: /Position/ });

for (const { id, steps } of scenes) {
	for (const lang of ['fr', 'en'] as const) {
		const path = `/${lang}/scenes/${id}/`;
		const stepNames = names[id as keyof typeof names][lang];
		const play = lang === 'fr' ? 'Lire' : 'Play';
		const pause = 'Pause';

		test.describe(`${path}`, () => {
			test('wakes, plays, pauses, and steps by button and by clicker key', async ({ page, baseURL }) => {
				const problems = watch(page, baseURL!);
				await page.goto(path);
				await expect(awake(page)).toBeVisible();
				await expect(stepName(page)).toHaveText(stepNames[0]);

				await page.getByRole('button', { name: play, exact: true }).click();
				await expect(slider(page)).not.toHaveAttribute('aria-valuenow', '1', { timeout: 8000 });
				await page.getByRole('button', { name: pause, exact: true }).click();
				const paused = await slider(page).getAttribute('aria-valuenow');
				await page.waitForTimeout(600);
				await expect(slider(page)).toHaveAttribute('aria-valuenow', paused!);

				await page.getByRole('button', { name: /Home|Recommencer|Restart/ }).click();
				await expect(stepName(page)).toHaveText(stepNames[0]);
				await page.getByRole('button', { name: new RegExp(stepNames[1]!) }).click();
				await expect(stepName(page)).toHaveText(stepNames[1]);
				await page.keyboard.press('PageDown');
				await expect(stepName(page)).toHaveText(stepNames[2]);
				await page.keyboard.press('ArrowRight');
				await expect(stepName(page)).toHaveText(stepNames[3]);
				await page.keyboard.press('PageUp');
				await expect(stepName(page)).toHaveText(stepNames[2]);
				await page.keyboard.press('Home');
				await expect(stepName(page)).toHaveText(stepNames[0]);
				expect(problems).toEqual(noProblems);
			});

			test('opens at the step a link names, and at the first for an unknown or malformed one', async ({
				page,
				baseURL
			}) => {
				const problems = watch(page, baseURL!);
				await page.goto(`${path}?step=${steps[4]}`);
				await expect(awake(page)).toBeVisible();
				await expect(stepName(page)).toHaveText(stepNames[4]);
				for (const query of ['?step=nope', '?step=%E0%A4%A', '?step=', '?step=1&step=2', '?step=<script>']) {
					await page.goto(path + query);
					await expect(awake(page)).toBeVisible();
					await expect(stepName(page)).toHaveText(stepNames[0]);
				}
				expect(problems).toEqual(noProblems);
			});

			test('with reduced motion, Play changes the step at once and nothing keeps moving', async ({
				page
			}) => {
				await page.emulateMedia({ reducedMotion: 'reduce' });
				await page.goto(path);
				await expect(awake(page)).toBeVisible();
				await expect(page.getByRole('checkbox', { name: /mouvement|motion/ })).toBeChecked();
				await page.getByRole('button', { name: play, exact: true }).click();
				await expect(stepName(page)).toHaveText(stepNames[1], { timeout: 200 });
				const figure = async () => page.locator('.scene-live .scene-stage').innerHTML();
				const before = await figure();
				await page.waitForTimeout(1000);
				expect(await figure()).toBe(before);
			});

			test('has no axe violation at the first, a middle and the last step', async ({ page }) => {
				for (const step of [steps[0], steps[2], steps.at(-1)]) {
					await page.goto(`${path}?step=${step}`);
					await expect(awake(page)).toBeVisible();
					expect(await accessibilityViolations(page)).toEqual([]);
				}
			});

			test('wakes without moving the page: same height before and after', async ({ browser }) => {
				const heights: number[] = [];
				for (const javaScriptEnabled of [false, true]) {
					const context = await browser.newContext({
						javaScriptEnabled,
						viewport: { width: 390, height: 800 }
					});
					const page = await context.newPage();
					await page.goto(path);
					if (javaScriptEnabled) await expect(awake(page)).toBeVisible();
					heights.push(
						await page.locator('figure.scene').evaluate((el) => el.getBoundingClientRect().height)
					);
					await context.close();
				}
				expect(Math.abs(heights[0]! - heights[1]!)).toBeLessThanOrEqual(2);
			});
		});

		test(`${path} without JavaScript shows the labelled first frame, its description and the steps`, async ({
			browser
		}) => {
			const context = await browser.newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			await page.goto(path);
			const frame = page.locator('figure.scene .scene-static');
			await expect(frame.locator('svg[role="img"] title')).toHaveText(id === 'k2p' ? /K2P/ : /TRPV1/);
			await expect(frame.locator('.scene-step-name')).toHaveText(stepNames[0]);
			await expect(frame.locator('.scene-description')).toContainText('mV');
			await expect(page.locator('ol.steps li')).toHaveCount(steps.length);
			await expect(page.locator('[data-evidence]').first()).toBeVisible();
			await context.close();
		});
	}
}

test('an unknown scene gets the 404 page', async ({ page }) => {
	const response = await page.goto('/fr/scenes/nope/');
	expect(response?.status()).toBe(404);
});
