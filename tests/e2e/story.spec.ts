import { expect, test } from '@playwright/test';
import { framesPass, openHydrated } from './site';

// Scrollytelling in the glucopuncture article: on a wide screen the figure follows the text step in the
// middle of the screen; on a phone the reader steps by hand and scrolling changes nothing.
const stepName = '.scene-story[data-story="trpv1"] .scene-live .scene-now .scene-step-name';

async function bringToMiddle(page: import('@playwright/test').Page, step: string) {
	await page.locator(`.scene-story[data-story="trpv1"] .story-step[data-step="${step}"]`).evaluate((el) => {
		const box = el.getBoundingClientRect();
		window.scrollBy(0, box.top + box.height / 2 - window.innerHeight / 2);
	});
}

test('on a wide screen, a text step moves its figure to that step', async ({ browser }) => {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 900 },
		reducedMotion: 'reduce'
	});
	const page = await context.newPage();
	await page.goto('/en/glucopuncture/');
	await bringToMiddle(page, 'channels-open');
	await expect(page.locator(stepName)).toHaveText('Channels open');
	await bringToMiddle(page, 'sensitised');
	await expect(page.locator(stepName)).toHaveText('The same, sensitised');
	// the figure stays in view beside its text
	const figure = await page.locator('.scene-story[data-story="trpv1"] figure.scene').boundingBox();
	expect(figure!.y).toBeGreaterThanOrEqual(0);
	expect(figure!.y).toBeLessThan(900);
	await context.close();
});

test('on a phone, scrolling leaves the figure where the reader put it', async ({ browser }) => {
	const context = await browser.newContext({
		viewport: { width: 390, height: 800 },
		reducedMotion: 'reduce'
	});
	const page = await context.newPage();
	await page.goto('/fr/glucopuncture/');
	await page.locator('.scene-story[data-story="trpv1"] figure.scene').scrollIntoViewIfNeeded();
	await expect(page.locator(stepName)).toHaveText('Au repos');
	await bringToMiddle(page, 'sensitised');
	// on a wide screen the figure follows within a frame of the scroll (the test above): ten frames on, it has not
	await framesPass(page, 10);
	await expect(page.locator(stepName)).toHaveText('Au repos');
	await context.close();
});

// Before the TRPV1 figure became a story, its links named a step: `?trpv1.step=sensitised`. Such a link still
// opens the page at that step, and a step the story lacks is said, not silently replaced by the first.
test('an old link to a step of the story opens it there, on a wide screen and on a phone', async ({
	browser
}) => {
	for (const width of [1280, 390]) {
		const context = await browser.newContext({
			viewport: { width, height: 900 },
			reducedMotion: 'reduce'
		});
		const page = await context.newPage();
		await page.goto('/en/glucopuncture/?trpv1.step=sensitised');
		await expect(page.locator(stepName)).toHaveText('The same, sensitised');
		const figure = page.locator('.scene-story[data-story="trpv1"] figure.scene');
		await expect(figure).toBeInViewport();
		if (width > 1000)
			await expect(
				page.locator('.scene-story[data-story="trpv1"] .story-step[data-step="sensitised"]')
			).toBeInViewport();
		// the story's figure writes only its step, the one the link gave: the page's address is left as it came
		await framesPass(page, 5);
		expect(new URL(page.url()).search).toBe('?trpv1.step=sensitised');
		await context.close();
	}
});

test('a link to a step the story lacks says so, and the page opens at its top', async ({ page }) => {
	// on a phone, where scrolling to the figure does not step it
	await page.setViewportSize({ width: 390, height: 800 });
	await page.goto('/fr/glucopuncture/?trpv1.step=nowhere');
	expect(await page.evaluate(() => scrollY)).toBe(0);
	await page.locator('.scene-story[data-story="trpv1"] figure.scene').scrollIntoViewIfNeeded();
	await expect(page.locator(stepName)).toHaveText('Au repos');
	await expect(page.locator('.scene-story[data-story="trpv1"] .address-notes')).toContainText(
		'«\u00a0nowhere\u00a0»'
	);
});

test('a link that gives a story figure settings is told that, in the article, the figure keeps its own', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 800 });
	await page.goto('/en/glucopuncture/?k2p.openFraction=0.9&k2p.step=hyperpolarised');
	const story = page.locator('.scene-story[data-story="k2p"]');
	await story.locator('figure.scene').scrollIntoViewIfNeeded();
	await expect(story.locator('figure.scene')).toHaveAttribute('data-awake', 'true');
	// named as its control names it, and the step the link asked for is still taken
	await expect(story.locator('.address-notes')).toContainText(
		'K2P channels that open: in the article it follows the text and keeps its usual settings'
	);
	await expect(story.locator('.scene-live .scene-now .scene-step-name')).toHaveText('Hyperpolarised');
});

for (const width of [390, 1280]) {
	test(`story figures wake without moving the page at ${width} px`, async ({ browser }) => {
		const heights: number[][] = [];
		for (const javaScriptEnabled of [false, true]) {
			const context = await browser.newContext({ javaScriptEnabled, viewport: { width, height: 900 } });
			const page = await context.newPage();
			await page.goto('/fr/glucopuncture/');
			const figures = page.locator('.scene-story figure.scene');
			if (javaScriptEnabled) {
				for (const figure of await figures.all()) {
					await figure.scrollIntoViewIfNeeded();
					await expect(figure).toHaveAttribute('data-awake', 'true');
				}
			}
			heights.push(await figures.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height)));
			await context.close();
		}
		expect(heights[1]!.length).toBe(2);
		heights[1]!.forEach((height, i) => expect(Math.abs(height - heights[0]![i]!)).toBeLessThanOrEqual(2));
	});
}

test('the dose calculator gives 1 g for 20 mL at 5 %, and a clear message for −5 mL', async ({ page }) => {
	// typing before the page has hydrated would race Svelte taking over the field
	await openHydrated(page, '/en/glucopuncture/');
	const calculator = page.locator('section.dose');
	await expect(calculator.locator('output')).toContainText('1 g of glucose');
	const volume = calculator.getByLabel('Volume injected');
	await volume.fill('-5');
	await expect(calculator).toContainText('The volume must be between 0 and 1000 mL.');
	await expect(volume).toHaveAttribute('aria-invalid', 'true');
	await expect(calculator.locator('output')).not.toContainText('NaN');
	await volume.fill('10');
	await expect(calculator.locator('output')).toContainText('0.5 g of glucose');
	// saline, or nothing injected: said plainly, not as "0 g, at most 0 mmol/L"
	await calculator.getByLabel('Glucose concentration').fill('0');
	await expect(calculator.locator('output')).toHaveText(
		'No glucose in this injection: it cannot raise blood glucose.'
	);
	// and the note on the upper bound, with nothing to bound, goes until there is glucose again
	await expect(calculator.locator('.note')).toHaveCount(0);
	await calculator.getByLabel('Glucose concentration').fill('5');
	await expect(calculator.locator('.note')).toContainText('An upper bound');
});

test('the dose calculator tells people with diabetes when the sugar stops being negligible', async ({
	page
}) => {
	await openHydrated(page, '/en/glucopuncture/');
	const calculator = page.locator('section.dose');
	const output = calculator.locator('output');
	// up to twice a session's gram: too little to change it noticeably, no promise (patient57 review D3)
	await expect(output).toContainText('too little to change blood glucose noticeably');
	await expect(output).toContainText(/if you have diabetes, .*your doctor/);
	await expect(output).not.toContainText('negligible');
	// a full hypodermoclysis bag of 5 % dextrose: 25 g
	await calculator.getByLabel('Volume injected').fill('500');
	await expect(output).toContainText('With diabetes, 25 g of glucose is no longer negligible');
	await expect(output).toContainText('15 g');
	// 99 mL at 5 %, 4.95 g, may raise blood glucose by up to 33 mg/dL: not "negligible" beside that number
	await calculator.getByLabel('Volume injected').fill('99');
	await expect(output).toContainText('33 mg/dL');
	await expect(output).toContainText('With diabetes, 4.95 g of glucose is small but not nothing');
	await expect(output).not.toContainText('negligible');
	// 999.9 mL at 0.5 % is 4.9995 g, written "5 g": the word that goes with 5 g, not "negligible"
	await calculator.getByLabel('Volume injected').fill('999.9');
	await calculator.getByLabel('Glucose concentration').fill('0.5');
	await expect(output).toContainText('5 g of glucose,');
	await expect(output).toContainText('With diabetes, 5 g of glucose is no longer negligible');
	// a trace, under what three decimals write: said as such, never "0 g… at most 0 mmol/L"
	await calculator.getByLabel('Volume injected').fill('1');
	await calculator.getByLabel('Glucose concentration').fill('0.02');
	// what the eye reads (a screen reader hears "0.001 grams", below)
	await expect(output.locator('[aria-hidden="true"]')).toHaveText(
		'Less than 0.001 g of glucose: a trace, too little to change blood glucose.'
	);
	// under 0.1 g, three decimals: the grams the rise beside them is worked out from (numbers64 D4)
	await calculator.getByLabel('Volume injected').fill('0.5');
	await calculator.getByLabel('Glucose concentration').fill('5');
	await expect(output).toContainText('0.025 g of glucose');
	await expect(output).toContainText('0.0093 mmol/L');
});

test('the dose calculator starts as the reader nears it, says its units in words, and gives g/L in French', async ({
	page
}) => {
	await openHydrated(page, '/fr/glucopuncture/');
	const calculator = page.locator('section.dose');
	// near the end of the article, it is not part of the page's first load: typed into from afar (a script
	// can, a reader cannot), it does not answer yet, and still shows the article's example
	const volume = calculator.getByLabel('Volume injecté');
	await volume.evaluate((input: HTMLInputElement) => {
		input.value = '500';
		input.dispatchEvent(new Event('input', { bubbles: true }));
	});
	// (a started calculator answers within the same task: Svelte's effects run as microtasks)
	await expect(calculator.locator('output')).toContainText('1\u00a0g de glucose');
	// within a screen of it, it starts, with what was typed
	await calculator.scrollIntoViewIfNeeded();
	await expect(calculator.locator('output')).toContainText('25\u00a0g de glucose');
	await volume.fill('20');
	// the units of French laboratory reports and meters first
	const output = calculator.locator('output');
	// a rise over the reader's usual level, not a level a meter shows (patient57 review D1)
	await expect(output).toContainText(
		/augmenterait d’au plus \+0,067\u00a0g\/L \(\+6,7\u00a0mg\/dL, \+0,37\u00a0mmol\/L\)/
	);
	await expect(output).toContainText('au-dessus de son niveau habituel');
	// a screen reader hears them in words: "mmol" alone is heard "mol", a thousand times more
	let heard = await output.ariaSnapshot();
	for (const words of ['1 gramme de glucose', '0,067 gramme par litre', '0,37 millimole par litre'])
		expect(heard).toContain(words);
	expect(heard).not.toMatch(/mmol|mg\/dL|g\/L/);
	await calculator.getByLabel('Volume injecté').fill('500');
	await expect(output).toContainText('25\u00a0g de glucose');
	heard = await output.ariaSnapshot();
	expect(heard).toContain('25 grammes de glucose');
	expect(heard).toContain('9,3 millimoles par litre');
});

test('le calculateur lit la virgule décimale', async ({ page }) => {
	await openHydrated(page, '/fr/glucopuncture/');
	const calculator = page.locator('section.dose');
	await calculator.getByLabel('Volume injecté').fill('2,5');
	await expect(calculator.locator('output')).toContainText('0,13');
});

const embedded = {
	'/fr/glucopuncture/': ['trpv1', 'k2p', 'pump', 'hydrodissection'],
	'/en/glucopuncture/': ['trpv1', 'k2p', 'pump', 'hydrodissection'],
	'/fr/hydrotomie/': ['needle-depth', 'cushion'],
	'/en/hydrotomy/': ['needle-depth', 'cushion']
};
for (const [path, ids] of Object.entries(embedded)) {
	test(`${path} places its figures, each readable without JavaScript`, async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(path);
		const figures = page.locator('figure.scene');
		await expect(figures).toHaveCount(ids.length);
		expect(await figures.evaluateAll((els) => els.map((el) => el.getAttribute('data-scene')))).toEqual(ids);
		for (const figure of await figures.all()) {
			// the drawing that fits the box (a wide figure prerenders its portrait and landscape drawings)
			await expect(figure.locator('svg[role="img"]:visible title')).not.toBeEmpty();
			await expect(figure.locator('.scene-description')).not.toBeEmpty();
		}
		await context.close();
	});
}

// Each article's figures belong to its technique: the hydrotomy article's needle figure says nothing of
// dextrose and carries no trial badge (there is no trial of hydrotomy); the dextrose trials stay with the
// glucopuncture article's hydrodissection figure.
for (const path of ['/fr/hydrotomie/', '/en/hydrotomy/']) {
	test(`${path} shows no dextrose and no trial badge, in its figures or its text`, async ({ page }) => {
		await page.goto(path);
		const figure = page.locator('figure.scene[data-scene="needle-depth"]');
		await figure.scrollIntoViewIfNeeded();
		await expect(figure).toHaveAttribute('data-awake', 'true');
		await expect(figure.locator('[data-evidence="unsupported"]')).toBeVisible();
		await expect(figure).not.toContainText(/glucose|dextrose/i);
		await expect(page.locator('[data-evidence="trials"]')).toHaveCount(0);
	});
}

test('the glucopuncture article’s hydrodissection figure carries the dextrose trials', async ({ page }) => {
	await page.goto('/en/glucopuncture/');
	const figure = page.locator('figure.scene[data-scene="hydrodissection"]');
	await figure.scrollIntoViewIfNeeded();
	await expect(figure).toHaveAttribute('data-awake', 'true');
	await expect(figure.locator('[data-evidence="trials"]')).toBeVisible();
	await expect(figure).toContainText('5% dextrose');
});
