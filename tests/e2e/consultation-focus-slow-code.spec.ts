import { expect, test } from '@playwright/test';
import { sceneCases } from './scene-table';
import { awakeFigure } from './site';

// The focus carried from one figure to the next (focus-carry.ts) needs code the page loads after its first
// paint. A clinician who presses the clicker the moment the figure is live, on a slow connection or a busy
// laptop, may press before that code has come: the focus must still go to the next figure's ▶, not fall to the
// page. The code is held back here until the next figure is live.

const needle = sceneCases.find((scene) => scene.id === 'needle-depth')!;
const transport = (scene: string) => `figure.scene[data-scene="${scene}"] .scene-live .transport`;

test('Page Down on a figure’s ▶ before the focus’s code has come: the next figure’s ▶ has the focus', async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	let letGo = () => {};
	const held = new Promise<void>((resolve) => (letGo = resolve));
	await page.route('**/_app/immutable/chunks/*.js', async (route) => {
		const response = await route.fetch();
		const body = await response.text();
		if (/\bas (focusCarry|placeFocus)\b/.test(body)) await held;
		await route.fulfill({ response, body });
	});
	await page.goto(`/en/consultation/?s=needle-depth:${needle.steps.at(-1)},k2p`);
	await expect(awakeFigure(page, 'needle-depth')).toBeVisible();

	await page.locator(`${transport('needle-depth')} button.next`).focus();
	await page.keyboard.press('PageDown');
	await expect(awakeFigure(page, 'k2p')).toBeVisible();
	letGo();
	await expect(page.locator(`${transport('k2p')} button.next`)).toBeFocused();
});
