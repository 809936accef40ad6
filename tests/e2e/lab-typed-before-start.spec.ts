import { expect, test, type Locator, type Page } from '@playwright/test';
import { holdIslandsScript } from './site';

// On a slow phone the lab's fields take typing from the first paint (start.js enables them), seconds before its
// code arrives; what they were prerendered beside was the neuron's: a student who typed 20 mM of K⁺ outside read
// "Vm −67.2 mV" and "E_K = −89.1 mV" next to it, as if they were the result. As for the dose calculator
// (dose-typed-before-start.spec.ts), from the first value typed until the lab starts, no potential is shown for
// it: the lab says, to the eye and to a screen reader, that it is calculating; once started it shows the right one.

const words = {
	fr: {
		path: '/fr/labo/',
		ko: 'K⁺ extérieur, valeur saisie',
		calculating: 'Calcul en cours…',
		// the neuron's Vm, its E_K and the K⁺ driving force, as drawn and as said
		example: /−67,2|−89,1|\+21,9/,
		vm: /^−49,0\smV$/,
		ek: /EK\s=\s−52,0\smV/,
		said: /49,0 millivolts/
	},
	en: {
		path: '/en/lab/',
		ko: 'K⁺ outside, typed value',
		calculating: 'Calculating…',
		example: /−67\.2|−89\.1|\+21\.9/,
		vm: /^−49\.0\smV$/,
		ek: /EK\s=\s−52\.0\smV/,
		said: /49\.0 millivolts/
	}
} as const;

/** What the eye reads of the lab: its text as laid out, without what is hidden. */
const seen = (lab: Locator) => lab.evaluate((element: HTMLElement) => element.innerText);

async function typedBeforeStart(page: Page, lang: 'fr' | 'en') {
	const w = words[lang];
	// not to the load event: a held script asked for before it would hold that event too
	await page.goto(w.path, { waitUntil: 'domcontentloaded' });
	const lab = page.locator('[data-lab]');
	const ko = lab.getByLabel(w.ko, { exact: true });
	await expect(ko).toBeEnabled();
	await expect(lab.locator('output')).toBeVisible();
	await ko.fill('20');
	return { lab, w };
}

for (const lang of ['fr', 'en'] as const) {
	for (const [device, viewport] of [
		['a phone', { width: 360, height: 740 }],
		['a laptop', { width: 1280, height: 800 }]
	] as const) {
		test(`${lang}, ${device}: K⁺ typed before the lab starts shows no potential until it does, then the right one`, async ({
			page
		}) => {
			await page.setViewportSize(viewport);
			const release = await holdIslandsScript(page);
			const { lab, w } = await typedBeforeStart(page, lang);
			// the neuron's potentials are gone, to the eye and to the ear, and the lab says it is calculating
			await expect(lab.locator('output')).toBeHidden();
			await expect(lab.getByRole('status').filter({ hasText: w.calculating })).toBeVisible();
			expect(await seen(lab)).not.toMatch(w.example);
			const heard = await lab.ariaSnapshot();
			expect(heard).toContain(w.calculating);
			expect(heard).not.toMatch(w.example);
			// its code comes: the potentials for 20 mM outside, shown and said
			release();
			await expect(lab.locator('output')).toBeVisible();
			await expect(lab.locator('output')).toHaveText(w.vm);
			await expect(lab.getByText(w.calculating).filter({ visible: true })).toHaveCount(0);
			expect(await seen(lab)).toMatch(w.ek);
			expect(await seen(lab)).not.toMatch(w.example);
			// and said: what was typed went unsaid while it was being calculated
			await expect(lab.locator('[data-vm-said]')).toContainText(w.said);
		});
	}
}

test('a lab that cannot start after a value was typed shows the neuron with its note, not "calculating"', async ({
	page
}) => {
	const fail = await holdIslandsScript(page, { then: 'fail' });
	const { lab, w } = await typedBeforeStart(page, 'fr');
	await expect(lab.getByRole('status').filter({ hasText: w.calculating })).toBeVisible();
	fail();
	await expect(page.locator('html[data-islands="failed"]')).toBeAttached();
	// the note says the neuron is shown, and that changing a field changes nothing: the neuron is shown
	await expect(lab.locator('.tool-unstarted')).toBeVisible();
	await expect(lab.locator('output')).toBeVisible();
	await expect(lab.locator('output')).toHaveText(/^−67,2\smV$/);
	expect(await seen(lab)).toMatch(/EK\s=\s−89,1\smV/);
	await expect(lab.getByText(w.calculating).filter({ visible: true })).toHaveCount(0);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the lab’s fields stay disabled and the neuron stays shown, never "calculating"', async ({ page }) => {
		for (const lang of ['fr', 'en'] as const) {
			const w = words[lang];
			await page.goto(w.path);
			const lab = page.locator('[data-lab]');
			await expect(lab.getByLabel(w.ko, { exact: true })).toBeDisabled();
			await expect(lab.locator('output')).toBeVisible();
			expect(await seen(lab)).toMatch(w.example);
			await expect(lab.getByText(w.calculating).filter({ visible: true })).toHaveCount(0);
		}
	});
});
