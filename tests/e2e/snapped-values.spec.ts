import { expect, test } from '@playwright/test';
import { accessibilityViolations, awakeFigure, watch } from './site';

// A link's number the figure cannot show as written (numbers review D1): between two of its slider's steps or
// stops, the figure shows the nearest case it has, and says so above it, in the page's language, with the
// value its slider shows. At the needle's 32° that is 30°, on the other side of the verdict.

const NBSP = '\u00a0';

test('a needle angle between two of its steps is said, with the angle the figure draws instead', async ({
	page,
	baseURL
}) => {
	const problems = watch(page, baseURL!);
	await page.goto('/en/scenes/needle-depth/?step=slanted&angle_deg=32');
	await expect(awakeFigure(page)).toBeVisible();
	const note = page.locator('.address-notes');
	await expect(note).toContainText('32, which it does not have: it shows the nearest case it has, 30°.');
	await expect(page.getByRole('slider', { name: /Angle/ })).toHaveValue('30');
	expect(await accessibilityViolations(page, undefined, '.address-notes')).toEqual([]);
	// the angle as the slider has it says nothing
	await page.goto('/en/scenes/needle-depth/?step=slanted&angle_deg=30.0');
	await expect(awakeFigure(page)).toBeVisible();
	await expect(page.locator('.address-notes')).toHaveCount(0);
	expect(problems.consoleErrors).toEqual([]);
});

test('a glucose between two stops of its slider is said in French, with the glucose the figure shows', async ({
	page,
	baseURL
}) => {
	const problems = watch(page, baseURL!);
	await page.goto('/fr/scenes/pump/?glucose_mM=4');
	await expect(awakeFigure(page)).toBeVisible();
	await expect(page.locator('.address-notes')).toContainText(
		`Glucose autour du nerf 4, qu’elle n’a pas${NBSP}: elle montre le cas le plus proche qu’elle a, 3${NBSP}mM.`
	);
	await expect(page.getByRole('slider', { name: /Glucose/ })).toHaveAttribute(
		'aria-valuetext',
		/^3[\s\u00a0]m/
	);
	expect(problems.consoleErrors).toEqual([]);
});
