import { expect, test } from '@playwright/test';

// Where the browser refuses the clipboard (an intranet over http://, a policy), the share dialog selects the
// address and says to copy it by hand: that line, under the buttons, was cut off at the dialog's foot.
const screens = [
	{ width: 1280, height: 800, scale: 1 },
	{ width: 819, height: 614, scale: 1.25 }
];

for (const { width, height, scale } of screens) {
	test.describe(`${width}×${height}`, () => {
		test.use({ viewport: { width, height }, deviceScaleFactor: scale });

		test('the "copy it by hand" line is seen whole in the share dialog', async ({ page }) => {
			await page.addInitScript(() => {
				Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
				document.execCommand = () => false;
			});
			await page.goto('/fr/consultation/?s=trpv1,k2p');
			await page.getByRole('button', { name: 'Partager cette séquence (lien, code QR)' }).click();
			const dialog = page.getByRole('dialog');
			await dialog.getByRole('button', { name: 'Copier l’adresse' }).click();
			const said = dialog.getByRole('status');
			await expect(said).toContainText('copiez-la à la main');
			await expect(said).toBeInViewport({ ratio: 1 });
			await expect
				.poll(() =>
					said.evaluate((line) => {
						const box = line.getBoundingClientRect();
						const frame = line.closest('dialog')!.getBoundingClientRect();
						return box.top >= frame.top && box.bottom <= frame.bottom;
					})
				)
				.toBe(true);
		});
	});
}
