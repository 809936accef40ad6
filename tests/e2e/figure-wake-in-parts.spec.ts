import { expect, test, type Page } from '@playwright/test';
import { holdFigureWake, openHydrated } from './site';

// A figure's live drawing is drawn a part a task (so that a slow phone answers a tap in between), hidden
// beside its still frame, which stays on screen until the live figure is whole; then one replaces the other
// at once. A reader sees no moment without a figure, nothing moves, and a tap on ▶ made while it woke plays it.

/** The pump's figure on a phone, its page's script started, scrolled into view and kept asleep until `wake()`. */
async function pumpInViewAsleep(page: Page) {
	await page.setViewportSize({ width: 412, height: 915 });
	const wake = await holdFigureWake(page);
	await openHydrated(page, '/en/glucopuncture/');
	const figure = page.locator('figure.scene[data-scene="pump"]');
	await figure.scrollIntoViewIfNeeded();
	return { wake, figure };
}

test('the still frame stays on screen until the live figure replaces it, in the same box', async ({
	page
}) => {
	const { wake, figure } = await pumpInViewAsleep(page);
	// after every change to the figure: is a drawing with its caption shown, and how tall is the figure
	await figure.evaluate((element) => {
		const seen: { shown: number; height: number }[] = [];
		(window as unknown as { seen: typeof seen }).seen = seen;
		const look = () =>
			seen.push({
				shown: [...element.querySelectorAll('.scene-shell')].filter(
					(shell) => shell.getClientRects().length > 0 && shell.querySelector('svg[role="img"]')
				).length,
				height: Math.round(element.getBoundingClientRect().height)
			});
		look();
		new MutationObserver(look).observe(element, { childList: true, subtree: true, attributes: true });
	});
	await wake();
	await expect(figure).toHaveAttribute('data-awake', 'true');
	await expect(figure.locator('.scene-live .scene-stage svg[role="img"]')).toBeVisible();
	const seen = await page.evaluate(
		() => (window as unknown as { seen: { shown: number; height: number }[] }).seen
	);
	expect(seen.length).toBeGreaterThan(1);
	for (const moment of seen) expect(moment).toEqual({ shown: 1, height: seen[0]!.height });
});

test('a tap on ▶ made while the figure wakes plays it once it is live', async ({ page }) => {
	const { wake, figure } = await pumpInViewAsleep(page);
	await expect(figure).toHaveAttribute('data-awake', 'false');
	// where ▶ stands in the still frame (drawn there, not yet shown): the reader taps there
	const at = await figure.locator('.scene-static .scene-controls button.play').evaluate((button) => {
		const box = button.getBoundingClientRect();
		return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
	});
	await page.mouse.click(at.x, at.y);
	await wake();
	await expect(figure).toHaveAttribute('data-awake', 'true');
	await expect(figure.locator('.scene-live button.play')).toHaveText(/Pause/);
});
