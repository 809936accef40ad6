import { expect, test, type Page } from '@playwright/test';
import { awakeFigure } from './site';

// A physiotherapist builds the sequence with the keyboard alone, on a 1920 × 1080 screen: after "Add" or
// "Move up" the focused button stays in the window, though the figure opened above it pushes the builder
// down (keyboard review D2; WCAG 2.4.11).
test.use({ viewport: { width: 1920, height: 1080 } });

async function open(page: Page, address: string) {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(address);
}

test('after Add on an empty sequence, Add is still in the window once the figure above is drawn', async ({
	page
}) => {
	await open(page, '/en/consultation/');
	const add = page.getByRole('button', { name: 'Add', exact: true });
	await add.focus();
	await page.evaluate(() => scrollTo(0, 0));
	await page.keyboard.press('Enter');
	await expect(awakeFigure(page)).toBeVisible();
	await expect(add).toBeFocused();
	await expect(add).toBeInViewport({ ratio: 1 });
});

test('after each Move up, the focused button is in the window once the taller figure is drawn', async ({
	page
}) => {
	await open(page, '/en/consultation/?s=trpv1,k2p,pump');
	await expect(awakeFigure(page, 'trpv1')).toBeVisible();
	const pumpUp = () => page.getByRole('button', { name: /^Move up: The Na⁺\/K⁺ pump/ });
	await pumpUp().focus();
	await page.keyboard.press('Enter');
	await expect(pumpUp()).toBeFocused();
	await expect(pumpUp()).toBeInViewport({ ratio: 1 });
	// second: the pump moves to the place shown, and its figure, taller, opens above the list; its Move up,
	// greyed at the first place, hands the focus to its Move down (screen-reader review D7)
	await page.keyboard.press('Enter');
	await expect(awakeFigure(page, 'pump')).toBeVisible();
	const focused = page.locator(':focus');
	await expect(focused).toHaveAccessibleName(/^Move down: The Na⁺\/K⁺ pump/);
	await expect(focused).toBeInViewport({ ratio: 1 });
});
