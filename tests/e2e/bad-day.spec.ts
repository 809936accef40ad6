import { expect, test, type Locator, type Page } from '@playwright/test';

// A user having a bad day (the robustness review): switching language in the middle of a task, typing what
// a vial prints, opening a link cut short or pasted twice. What they did is kept, and what they typed is read.
test.use({ reducedMotion: 'reduce' });

async function open(page: Page, url: string) {
	await page.goto(url);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/** The dose calculator, once it has started: it starts when it comes near the screen (its fields enabled). */
async function doseCalculator(page: Page) {
	const dose = page.locator('.dose');
	await dose.scrollIntoViewIfNeeded();
	await expect(dose.getByRole('textbox').first()).toBeEnabled();
	return dose;
}

/**
 * Waits until the calculator answers what is typed: its fields are enabled before it starts (start.js), and
 * answer only once it has (it starts when near).
 */
async function answering(dose: Locator) {
	await expect(async () => {
		await dose.getByRole('textbox').first().fill('40');
		await expect(dose.locator('output strong')).toContainText(/\b2\sg\b/, { timeout: 500 });
	}).toPass();
}

test('the lab’s runs follow the student into the other language, their notes in its words', async ({
	page
}) => {
	await open(page, '/en/lab/');
	const record = page.getByRole('button', { name: 'Record a run' });
	await record.click();
	const pNa = page.locator('[data-key="pNa"] input[type="text"]');
	await pNa.fill('0.1');
	await pNa.press('Enter');
	await record.click();
	const legend = page.locator('.recorder .legend-list li');
	await expect(legend).toHaveCount(2);
	await expect(page.locator('.recorder .run-notes')).toContainText('Run 2');
	await page.getByRole('link', { name: 'Français' }).click();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(page).toHaveURL(/\/fr\/labo\//);
	await expect(legend).toHaveCount(2);
	await expect(page.locator('.recorder .run-notes')).toContainText('Essai 2');
	await expect(page.locator('.recorder .run-notes')).not.toContainText('Run 2');
	await expect(page.getByRole('button', { name: 'Effacer les essais' })).toBeEnabled();
});

test('a lab field reads “10 mmol/L” as 10 mM, and the address reads ?T=37°C as the field does', async ({
	page
}) => {
	await open(page, '/fr/labo/?T=37°C&Ko=10mM');
	await expect(page.locator('[data-key="T"] input[type="text"]')).toHaveValue('37');
	await expect(page.locator('[data-key="Ko"] input[type="text"]')).toHaveValue('10');
	await expect(page.getByText('n’est pas un nombre')).toHaveCount(0);
	const field = page.locator('[data-key="Ko"] input[type="text"]');
	await field.fill('20 mmol/L');
	await field.press('Enter');
	await expect(field).toHaveValue('20');
	await expect(field).not.toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByText('n’est pas un nombre')).toHaveCount(0);
});

for (const { lang, path, volume, percent, other } of [
	{
		lang: 'fr',
		path: '/fr/glucopuncture/',
		volume: 'Volume injecté',
		percent: 'Concentration',
		other: 'English'
	},
	{
		lang: 'en',
		path: '/en/glucopuncture/',
		volume: 'Volume injected',
		percent: 'Glucose concentration',
		other: 'Français'
	}
] as const) {
	test(`${lang}: the dose calculator reads its own units, refuses others plainly, and keeps what was typed`, async ({
		page
	}) => {
		await open(page, path);
		const dose = await doseCalculator(page);
		await answering(dose);
		const volumeField = dose.getByRole('textbox', { name: volume });
		const percentField = dose.getByRole('textbox', { name: percent });
		const result = dose.locator('output');
		for (const [v, p] of [
			['20 mL', '5%'],
			['20mL', '5 %'],
			['20 ml', lang === 'fr' ? '5,0 %' : '5.0 %']
		] as const) {
			await volumeField.fill(v);
			await percentField.fill(p);
			await expect(volumeField).not.toHaveAttribute('aria-invalid', 'true');
			await expect(percentField).not.toHaveAttribute('aria-invalid', 'true');
			await expect(result).toContainText(lang === 'fr' ? '1 g de glucose' : '1 g of glucose');
		}
		// another unit: refused, with a note that names the field's own
		await volumeField.fill('20 g');
		await expect(volumeField).toHaveAttribute('aria-invalid', 'true');
		await expect(dose).toContainText(
			lang === 'fr' ? 'Ce champ attend des millilitres' : 'This field takes millilitres'
		);
		// a case of the user's own, kept through a reload and the language switch
		await volumeField.fill('35 mL');
		await percentField.fill('10 %');
		await expect(result).toContainText('3,5'.replace(',', lang === 'fr' ? ',' : '.'));
		await page.reload();
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await doseCalculator(page);
		await expect(volumeField).toHaveValue('35 mL');
		await expect(percentField).toHaveValue('10 %');
		await page.getByRole('link', { name: other }).first().click();
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		const there = await doseCalculator(page);
		await expect(there.getByRole('textbox').first()).toHaveValue('35 mL');
		await expect(there.getByRole('textbox').nth(1)).toHaveValue('10 %');
		await expect(there.locator('output')).toContainText(lang === 'fr' ? '3.5' : '3,5');
		// kept for this tab only: never in storage that outlives it
		expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain('35 mL');
		expect(await page.evaluate(() => JSON.stringify(sessionStorage))).toContain('35 mL');
	});
}

for (const [url, words] of [
	['/fr/consultation/patient/?s=nope', 'Ce lien est incomplet'],
	['/fr/consultation/patient/?s=', 'Ce lien est incomplet'],
	['/en/consultation/patient/', 'This link is incomplete']
] as const) {
	test(`the patient page ${url} tells the patient what to do, and links to every figure`, async ({
		page
	}) => {
		await open(page, url);
		const note = page.locator('.link-mended');
		await expect(note).toContainText(words);
		await expect(note).not.toContainText(/ci-dessous|below/);
		const all = note.getByRole('link');
		await expect(all).toHaveAttribute('href', url.startsWith('/fr') ? '/fr/scenes/' : '/en/scenes/');
	});
}

test('a figure’s key given twice is noted, as in the lab; so is the lab’s pump given twice', async ({
	page
}) => {
	await open(page, '/fr/scenes/trpv1/?step=sensitised&heat_C=45&heat_C=30');
	const notes = page.locator('.address-notes');
	await expect(notes).toContainText('Ce lien demande');
	await expect(notes).toContainText('plusieurs valeurs («\u00a045\u00a0», «\u00a030\u00a0»)');
	await open(page, '/en/lab/?pump=on&pump=off');
	await expect(page.getByText('The pump’s share is given more than once in the address')).toBeVisible();
});

test('an address too long for the server gets the not-found page’s words in both languages, not a blank page', async ({
	page
}) => {
	const response = await page.goto(`/en/scenes/trpv1/?step=${'x'.repeat(17_000)}`);
	expect(response?.status()).toBe(431);
	await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
	await expect(page.locator('body')).toContainText('Page not found');
	await expect(page.locator('body')).toContainText('Page introuvable');
});
