import { expect, test, type Page } from '@playwright/test';
import { codeReads, inSightAndLarge, phone, shownWhole } from './phone-dialog';
import { awakeFigure, hydrated } from './site';

// A clinician's phone held sideways (844 × 390) to show the patient the sequence's QR code: the code, drawn
// above the words, left the address, Copy and Close below the screen's foot, and the dialog scrolled. The code
// now stands beside the words, as it does on a projector, and the dialog shows whole.

const sideways = [
	{ width: 844, height: 390 },
	{ width: 667, height: 375 }
];

const cases = [
	{
		name: 'a consultation’s sequence',
		path: '/fr/consultation/?s=trpv1,k2p,pump',
		open: (page: Page) =>
			page.getByRole('button', { name: 'Partager cette séquence (lien, code QR)' }).first().click(),
		buttons: ['Copier l’adresse', 'Fermer']
	},
	{
		name: 'a figure',
		path: '/en/scenes/pump/',
		open: async (page: Page) => {
			const figure = page.locator('figure.scene');
			await figure.scrollIntoViewIfNeeded();
			await expect(awakeFigure(page, 'pump')).toBeVisible();
			await figure.getByRole('button', { name: 'Share', exact: true }).click();
		},
		buttons: ['Copy the address', 'Send…', 'Close']
	},
	{
		name: 'the lab',
		path: '/fr/labo/?Ko=20',
		open: (page: Page) => page.getByRole('button', { name: 'Partager', exact: true }).click(),
		buttons: ['Copier l’adresse', 'Fermer']
	}
] as const;

for (const viewport of sideways)
	for (const { name, path, open, buttons } of cases)
		test(`${viewport.width}×${viewport.height}, ${name}: the share dialog shows whole, its code beside the words`, async ({
			browser,
			baseURL
		}) => {
			const page = await phone(browser, baseURL!, viewport);
			await page.goto(path);
			await hydrated(page);
			await open(page);
			const dialog = await shownWhole(page);
			for (const label of buttons) await inSightAndLarge(dialog.getByRole('button', { name: label }));
			await expect(dialog.getByRole('textbox')).toBeInViewport({ ratio: 1 });
			await codeReads(page, dialog);
			// beside: the code's right edge left of the title's start, and as large as the height allows
			const qr = (await dialog.getByRole('img').boundingBox())!;
			const title = (await dialog.getByRole('heading').boundingBox())!;
			expect(qr.x + qr.width).toBeLessThanOrEqual(title.x);
			expect(qr.height).toBeGreaterThanOrEqual(0.5 * viewport.height);
			await page.context().close();
		});
