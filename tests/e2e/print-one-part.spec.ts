import { expect, test } from '@playwright/test';
import { extractText, printed, squeeze } from './pdf';
import { noProblems, openHydrated, watch } from './site';

// The choosing page compares the options for two conditions; a patient with one of them can print that
// part alone ("Print only this part"), and after printing the page prints whole again. Without JavaScript
// there is no such button, and the whole page prints.
const pages = [
	{
		path: '/en/choosing/',
		button: 'Print only this part',
		carpal: 'Carpal tunnel syndrome: the four options',
		muscle: 'Muscle, tendon and back pain: the four options',
		matters: 'There is no right answer here.',
		title: 'Compare the options'
	},
	{
		path: '/fr/choisir/',
		button: 'Imprimer seulement cette partie',
		carpal: 'Le canal carpien : les quatre options',
		muscle: 'Douleurs de muscle, de tendon et de dos : les quatre options',
		matters: 'Il n’y a pas de bonne réponse.',
		title: 'Comparer les options'
	}
] as const;

for (const p of pages) {
	test(`${p.path}: “${p.button}” prints one condition alone, then the page prints whole again`, async ({
		page,
		baseURL
	}) => {
		const problems = watch(page, baseURL!);
		// the print dialog itself is the browser's: count the calls, print with page.pdf()
		await page.addInitScript(() => {
			(window as unknown as { printed: number }).printed = 0;
			window.print = () => void (window as unknown as { printed: number }).printed++;
		});
		await openHydrated(page, p.path);
		const buttons = page.getByRole('button', { name: p.button });
		await expect(buttons).toHaveCount(2);
		await page.locator('#muscle-tendon-back ~ site-island').first().getByRole('button').click();
		expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

		const part = squeeze((await extractText(await printed(page), { mergePages: true })).text);
		expect(part).toContain(squeeze(p.muscle));
		expect(part).toContain(squeeze(p.title));
		expect(part).not.toContain(squeeze(p.carpal));
		expect(part).not.toContain(squeeze(p.matters));
		expect(part).not.toContain(squeeze(p.button));

		await page.evaluate(() => dispatchEvent(new Event('afterprint')));
		const whole = squeeze((await extractText(await printed(page), { mergePages: true })).text);
		expect(whole).toContain(squeeze(p.carpal));
		expect(whole).toContain(squeeze(p.muscle));
		expect(whole).toContain(squeeze(p.matters));
		expect(whole).not.toContain(squeeze(p.button));
		expect(problems).toEqual(noProblems);
	});
}

test('the first condition prints alone too, without the second', async ({ page }) => {
	await page.addInitScript(() => (window.print = () => {}));
	await openHydrated(page, '/en/choosing/');
	await page.locator('#carpal-tunnel ~ site-island').first().getByRole('button').click();
	const part = squeeze((await extractText(await printed(page), { mergePages: true })).text);
	expect(part).toContain(squeeze(pages[0].carpal));
	expect(part).toContain(squeeze('How many people get better?'));
	expect(part).not.toContain(squeeze(pages[0].muscle));
});

test('a second part printed where no afterprint came (printing blocked) prints alone, without the first', async ({
	page
}) => {
	await page.addInitScript(() => (window.print = () => {}));
	await openHydrated(page, '/en/choosing/');
	await page.locator('#carpal-tunnel ~ site-island').first().getByRole('button').click();
	await page.locator('#muscle-tendon-back ~ site-island').first().getByRole('button').click();
	const part = squeeze((await extractText(await printed(page), { mergePages: true })).text);
	expect(part).toContain(squeeze(pages[0].muscle));
	expect(part).not.toContain(squeeze(pages[0].carpal));
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('there is no print button, and the whole page prints', async ({ page }) => {
		await page.goto('/en/choosing/');
		await expect(page.getByRole('button', { name: pages[0].button })).toHaveCount(0);
		const whole = squeeze((await extractText(await printed(page), { mergePages: true })).text);
		expect(whole).toContain(squeeze(pages[0].carpal));
		expect(whole).toContain(squeeze(pages[0].muscle));
	});
});
