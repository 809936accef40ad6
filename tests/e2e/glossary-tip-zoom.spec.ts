import { expect, test } from '@playwright/test';

// At 400 % zoom (320 × 256 CSS px) a glossary definition docks at the foot of the screen, in a box that shows a
// quarter of a long one: its foot says that more follows, until the reader has scrolled to the end, and says it
// in words, which a contrast theme keeps (low-vision review D2: it stopped mid-sentence with no sign).
test('320×256, forced colours: a cut definition says “suite ↓” until it is read to the end', async ({
	browser
}) => {
	const context = await browser.newContext({ viewport: { width: 320, height: 256 }, forcedColors: 'active' });
	const page = await context.newPage();
	await page.goto('/fr/glucopuncture/');
	const term = page.locator('a.term-link[data-term="isotonic"]').first();
	await term.focus();
	const tip = page.locator('.term:focus-within .tip');
	await expect(tip).toBeVisible();
	const more = tip.locator('.tip-more');
	await expect(more).toBeVisible();
	await expect(more).toHaveText('suite\u00a0↓');
	// the cue lies inside the box, at its foot
	const box = (await tip.boundingBox())!;
	const cue = (await more.boundingBox())!;
	expect(cue.y + cue.height).toBeLessThanOrEqual(box.y + box.height + 1);
	expect(cue.y).toBeGreaterThan(box.y);
	// the screen reader hears the definition, not the cue
	await expect(term).not.toHaveAccessibleDescription(/suite/);
	// read to the end, the cue goes
	await tip.evaluate((element) => element.scrollTo(0, element.scrollHeight));
	await expect(more).toBeHidden();
	await context.close();
});
