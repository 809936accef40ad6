import { expect, test, type Page } from '@playwright/test';
import { holdIslandsScript } from './site';

// On a slow phone the lab's buttons and switches take taps from the first paint (start.js enables them),
// seconds before its code arrives. A case tapped then (a preset: a click, which fires no input) was dropped
// without a word: once started, "Neurone de mammifère" stayed pressed and Vm read the neuron's −67.2 mV (QA
// review 58, D6); the pump's switch and the recorder's menu changed then were put back as the lab started.
// What the student chose is taken up as the lab starts, in the order it was done.

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

/** Lets the held script through and waits until the lab has started. */
async function start(page: Page, release: () => void) {
	release();
	await expect(page.locator('[data-lab][data-started]')).toBeAttached();
}

async function heldLab(page: Page) {
	const release = await holdIslandsScript(page);
	// not to the load event: a held script asked for before it would hold that event too
	await page.goto('/fr/labo/', { waitUntil: 'domcontentloaded' });
	const lab = page.locator('[data-lab]');
	await expect(lab.getByRole('button', { name: /Canaux K2P ouverts/ })).toBeEnabled();
	return { lab, release };
}

const field = (page: Page, name: string) =>
	page.locator('[data-lab]').getByLabel(`${name}, valeur saisie`, { exact: true });

test('a preset tapped before the lab starts is pressed and shown once it has, and said to be calculating meanwhile', async ({
	page
}) => {
	const { lab, release } = await heldLab(page);
	await lab.getByRole('button', { name: /Canaux K2P ouverts/ }).tap();
	// the neuron's Vm beside the case tapped would read as its result: the lab says it is calculating
	await expect(lab.locator('output')).toBeHidden();
	await expect(lab.getByRole('status').filter({ hasText: 'Calcul en cours…' })).toBeVisible();
	await start(page, release);
	await expect(lab.getByRole('button', { name: /Canaux K2P ouverts/ })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(lab.getByRole('button', { name: /Neurone de mammifère/ })).toHaveAttribute(
		'aria-pressed',
		'false'
	);
	await expect(lab.locator('output')).toBeVisible();
	await expect(lab.locator('output')).toHaveText(/^−71,2\smV$/);
	await expect(page).toHaveURL(/[?&]Ko=5\b/);
});

test('the last of two presets tapped before the lab starts is the one taken', async ({ page }) => {
	const { lab, release } = await heldLab(page);
	await lab.getByRole('button', { name: /Canaux K2P ouverts/ }).tap();
	await lab.getByRole('button', { name: /K⁺ extérieur 10/ }).tap();
	await start(page, release);
	await expect(lab.getByRole('button', { name: /K⁺ extérieur 10/ })).toHaveAttribute('aria-pressed', 'true');
	await expect(lab.locator('output')).toHaveText(/^−59,7\smV$/);
	await expect(field(page, 'K⁺ extérieur')).toHaveValue('10');
});

test('values typed before the lab starts count in the order they were set around a preset tapped then', async ({
	page
}) => {
	const { lab, release } = await heldLab(page);
	// typed before the preset: the preset replaces it; typed after it: set on top of the preset
	await field(page, 'K⁺ extérieur').fill('20');
	await lab.getByRole('button', { name: /K⁺ extérieur 10/ }).tap();
	await field(page, 'Na⁺ extérieur').fill('400');
	await start(page, release);
	await expect(field(page, 'K⁺ extérieur')).toHaveValue('10');
	await expect(field(page, 'Na⁺ extérieur')).toHaveValue('400');
	// a value changed by hand: no preset holds any more
	await expect(lab.locator('[data-preset][aria-pressed="true"]')).toHaveCount(0);
	await expect(lab.locator('output')).not.toHaveText(/−59,7/);
});

test('the pump switched on before the lab starts stays on, and counts in Vm', async ({ page }) => {
	const { lab, release } = await heldLab(page);
	const pump = lab.getByRole('checkbox', { name: /part électrogène propre de la pompe/ });
	await pump.tap();
	await expect(pump).toBeChecked();
	await start(page, release);
	await expect(pump).toBeChecked();
	await expect(lab.locator('output')).toHaveText(/^−71,2\smV$/);
	await expect(lab.getByRole('button', { name: /Neurone de mammifère/ })).toHaveAttribute(
		'aria-pressed',
		'false'
	);
});

test('the value to sweep chosen in the recorder before the lab starts stays chosen, with its own ends', async ({
	page
}) => {
	const { lab, release } = await heldLab(page);
	const swept = lab.getByLabel('Valeur à faire varier');
	await swept.selectOption({ label: 'Température' });
	await start(page, release);
	await expect(swept).toHaveValue('T');
	// the ends of the temperature's range, in its unit, not K⁺'s 1–100 mM
	await expect(lab.getByLabel(/^De \(°C\)/)).toHaveValue('0');
	await expect(lab.getByLabel(/^À \(°C\)/)).toHaveValue('50');
});

// a preset sets the lab's values and its pump, not what the recorder sweeps (QA review 59, D1: the menu went back
// to K⁺ when a preset was tapped after it)
test('the recorder’s choice made before a preset tapped before the lab starts stays chosen', async ({
	page
}) => {
	const { lab, release } = await heldLab(page);
	const swept = lab.getByLabel('Valeur à faire varier');
	await swept.selectOption({ label: 'Température' });
	await lab.getByRole('button', { name: /Canaux K2P ouverts/ }).tap();
	await start(page, release);
	await expect(swept).toHaveValue('T');
	await expect(lab.getByRole('button', { name: /Canaux K2P ouverts/ })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(lab.locator('output')).toHaveText(/^−71,2\smV$/);
});
