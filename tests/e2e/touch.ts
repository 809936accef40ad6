import type { Page } from '@playwright/test';

/** A finger drawn across the screen from (x, y) by (dx, dy): touch events, which the page gets as touch pointers. */
export async function swipe(page: Page, x: number, y: number, dx: number, dy: number) {
	const cdp = await page.context().newCDPSession(page);
	const at = (share: number) => ({ x: x + dx * share, y: y + dy * share });
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at(0)] });
	for (let i = 1; i <= 8; i++)
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [at(i / 8)] });
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	await cdp.detach();
}
