import { expect, test, type Locator, type Page } from '@playwright/test';
import { decodeQr } from './qr';
import { awakeFigure } from './site';

// A lecturer presents a sequence on a 1024 × 768 projector to a lecture hall: the presented figure's Share gives
// the whole sequence (the figure alone was all the students got), the figure alone as a second choice, and
// the code as large as the screen allows, to be scanned from the back rows (it was 287 px for the figure, and
// 180 px in the page's own "Share this sequence", under a paragraph that took the height).
const words = {
	fr: {
		share: 'Partager',
		sequence: 'Partager cette séquence',
		figure: 'Emporter cette figure',
		onlyFigure: 'Cette figure seule',
		wholeSequence: 'Toute la séquence',
		pageShare: 'Partager cette séquence (lien, code QR)',
		pageDialog: 'Emporter cette séquence',
		buttons: ['Copier l’adresse', 'Fermer'],
		heading: 'Les figures qu’on vous a montrées'
	},
	en: {
		share: 'Share',
		sequence: 'Share this sequence',
		figure: 'Take this figure home',
		onlyFigure: 'This figure only',
		wholeSequence: 'The whole sequence',
		pageShare: 'Share this sequence (link, QR code)',
		pageDialog: 'Take this sequence home',
		buttons: ['Copy the address', 'Close'],
		heading: 'The figures you were shown'
	}
} as const;
const SCREEN = { width: 1024, height: 768 };
// the share of the projector's height the code takes at least: read from the back of a lecture hall
const CODE_SHARE = 0.6;

/** The dialog's code is large, whole on screen with the dialog's buttons, and reads as `address`. */
async function expectLargeCode(page: Page, dialog: Locator, address: string, buttons: readonly string[]) {
	const qr = dialog.getByRole('img');
	await expect(qr).toBeInViewport({ ratio: 1 });
	const box = (await qr.boundingBox())!;
	expect(box.height).toBeGreaterThanOrEqual(CODE_SHARE * SCREEN.height);
	// whole pixels a module: crisp for a phone's camera
	expect(box.width % Number(await qr.getAttribute('data-modules'))).toBe(0);
	for (const name of buttons) await expect(dialog.getByRole('button', { name })).toBeInViewport({ ratio: 1 });
	expect(await dialog.evaluate((box) => box.scrollHeight - box.clientHeight)).toBeLessThanOrEqual(0);
	expect(await decodeQr(page, await qr.screenshot())).toBe(address);
}

const SEQUENCE = 'trpv1,k2p:k-efflux,pump';

for (const lang of ['fr', 'en'] as const) {
	const w = words[lang];

	test(`${lang} 1024×768: the page's "${w.pageShare}" shows the sequence's code large, its buttons in sight`, async ({
		page,
		baseURL
	}) => {
		await page.setViewportSize(SCREEN);
		await page.goto(`/${lang}/consultation/?s=${SEQUENCE}&at=3&theme=projector`);
		await expect(awakeFigure(page, 'pump')).toBeVisible();
		await page.getByRole('button', { name: w.pageShare }).click();
		const dialog = page.getByRole('dialog', { name: w.pageDialog });
		const sequence = `${baseURL}/${lang}/consultation/patient/?s=${SEQUENCE}`;
		await expect(dialog.getByRole('textbox')).toHaveValue(sequence);
		await expectLargeCode(page, dialog, sequence, w.buttons);
	});

	test(`${lang} 1024×768: presenting a sequence, Share gives the whole sequence in a large code, the figure alone as a second choice`, async ({
		page,
		baseURL
	}) => {
		await page.setViewportSize(SCREEN);
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto(`/${lang}/consultation/?s=${SEQUENCE}&at=3&theme=projector`);
		await expect(awakeFigure(page, 'pump')).toBeVisible();
		await page.locator('h1').click();
		await page.keyboard.press('F5');
		const shell = page.locator('.scene-shell.presenting');
		await expect(shell).toBeVisible();
		await page.keyboard.press('PageDown');
		await shell.getByRole('button', { name: w.share, exact: true }).click();
		// the address the page's own "Share this sequence" gives (the test above)
		const sequence = `${baseURL}/${lang}/consultation/patient/?s=${SEQUENCE}`;
		const dialog = page.getByRole('dialog', { name: w.sequence });
		await expect(dialog).toBeVisible();
		await expect(dialog.getByRole('textbox')).toHaveValue(sequence);
		await expectLargeCode(page, dialog, sequence, [...w.buttons, w.onlyFigure]);

		// the second choice: the figure alone, at the step shown
		await dialog.getByRole('button', { name: w.onlyFigure }).click();
		const figure = page.getByRole('dialog', { name: w.figure });
		await expect(figure).toBeVisible();
		const own = await figure.getByRole('textbox').inputValue();
		expect(new URL(own).pathname).toBe(`/${lang}/scenes/pump/`);
		expect(new URL(own).searchParams.get('step')).toBeTruthy();
		await expectLargeCode(page, figure, own, [...w.buttons, w.wholeSequence]);
		await figure.getByRole('button', { name: w.wholeSequence }).click();
		await expect(page.getByRole('dialog', { name: w.sequence }).getByRole('textbox')).toHaveValue(sequence);

		// what the students open is worded for anyone shown these figures, not only a patient
		const phone = await page.context().newPage();
		await phone.setViewportSize({ width: 390, height: 844 });
		await phone.goto(sequence);
		await expect(phone.getByRole('heading', { level: 1 })).toHaveText(w.heading);
		await expect(awakeFigure(phone, 'trpv1')).toBeVisible();
		await phone.close();
	});
}

test('fr: not presented, a figure’s Share in a sequence still gives that figure, and the sequence’s words name no patient', async ({
	page
}) => {
	await page.setViewportSize(SCREEN);
	await page.goto('/fr/consultation/?s=trpv1,k2p,pump&at=2');
	await expect(awakeFigure(page, 'k2p')).toBeVisible();
	await page.locator('.now-showing').getByRole('button', { name: 'Partager', exact: true }).click();
	const figure = page.getByRole('dialog', { name: 'Emporter cette figure' });
	await expect(figure).toBeVisible();
	expect(new URL(await figure.getByRole('textbox').inputValue()).pathname).toBe('/fr/scenes/k2p/');
	await expect(figure.getByRole('button', { name: 'Toute la séquence' })).toHaveCount(0);
	await page.keyboard.press('Escape');
	await page.getByRole('button', { name: 'Partager cette séquence (lien, code QR)' }).click();
	const sequence = page.getByRole('dialog', { name: 'Emporter cette séquence' });
	await expect(sequence).toContainText('sur un téléphone');
	await expect(sequence).not.toContainText('patient');
});
