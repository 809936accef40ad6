import { expect, test, type Page } from '@playwright/test';

// "Try again" on the question whose case replaced the student's values: the lab still shows that case, so
// "Back to my values" stays offered, until it is used or a value is changed by hand.
test.use({ reducedMotion: 'reduce' });

const cases = [
	{ path: '/en/lab/', retry: 'Try again', restore: 'Back to my values' },
	{ path: '/fr/labo/', retry: 'Réessayer', restore: 'Revenir à mes valeurs' }
] as const;
/** the student's own case: K⁺ 300 mM inside, pCl 0.9, the pump's share on */
const MINE = '?Ki=300&pCl=0.9&pump=on';

const question = (page: Page, id: string) => page.locator(`li[data-question="${id}"]`);
const value = (page: Page, key: string) => page.locator(`[data-key="${key}"] input.lab-input`);

for (const c of cases) {
	test(`${c.path}: after “${c.retry}”, “${c.restore}” is still offered, and gives my values back`, async ({
		page
	}) => {
		await page.goto(c.path + MINE);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await page.locator('[data-questions="lab"][data-live="true"]').waitFor();
		await expect(value(page, 'Ki')).toHaveAttribute('data-value', '300');
		const asked = question(page, 'sodium-leak');
		await asked.getByRole('radio').first().check();
		await asked.locator('summary').click();
		await expect(asked.locator('[data-gives]')).toBeVisible();
		await expect(value(page, 'Ki')).not.toHaveAttribute('data-value', '300');
		const restore = asked.getByRole('button', { name: c.restore });
		await expect(restore).toBeVisible();

		await asked.getByRole('button', { name: c.retry }).click();
		// the lab still shows the question's case: the offer stays, once
		await expect(value(page, 'Ki')).not.toHaveAttribute('data-value', '300');
		await expect(restore).toBeVisible();
		await expect(page.locator('[data-restore]')).toHaveCount(1);
		await restore.click();
		await expect(value(page, 'Ki')).toHaveAttribute('data-value', '300');
		await expect(value(page, 'pCl')).toHaveAttribute('data-value', '0.9');
		await expect(page.locator('[data-restore]')).toHaveCount(0);
		// the focus stays in the question, on its first choice
		await expect(asked.getByRole('radio').first()).toBeFocused();

		// tried again, then a value changed by hand: nothing to bring back
		await asked.getByRole('radio').first().check();
		await asked.locator('summary').click();
		await asked.getByRole('button', { name: c.retry }).click();
		await expect(restore).toBeVisible();
		await value(page, 'T').fill('30');
		await value(page, 'T').press('Enter');
		await expect(page.locator('[data-restore]')).toHaveCount(0);
	});
}
