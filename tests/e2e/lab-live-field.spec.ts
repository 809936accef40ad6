import { expect, test, type Page } from '@playwright/test';
import { nernst } from '../../src/lib/physiology/index';
import { openHydrated } from './site';

// A lecturer types 10 in "K⁺ outside" on a projected lab: the equilibrium potential beside the field follows
// as it is typed, without Enter or Tab, so the class never reads the new number beside the old potential.
// What reads as no value yet, or as one the lab would have to move, waits for Enter (its note unchanged), and
// the field is never rewritten under the typing hands.
test.use({ locale: 'de-DE', reducedMotion: 'reduce' });

const field = (page: Page, key: string) => page.locator(`[data-key="${key}"] input.lab-input`);
const eK = (page: Page) => page.locator('[data-ion-e="K"]');
/** E_K as the lab writes it, for outside K⁺ `ko` mM against the neuron's 140 mM inside at 37 °C */
const eKText = (ko: number, lang: 'fr' | 'en') => {
	const text = nernst(1, ko, 140, 37).toFixed(1).replace('-', '−');
	return `${lang === 'fr' ? text.replace('.', ',') : text}\u00a0mV`;
};

/** Puts the caret in a field, its text selected, as a click and Ctrl+A do. */
async function select(page: Page, key: string) {
	await field(page, key).click();
	await field(page, key).press('ControlOrMeta+a');
}

for (const { lang, path } of [
	{ lang: 'fr', path: '/fr/labo/' },
	{ lang: 'en', path: '/en/lab/' }
] as const)
	test(`${lang}: a number typed in a field applies as it is typed, the caret where the hands left it`, async ({
		page
	}) => {
		await openHydrated(page, path);
		await expect(eK(page)).toContainText(eKText(5, lang));
		await select(page, 'Ko');
		await page.keyboard.type('10');
		// no Enter, no Tab: E_K beside the field, Vm and the address follow
		await expect(eK(page)).toContainText(eKText(10, lang));
		await expect(field(page, 'Ko')).toHaveAttribute('data-value', '10');
		await expect(page).toHaveURL(/[?&]Ko=10(&|$)/);
		await expect(field(page, 'Ko')).toBeFocused();
		await expect(field(page, 'Ko')).toHaveValue('10');
		// typed at the start of the field: applied, and the caret stays where it was, so the next key goes there
		// (a field rewritten as it applied would send it to the end: 215)
		await page.keyboard.press('End');
		await page.keyboard.press('Backspace');
		await expect(field(page, 'Ko')).toHaveAttribute('data-value', '1');
		await page.keyboard.press('Home');
		await page.keyboard.type('2');
		await expect(field(page, 'Ko')).toHaveAttribute('data-value', '21');
		expect(await field(page, 'Ko').evaluate((input: HTMLInputElement) => input.selectionStart)).toBe(1);
		await page.keyboard.type('5');
		await expect(field(page, 'Ko')).toHaveValue('251');
		await expect(field(page, 'Ko')).toHaveAttribute('data-value', '251');
		await expect(eK(page)).toContainText(eKText(251, lang));
	});

test('half-typed or out-of-range text waits for Enter, which says what was used; the field is not rewritten while typed in', async ({
	page
}) => {
	// the field's pause, driven by hand: nothing here waits on the wall clock
	await page.clock.install();
	await openHydrated(page, '/fr/labo/');
	const ko = field(page, 'Ko');
	const note = page.locator('[data-key="Ko"] .field-note');
	await select(page, 'Ko');
	// "0" on the way to "0,5": below the lab's 0.1 mM, it is not applied, and nothing is said yet
	await page.keyboard.type('0');
	await page.clock.runFor(1000);
	await expect(ko).toHaveAttribute('data-value', '5');
	await expect(eK(page)).toContainText(eKText(5, 'fr'));
	await expect(note).toHaveCount(0);
	await expect(ko).toHaveValue('0');
	await page.keyboard.type(',5');
	await page.clock.runFor(1000);
	await expect(ko).toHaveAttribute('data-value', '0.5');
	await expect(eK(page)).toContainText(eKText(0.5, 'fr'));
	await expect(note).toHaveCount(0);

	// out of range: it waits, and Enter clamps it with the note it always had
	await select(page, 'Ko');
	await page.keyboard.type('2000');
	await page.clock.runFor(1000);
	await expect(ko).toHaveAttribute('data-value', '0.5');
	await expect(note).toHaveCount(0);
	await page.keyboard.press('Enter');
	await expect(note).toHaveText(
		'K⁺ extérieur\u00a0: 2000 dépasse ce que le labo accepte, la valeur 1000\u00a0mM est donc utilisée.'
	);
	await expect(ko).toHaveValue('1000');

	// with its unit: applied, and the text stays as typed while the field has the focus, then is tidied
	await select(page, 'Ko');
	await page.keyboard.type('10 mM');
	await page.clock.runFor(1000);
	await expect(ko).toHaveAttribute('data-value', '10');
	await expect(note).toHaveCount(0);
	await expect(ko).toHaveValue('10 mM');
	await page.keyboard.press('Tab');
	await expect(ko).toHaveValue('10');

	// not a number: nothing moves until it is left, then the note says so
	await select(page, 'Ko');
	await page.keyboard.type('dix');
	await page.clock.runFor(1000);
	await expect(ko).toHaveAttribute('data-value', '10');
	await page.keyboard.press('Tab');
	await expect(note).toContainText('« dix » n’est pas un nombre');
});
