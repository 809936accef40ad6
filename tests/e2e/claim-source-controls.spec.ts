import { expect, test } from '@playwright/test';
import { awakeFigure } from './site';

// The note beside a claim layer's switch names who makes the claim as the list under the figure does:
// "the SIHP" in English (an organisation's initials take their article), bare in French.
for (const [path, words] of [
	['/en/scenes/needle-depth/', '(claim made by the SIHP)'],
	['/fr/scenes/needle-depth/', '(affirmation\u00a0: SIHP)']
] as const) {
	test(`${path}: the claim layer's note says ${words}, as the list under the figure does`, async ({
		page
	}) => {
		await page.goto(path);
		await expect(awakeFigure(page)).toBeVisible();
		const note = page.locator('.scene-controls .claim-note .claim-source').first();
		await expect(note).toBeVisible();
		expect((await note.textContent())!.replace(/[ \t\n]+/g, ' ')).toBe(words);
		const listed = page.locator('.claims .claim-source').first();
		expect((await listed.textContent())!.replace(/[ \t\n]+/g, ' ')).toBe(words);
	});
}
