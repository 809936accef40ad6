import { expect, test, type Page } from '@playwright/test';
import { holdIslandsScript } from './site';

// On a slow train the questions' radios and their "Check my prediction" work before the page's script has
// come (a still <details>). A prediction checked then opened its answer, which says what the lab or the figure
// now shows, but nothing moved to the case until "Show it again" was pressed (student review 59, D3). As the
// script starts it takes the check up, and the lab or the figure shows the case.
test.use({ reducedMotion: 'reduce' });

async function checkEarly(page: Page, question: string, option: string | RegExp) {
	const asked = page.locator(`li[data-question="${question}"]`);
	await asked.getByRole('radio', { name: option }).check();
	await asked.locator('summary').click();
	await expect(asked.locator('details')).toHaveAttribute('open', '');
}

test('the lab: a prediction checked before it starts moves the lab to its case once it has', async ({
	page
}) => {
	const release = await holdIslandsScript(page);
	await page.goto('/fr/labo/', { waitUntil: 'domcontentloaded' });
	await checkEarly(page, 'sodium-leak', /Il monte, une partie du chemin/);
	release();
	await expect(page.locator('[data-lab][data-started]')).toBeAttached();
	// the neuron's pNa 0.05 doubled, and its Vm (−67.2 mV) up to the case's
	await expect(page.locator('[data-key="pNa"] input.lab-input')).toHaveAttribute('data-value', '0.1');
	await expect(page.locator('[data-lab] output')).toHaveText(/^−56,9\smV$/);
	// and the answer says so, with the Vm the lab shows
	await expect(page.locator('li[data-question="sodium-leak"] [data-gives]')).toHaveText(
		/^Le labo montre maintenant .*0,10\. .*−56,9\smV\.$/
	);
});

test('a scene page: a prediction checked before the figure starts opens the figure on the case', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	const release = await holdIslandsScript(page);
	await page.goto('/fr/scenes/k2p/', { waitUntil: 'domcontentloaded' });
	await checkEarly(page, 'open-more', 'Il descend, vers le potentiel d’équilibre du potassium');
	release();
	await expect(page.locator('[data-questions="k2p"][data-live="true"]')).toBeAttached();
	// the figure, above the questions, wakes as it comes into view, on the case
	const figure = page.locator('figure.scene');
	await figure.scrollIntoViewIfNeeded();
	await expect(figure).toHaveAttribute('data-awake', 'true');
	await expect(figure.getByRole('button', { name: 'Étape suivante : Moins de signaux' })).toBeVisible();
	// and the address says so, as it does whenever the figure changes: a reload or a link opens the case
	await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('hyperpolarised');
	await expect(page.getByRole('slider', { name: /K2P/ }).first()).toHaveValue('1');
});

test('an answer only opened, with no prediction chosen, moves nothing', async ({ page }) => {
	const release = await holdIslandsScript(page);
	await page.goto('/fr/labo/', { waitUntil: 'domcontentloaded' });
	const asked = page.locator('li[data-question="sodium-leak"]');
	await asked.locator('summary').click();
	release();
	await expect(page.locator('[data-lab][data-started]')).toBeAttached();
	await expect(page.locator('[data-questions="lab"][data-live="true"]')).toBeAttached();
	await expect(asked).toContainText('Vous avez ouvert la réponse avant de choisir une prédiction.');
	await expect(page.locator('[data-key="pNa"] input.lab-input')).toHaveAttribute('data-value', '0.05');
	await expect(page.locator('[data-lab] output')).toHaveText(/^−67,2\smV$/);
});
