import { expect, test, type Page } from '@playwright/test';
import { holdIslandsScript } from './site';

// A value typed before a tool starts hides its prerendered result, and the tool says it is calculating
// (dose-typed-before-start.spec.ts, lab-typed-before-start.spec.ts). If its script then never answers nor
// fails (a stalled connection), "Calcul en cours…" stayed on screen for good (QA review 58, D7). After 8 s
// without starting, the tool shows its example with its note, as when its script fails, and its field the
// example's value, never the value typed beside the example's result (QA review 59, D2); if the script comes
// after all, the tool takes over and computes what is typed then. The page's clock is driven: no test waits 8 s.

const cases = [
	{
		tool: 'the dose calculator',
		path: '/fr/glucopuncture/',
		root: 'section.dose',
		field: (page: Page) => page.locator('section.dose').getByLabel('Volume injecté'),
		typed: '5',
		exampleValue: /^20$/,
		example: '1\u00a0g de glucose',
		result: '0,25\u00a0g de glucose'
	},
	{
		tool: 'the lab',
		path: '/fr/labo/',
		root: '[data-lab]',
		field: (page: Page) =>
			page.locator('[data-lab]').getByLabel('K⁺ extérieur, valeur saisie', { exact: true }),
		typed: '20',
		exampleValue: /^5(,0)?$/,
		example: /^−67,2\smV$/,
		result: /^−49,0\smV$/
	}
] as const;

for (const { tool, path, root, field, typed, exampleValue, example, result } of cases) {
	test(`${tool}: typed into while its script stalls, it shows its example and note after 8 s, then takes over if the script comes`, async ({
		page
	}) => {
		await page.clock.install();
		const release = await holdIslandsScript(page);
		await page.goto(path, { waitUntil: 'domcontentloaded' });
		const input = field(page);
		await input.scrollIntoViewIfNeeded();
		await expect(input).toBeEnabled();
		await input.fill(typed);
		const box = page.locator(root);
		const output = box.locator('output');
		const calculating = box.getByText('Calcul en cours…').filter({ visible: true });
		await expect(calculating).not.toHaveCount(0);
		await expect(output).toBeHidden();
		// the page's time stands still from here, but as the test moves it
		await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 100);
		// a slow connection is given its time: still calculating after 5 s
		await page.clock.runFor(5000);
		await expect(calculating).not.toHaveCount(0);
		await expect(box.locator('.tool-unstarted')).toBeHidden();
		// 8 s: the example, and the note that says it is one, as when the script fails
		await page.clock.runFor(3500);
		await expect(box.locator('.tool-unstarted')).toBeVisible();
		await expect(output).toBeVisible();
		if (typeof example === 'string') await expect(output).toContainText(example);
		else await expect(output).toHaveText(example);
		await expect(calculating).toHaveCount(0);
		// …beside the example's own value, not the one typed
		await expect(input).toHaveValue(exampleValue);
		// the script comes after all: the tool starts, the note goes, and what is typed now is computed
		release();
		await page.clock.resume();
		await expect(box.locator('.tool-unstarted')).toBeHidden();
		await input.fill(typed);
		if (typeof result === 'string') await expect(output).toContainText(result);
		else await expect(output).toHaveText(result);
	});
}
