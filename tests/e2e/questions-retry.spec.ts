import { expect, test, type Page } from '@playwright/test';
import { accessibilityViolations, noProblems, openSettled, watch } from './site';

// The phone review (D3, D4): a student's own case in the lab, replaced by a question's case when its
// prediction is checked, is offered back under the feedback ("Revenir à mes valeurs"): all ten values and
// the pump switch, exactly; the offer goes once used, or once the student changes a value themselves; Back
// still returns to it. And one question can be tried again without clearing the others. On a phone.
test.use({ reducedMotion: 'reduce', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** the student's own case: K⁺ 8 mM outside, Cl⁻ 30 mM inside, pNa 0,2, 20 °C, the pump's share on */
const MINE = '?Ko=8&Cli=30&pNa=0.2&T=20&pump=on';
const KEYS = ['Ko', 'Ki', 'Nao', 'Nai', 'Clo', 'Cli', 'pK', 'pNa', 'pCl', 'T'] as const;

const vm = (page: Page) => page.locator('output[data-vm]');
const question = (page: Page, id: string) => page.locator(`li[data-question="${id}"]`);
const status = (page: Page) => page.locator('[data-questions="lab"] [role="status"]');
const pump = (page: Page) => page.getByRole('checkbox', { name: /part électrogène propre de la pompe/ });
/** every value as its field holds it, and the pump switch */
const settings = async (page: Page) => ({
	values: await Promise.all(
		KEYS.map((key) => page.locator(`[data-key="${key}"] input.lab-input`).getAttribute('data-value'))
	),
	pump: await pump(page).isChecked()
});

async function openMine(page: Page) {
	await openSettled(page, `/fr/labo/${MINE}`);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.locator('[data-questions="lab"]').scrollIntoViewIfNeeded();
	await page.locator('[data-questions="lab"][data-live="true"]').waitFor();
	await expect(page.locator('[data-key="Ko"] input.lab-input')).toHaveAttribute('data-value', '8');
}

async function check(page: Page, id: string, option: number) {
	await question(page, id).getByRole('radio').nth(option).check();
	await question(page, id).locator('summary').click();
	await expect(question(page, id).locator('[data-gives]')).toBeVisible();
}

test('/fr/labo/: a question’s case replaces my values, and “Revenir à mes valeurs” brings back every one of them', async ({
	page,
	baseURL
}) => {
	const problems = watch(page, baseURL!);
	await openMine(page);
	const mine = await settings(page);
	const myVm = await vm(page).textContent();
	expect(mine.pump).toBe(true);

	await check(page, 'sodium-leak', 0);
	// the lab shows the question's case (pNa 0,10, the neuron's other values, no pump): the feedback says so
	await expect(vm(page)).toHaveText('−56,9\u00a0mV');
	await expect(pump(page)).not.toBeChecked();
	const leak = question(page, 'sodium-leak');
	const offer = leak.locator('[data-restore]');
	await expect(offer).toContainText(
		'Le labo montre ce cas à la place de vos valeurs\u00a0; «\u00a0Revenir à mes valeurs\u00a0» les rétablit.'
	);
	await expect(status(page)).toContainText('«\u00a0Revenir à mes valeurs\u00a0» les rétablit.');
	expect(await accessibilityViolations(page, undefined, '[data-questions="lab"]')).toEqual([]);

	// a second question moves the lab on; the offer follows it, and still gives back my values, not the first case
	await check(page, 'pump-share', 1);
	await expect(offer).toHaveCount(0);
	await expect(question(page, 'pump-share').locator('[data-restore]')).toBeVisible();
	await question(page, 'pump-share').getByRole('button', { name: 'Revenir à mes valeurs' }).click();

	await expect(vm(page)).toHaveText(myVm!);
	expect(await settings(page)).toEqual(mine);
	await expect.poll(() => new URL(page.url()).search).toContain('Ko=8');
	expect(new URL(page.url()).searchParams.get('pump')).toBe('on');
	await expect(status(page)).toContainText(`Le labo est revenu à vos valeurs.`);
	await expect(page.locator('[data-restore]')).toHaveCount(0);
	// the focus stays in the question, on its next action, not lost on the page
	await expect(page.locator(':focus')).toHaveText('Le montrer à nouveau dans le labo');
	expect(problems).toEqual(noProblems);
});

test('/fr/labo/: the offer goes once I change a value myself, and Back still returns to my values', async ({
	page
}) => {
	await openMine(page);
	const mine = await settings(page);
	await check(page, 'potassium-3-to-5', 2);
	await expect(vm(page)).toHaveText('−67,2\u00a0mV');
	const offer = question(page, 'potassium-3-to-5').locator('[data-restore]');
	await expect(offer).toBeVisible();
	// a value of my own: the lab's values are mine again, nothing to bring back
	const temperature = page.locator('[data-key="T"] input.lab-input');
	await temperature.fill('30');
	await temperature.press('Enter');
	await expect(temperature).toHaveAttribute('data-value', '30');
	await expect(offer).toHaveCount(0);

	// another question, then Back: my values, as before this change
	await openMine(page);
	await check(page, 'sodium-leak', 0);
	await expect(vm(page)).toHaveText('−56,9\u00a0mV');
	await page.goBack();
	await expect.poll(() => settings(page)).toEqual(mine);
	await expect(question(page, 'sodium-leak').locator('[data-restore]')).toHaveCount(0);
});

test('/fr/labo/: “Réessayer” clears one question, and leaves the other answers', async ({ page }) => {
	await openMine(page);
	await check(page, 'potassium-3-to-5', 0);
	await check(page, 'sodium-leak', 0);
	const potassium = question(page, 'potassium-3-to-5');
	await potassium.getByRole('button', { name: 'Réessayer' }).click();
	await expect(status(page)).toHaveText(
		'Question\u00a01\u00a0: votre réponse est effacée, choisissez une nouvelle prédiction.'
	);
	await expect(potassium.getByRole('radio').first()).toBeFocused();
	for (const radio of await potassium.getByRole('radio').all()) {
		await expect(radio).toBeEnabled();
		await expect(radio).not.toBeChecked();
	}
	await expect(potassium.locator('summary')).toHaveText('Vérifier ma prédiction');
	await expect(question(page, 'sodium-leak')).toHaveAttribute('data-answered', 'true');
	const kept = await page.evaluate(() => sessionStorage.getItem('predictions-v1'));
	expect(JSON.parse(kept!)).toEqual({ 'lab/sodium-leak': 'toward-threshold' });
});
