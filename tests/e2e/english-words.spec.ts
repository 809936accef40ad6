import { expect, test } from '@playwright/test';
import { openCalculator, prerenderedPages } from './site';

// What an English-speaking reader meets on the English pages (English review): an emergency number that
// works where they live, blood glucose in their own units, "per cent" said in words, and the French names
// the text keeps said with a French voice.

const english = prerenderedPages().filter((page) => page.lang === 'en');

/** A page's text as a reader gets it without JavaScript, one line a block, spaces as they read. */
async function textOf(page: import('@playwright/test').Page, path: string): Promise<string> {
	await page.goto(path);
	return (await page.locator('body').innerText()).replace(/[ \u00a0\u202f]+/g, ' ');
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every English page: an emergency line names the local number in France, the UK and the US; blood glucose never in the French g/L; “per cent”, not “percent”', async ({
		page
	}) => {
		test.setTimeout(120_000);
		const withEmergency: string[] = [];
		for (const { path } of english) {
			const text = await textOf(page, path);
			for (const sentence of text.split(/(?<=[.!?:])\s+|\n/)) {
				if (!/\b112\b/.test(sentence)) continue;
				withEmergency.push(path);
				expect(sentence, path).toMatch(/local emergency number/);
				expect(sentence, path).toContain('(in France 15 or 112; in the UK 999 or 112; in the US 911)');
			}
			expect(text, path).not.toMatch(/\bg\/L\b/);
			expect(text, path).not.toMatch(/\bpercent\b/i);
		}
		// the two articles, the choosing page and both sheets
		for (const path of [
			'/en/glucopuncture/',
			'/en/hydrotomy/',
			'/en/choosing/',
			'/en/handout-glucopuncture/',
			'/en/handout-hydrotomy/'
		])
			expect(withEmergency).toContain(path);
	});

	test('French pages keep France’s own emergency numbers and g/L, the site being French first', async ({
		page
	}) => {
		const text = await textOf(page, '/fr/choisir/');
		expect(text).toMatch(/le 15 ou le 112/);
		expect(text).not.toMatch(/\b(999|911)\b/);
	});

	test('French names and titles in English text are marked French, for a screen reader’s voice', async ({
		page
	}) => {
		for (const [path, names] of [
			[
				'/en/hydrotomy/',
				['hydrotomie percutanée', 'Mésothérapie pratique', 'Ordre national des infirmiers', 'Conseil d’État']
			],
			['/en/about/', ['Conseil d’État', 'La glucopuncture (dextrose)', 'Hydrotomie percutanée']]
		] as const) {
			await page.goto(path);
			for (const name of names) {
				const langs = await page
					.locator('article, main')
					.first()
					.getByText(name, { exact: false })
					.evaluateAll((elements, words) => {
						// the innermost element holding the words, and the language it is said in
						return elements
							.filter((element) => element.textContent!.includes(words))
							.map((element) => element.closest('[lang]')!.getAttribute('lang'));
					}, name);
				expect(langs.length, `${path}: ${name}`).toBeGreaterThan(0);
				expect(langs, `${path}: ${name}`).toEqual(langs.map(() => 'fr'));
			}
		}
	});
});

test('the English dose calculator gives blood glucose in mmol/L and mg/dL, not g/L, for any volume', async ({
	page
}) => {
	const calculator = await openCalculator(page, '/en/glucopuncture/');
	const output = calculator.locator('output');
	await calculator.getByLabel('Volume injected').fill('500');
	await expect(output).toContainText('25\u00a0g of glucose');
	await expect(output).toContainText('mmol/L (+167\u00a0mg/dL)');
	await expect(output).not.toContainText('g/L');
	// under half a strawberry's sugar is said so, not "the sugar of 0.4 medium strawberries"
	await calculator.getByLabel('Volume injected').fill('5');
	await calculator.getByLabel('Glucose concentration').fill('5');
	await expect(output).toContainText('0.25\u00a0g of glucose');
	await expect(output).toContainText('less than half the sugar of a medium strawberry');
});

test('a K2P slider says its share in words, “per cent”', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/en/scenes/k2p/');
	// the share of K2P channels open (60 % at first), not the animation's position
	const slider = page.locator('figure.scene[data-awake="true"] input[type="range"]').first();
	await expect(slider).toHaveAttribute('aria-valuetext', /^\d+ per cent$/);
});
