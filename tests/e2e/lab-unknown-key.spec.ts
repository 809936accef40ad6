import { expect, test, type Page } from '@playwright/test';

// A student's review: a teacher's link with a mistyped key (?k_out=20 for ?Ko=20) opened the lab at 5 mM
// with no word, and the address still read "k_out=20": she took the 5 mM case for the 20 mM one. The lab's
// bad values each had their note; an unknown key had none.

async function open(page: Page, url: string) {
	await page.goto(url);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

const koField = (page: Page) => page.locator('[data-key="Ko"] input[type="text"]');
const notes = (page: Page) => page.locator('[data-notes] li');

test('a link with a key the lab does not have says so, names the lab’s own keys, and opens the neuron', async ({
	page
}) => {
	await open(page, '/fr/labo/?k_out=20');
	await expect(notes(page)).toHaveCount(1);
	await expect(notes(page)).toContainText('«\u00a0k_out\u00a0», qui n’est pas un réglage du labo');
	await expect(notes(page)).toContainText('Ko, Ki, Nao, Nai, Clo, Cli, pK, pNa, pCl, T, pump');
	await expect(koField(page)).toHaveValue('5');

	// beside bad values, each of which keeps its own note
	await open(page, '/en/lab/?ko=abc&T=100&zzz=2');
	await expect(notes(page)).toHaveCount(3);
	await expect(notes(page).nth(2)).toHaveText(
		'The address gives “zzz”, which is not one of the lab’s settings: it is left aside. Its settings: Ko, Ki, Nao, Nai, Clo, Cli, pK, pNa, pCl, T, pump.'
	);
});

test('the site’s own keys and a link tracker’s get no note', async ({ page }) => {
	await open(page, '/en/lab/?theme=dark&utm_source=newsletter&fbclid=abc&Ko=10');
	await expect(koField(page)).toHaveValue('10');
	await expect(page.locator('[data-notes]')).toHaveCount(0);
});

test('an unknown key in a tab that kept a case: the kept case opens, said so, and the key is named too', async ({
	page
}) => {
	await open(page, '/fr/labo/');
	await koField(page).fill('8');
	await koField(page).press('Enter');
	await expect(page).toHaveURL(/Ko=8/);
	await open(page, '/fr/labo/?foo=1');
	await expect(koField(page)).toHaveValue('8');
	await expect(page.locator('[data-resumed]')).toBeVisible();
	await expect(notes(page)).toHaveCount(1);
	await expect(notes(page)).toContainText('«\u00a0foo\u00a0»');
});
