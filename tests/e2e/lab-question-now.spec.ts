import { expect, test, type Page } from '@playwright/test';

// An answered lab question says what the lab "now shows" and its Vm. Once the lab has left that case (a value
// changed by hand, another question's case), the sentence stayed, beside a lab showing another state and
// another Vm: a student copying numbers paired them wrongly (student review 59, D2). It is said only while true.
test.use({ reducedMotion: 'reduce' });

const question = (page: Page, id: string) => page.locator(`li[data-question="${id}"]`);

async function answer(page: Page, id: string) {
	const asked = question(page, id);
	await asked.getByRole('radio').first().check();
	await asked.locator('summary').click();
	return asked.locator('[data-gives]');
}

test('“The lab now shows…” goes once a value is changed by hand, or another question moves the lab', async ({
	page
}) => {
	await page.goto('/en/lab/');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.locator('[data-questions="lab"][data-live="true"]').waitFor();

	const first = await answer(page, 'potassium-3-to-5');
	await expect(first).toHaveText(/^The lab now shows 5\smM of K⁺ outside\. .*−67\.2\smV\.$/);
	const ko = page.locator('[data-key="Ko"] input.lab-input');
	await expect(ko).toHaveAttribute('data-value', '5');
	await ko.fill('8');
	await ko.press('Enter');
	await expect(page.locator('[data-lab] output')).toHaveText(/^−62,?\.?4\smV$/);
	await expect(first).toHaveCount(0);

	// another question's case: only its own sentence is there
	const second = await answer(page, 'sodium-leak');
	await expect(second).toBeVisible();
	await expect(first).toHaveCount(0);
});
