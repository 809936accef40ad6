import { expect, test } from '@playwright/test';
import { awakeFigure } from './site';

// A button that cannot act now (the first figure's ↑, the last one's ↓: aria-disabled, so that it keeps the
// focus) is faded; its focus ring must not be: ≥ 3:1 against the page in every theme (keyboard review D3,
// WCAG 1.4.11 and 2.4.13).
test.use({ viewport: { width: 1920, height: 1080 } });

for (const theme of ['light', 'dark', 'projector'] as const) {
	test(`${theme}: the focus ring of a greyed ↑ is at full strength`, async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto(`/en/consultation/?s=trpv1,k2p,pump&theme=${theme}`);
		await expect(awakeFigure(page, 'trpv1')).toBeVisible();
		const up = page.getByRole('button', { name: /^Move up: / }).first();
		await expect(up).toHaveAttribute('aria-disabled', 'true');
		// reached with the keyboard: Shift+Tab from the button after it
		await page
			.getByRole('button', { name: /^Move down: / })
			.first()
			.focus();
		await page.keyboard.press('Shift+Tab');
		await expect(up).toBeFocused();
		const ring = await up.evaluate((button) => {
			const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
			const luminance = ([r, g, b]: number[]) => {
				const [R, G, B] = [r!, g!, b!].map((c) => {
					const s = c / 255;
					return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
				});
				return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
			};
			// what the ring is drawn at: its colour, faded by every opacity on its way to the screen
			let opacity = 1;
			for (let at: Element | null = button; at; at = at.parentElement)
				opacity *= Number(getComputedStyle(at).opacity);
			const style = getComputedStyle(button);
			const ground = rgb(getComputedStyle(document.body).backgroundColor);
			const drawn = rgb(style.outlineColor).map((c, i) => c * opacity + ground[i]! * (1 - opacity));
			const [light, dark] = [luminance(drawn), luminance(ground)].sort((a, b) => b - a);
			return { width: parseFloat(style.outlineWidth), contrast: (light! + 0.05) / (dark! + 0.05) };
		});
		expect(ring.width).toBeGreaterThanOrEqual(2);
		expect(ring.contrast).toBeGreaterThanOrEqual(3);
	});
}
