import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './site';

// The buttons a share dialog is given from outside it ("Envoyer…", the phone's share menu; the sequence's "Cette
// figure seule") are a reader's thumb targets as much as Copy and Close (QA review 58, D3): in the lab's and the
// consultation's dialogs they were left at the browser's own 35 px, as the dialog's sizes reached only its own
// buttons. Every button of an open share dialog is at least 44 px tall, on a phone and on a laptop.

/** a phone's share menu, so that "Envoyer…" shows */
async function withShareMenu(page: Page) {
	await page.addInitScript(() => {
		Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: async () => {} });
		Object.defineProperty(Navigator.prototype, 'canShare', { configurable: true, value: () => true });
	});
}

const dialogs = [
	{ name: 'the lab', path: '/fr/labo/', open: 'Partager', title: 'Partager ce labo' },
	{
		name: 'the consultation',
		path: '/fr/consultation/?s=k2p,pump',
		open: 'Partager cette séquence (lien, code QR)',
		title: 'Emporter cette séquence'
	}
] as const;

for (const viewport of [
	{ width: 390, height: 844 },
	{ width: 1280, height: 800 }
]) {
	for (const { name, path, open, title } of dialogs) {
		test(`${name} at ${viewport.width} × ${viewport.height}: every button of its share dialog is a 44 px target`, async ({
			page
		}) => {
			await page.setViewportSize(viewport);
			await withShareMenu(page);
			await page.goto(path);
			await hydrated(page);
			await page.getByRole('button', { name: open, exact: true }).first().click();
			const dialog = page.getByRole('dialog', { name: title });
			await expect(dialog).toBeVisible();
			const buttons = dialog.getByRole('button');
			await expect(dialog.getByRole('button', { name: 'Envoyer…' })).toBeVisible();
			const heights = await buttons.evaluateAll((all) =>
				all.map(
					(button) => [button.textContent?.trim(), Math.round(button.getBoundingClientRect().height)] as const
				)
			);
			expect(heights.filter(([, height]) => height < 44)).toEqual([]);
		});
	}
}
