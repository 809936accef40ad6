import { expect, test, type Page } from '@playwright/test';

// A student's review: she had set Cl⁻ inside and the pump, tapped "10 mM" to see hyperkalaemia, and lost her
// settings with no word and no way back; and at load "5 mM" was not pressed although K⁺ outside was 5 mM and
// the whole lab was that case. A case still replaces every value (the neuron with that K⁺ outside), but it says
// so when the values were hers, and gives them back; a button is pressed whenever the lab holds its case.

async function open(page: Page, url: string) {
	await page.goto(url);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

const lab = (page: Page) => page.locator('[data-lab]');
const pressed = (page: Page) =>
	lab(page)
		.locator('[data-preset][aria-pressed="true"]')
		.evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.preset).sort());

test('at load the neuron and “5 mM” are both pressed; after a value set by hand, none is', async ({
	page
}) => {
	await open(page, '/fr/labo/');
	await expect.poll(() => pressed(page)).toEqual(['hyperkalaemia-5', 'neuron']);
	await expect(lab(page).getByRole('group', { name: /Hyperkaliémie, à partir du neurone/ })).toBeVisible();
	const cli = lab(page).locator('[data-key="Cli"] input[type="text"]');
	await cli.fill('30');
	await cli.press('Enter');
	await expect.poll(() => pressed(page)).toEqual([]);
});

test('a case that replaced her values says so and gives them back, the pump and the address with them', async ({
	page
}) => {
	await open(page, '/fr/labo/');
	const cli = lab(page).locator('[data-key="Cli"] input[type="text"]');
	await cli.fill('30');
	await cli.press('Enter');
	const pump = lab(page).getByRole('checkbox', { name: /part électrogène propre de la pompe/ });
	await pump.check();
	await expect(page).toHaveURL(/[?&]Cli=30\b.*pump=on/);
	const mine = await lab(page).locator('output').textContent();

	const ten = lab(page).getByRole('button', { name: /K⁺ extérieur 10/ });
	await ten.click();
	const back = lab(page).getByRole('button', { name: 'Revenir à mes valeurs' });
	await expect(lab(page).locator('[data-replaced]')).toContainText(
		'«\u00a0K⁺ extérieur 10\u00a0mM, élevé\u00a0» a remplacé les valeurs que vous aviez réglées.'
	);
	await expect(page).toHaveURL(/[?&]Ko=10\b/);
	await expect(page).not.toHaveURL(/pump=on/);
	await expect(cli).toHaveValue('7');

	await back.click();
	await expect(back).toBeHidden();
	await expect(cli).toHaveValue('30');
	await expect(pump).toBeChecked();
	await expect(lab(page).locator('output')).toHaveText(mine!);
	await expect(page).toHaveURL(/[?&]Ko=5\b.*Cli=30\b.*pump=on/);
	await expect(ten).toBeFocused();
	await expect.poll(() => pressed(page)).toEqual([]);

	// from a case to another: nothing of hers is replaced, nothing is said
	await lab(page)
		.getByRole('button', { name: /Axone de calmar/ })
		.click();
	await expect(back).toBeVisible();
	await ten.click();
	await expect(lab(page).locator('[data-replaced]')).toHaveCount(0);
});
