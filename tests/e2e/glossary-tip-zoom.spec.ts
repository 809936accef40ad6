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
	// said by the style sheet (never by a screen reader, below)
	expect(await more.evaluate((cue) => getComputedStyle(cue, '::after').content)).toMatch(/^"suite\u00a0↓"/);
	// the cue lies inside the box, at its foot
	const box = (await tip.boundingBox())!;
	const cue = (await more.boundingBox())!;
	expect(cue.y + cue.height).toBeLessThanOrEqual(box.y + box.height + 1);
	expect(cue.y).toBeGreaterThan(box.y);
	// the screen reader hears the definition, not the cue: shown, and hidden again (browse mode, a swipe)
	await expect(term).toHaveAccessibleDescription(/^.{40,}[^↓]$/);
	await expect(term).not.toHaveAccessibleDescription(/suite/);
	// read to the end, the cue goes, and the end stays where it is: the cue takes no room (taking room, it went,
	// the box grew shorter, the end moved up, and the cue came back, over the last line: regression review D2)
	const tall = await tip.evaluate((element) => element.scrollHeight);
	await tip.evaluate((element) => element.scrollTo(0, element.scrollHeight));
	await expect(more).toBeHidden();
	expect(await tip.evaluate((element) => element.scrollHeight)).toBe(tall);
	// the bubble hidden again, the description is the definition alone (it had ended "suite ↓" then)
	await term.evaluate((link) => (link as HTMLElement).blur());
	await expect(tip).toBeHidden();
	await expect(term).toHaveAccessibleDescription(/^.{40,}[^↓]$/);
	await context.close();
});
