import { expect, test } from '@playwright/test';
import { openCalculator } from './site';

// What the sugar calculator says of a strength above the site's 5 % (sr56 review D1; science.md C1 #1, #2):
// below 10 % only "stronger", with its osmolarity and no claim of hypertonicity (5.1 % is 257–283 mOsm/L,
// at or below plasma); from 10 % hypertonic, drawing water out of the cells; from 12.5 % prolotherapy's range.
const _ = '\u00a0';

test('5.1 % and 9.9 % are stronger than the site’s 5 %, not called hypertonic', async ({ page }) => {
	const box = await openCalculator(page, '/en/glucopuncture/');
	const output = box.locator('output');
	const strength = box.getByLabel('Glucose concentration');
	await box.getByLabel('Volume injected').fill('20');
	await strength.fill('5.1');
	await expect(output).toContainText(
		`At 5.1%, the solution is stronger than the 5% glucose this site describes`
	);
	await expect(output).toContainText(`257 to 283${_}mOsm/L`);
	await expect(output).toContainText('no longer the glucopuncture described here');
	await expect(output).not.toContainText(/hypertonic|draw/);
	await strength.fill('9.9');
	await expect(output).toContainText(`500 to 550${_}mOsm/L`);
	await expect(output).not.toContainText(/hypertonic|draw/);
	await strength.fill('10');
	await expect(output).toContainText(`At 10%, the solution is hypertonic: about 505 to 555${_}mOsm/L`);
	await expect(output).toContainText('drawing water out of the cells it bathes');
	await expect(output).not.toContainText('prolotherapy');
	await strength.fill('12.4');
	await expect(output).toContainText('At 12.4%, the solution is hypertonic');
	await expect(output).not.toContainText('prolotherapy');
	await strength.fill('12.5');
	await expect(output).toContainText('At 12.5%, the solution is hypertonic');
	await expect(output).toContainText('prolotherapy (usually 12.5 to 25%)');
});

test('in French too: 5,5 % « plus concentrée », 10 % « hypertonique »', async ({ page }) => {
	const box = await openCalculator(page, '/fr/glucopuncture/');
	const output = box.locator('output');
	const strength = box.getByLabel('Concentration en glucose');
	await box.getByLabel('Volume injecté').fill('20');
	await strength.fill('5,5');
	await expect(output).toContainText(`À 5,5${_}%, la solution est plus concentrée que le glucose à 5${_}%`);
	await expect(output).toContainText(`278 à 305${_}mOsm/L`);
	await expect(output).not.toContainText(/hypertonique|attire/);
	await strength.fill('10');
	await expect(output).toContainText(`À 10${_}%, la solution est hypertonique`);
	await expect(output).toContainText('elle attire l’eau hors des cellules');
});
