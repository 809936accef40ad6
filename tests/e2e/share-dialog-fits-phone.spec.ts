import { expect, test, type Locator, type Page } from '@playwright/test';
import { codeReads, DEVICE_SCALE, inSightAndLarge, largeText, phone, SE, shownWhole } from './phone-dialog';
import { awakeFigure, hydrated } from './site';

// A figure's Share on a small phone held upright (review sharefit58): the dialog, its sentence, QR code,
// address, Copy, Send… and Close, was taller than the screen (623 px of content for 597 at 360 × 640, worse
// at 320 × 568), and Close was cut at its foot. It now shows whole without scrolling at the site's text size:
// the QR code gives up what the words need, still large enough to scan; the buttons keep 44 px targets.

const words = {
	fr: {
		share: 'Partager',
		title: 'Emporter cette figure',
		close: 'Fermer',
		copy: 'Copier l’adresse',
		send: 'Envoyer…'
	},
	en: {
		share: 'Share',
		title: 'Take this figure home',
		close: 'Close',
		copy: 'Copy the address',
		send: 'Send…'
	}
} as const;
const phones = [SE, { width: 360, height: 640 }, { width: 390, height: 844 }];

/** Opens `path`, wakes its first figure and opens that figure's Share dialog. */
async function openShare(page: Page, path: string, lang: 'fr' | 'en'): Promise<Locator> {
	await page.goto(path);
	await hydrated(page);
	const figure = page.locator('figure.scene').first();
	await figure.scrollIntoViewIfNeeded();
	await expect(awakeFigure(page).first()).toBeVisible();
	await figure.getByRole('button', { name: words[lang].share, exact: true }).click();
	const dialog = page.getByRole('dialog', { name: words[lang].title });
	await expect(dialog).toBeVisible();
	return dialog;
}

const cases = [
	{ lang: 'fr', path: '/fr/scenes/k2p/' },
	{ lang: 'en', path: '/en/scenes/k2p/' },
	{ lang: 'fr', path: '/fr/glucopuncture/' }
] as const;

for (const viewport of phones) {
	for (const { lang, path } of cases) {
		test(`${viewport.width}×${viewport.height} ${path}: the Share dialog shows whole, Close in sight, its code readable`, async ({
			browser,
			baseURL
		}) => {
			const page = await phone(browser, baseURL!, viewport);
			const dialog = await openShare(page, path, lang);
			const w = words[lang];
			const qr = dialog.getByRole('img');
			// the code is fitted to the room once the dialog shows: wait until nothing scrolls
			await shownWhole(page);
			for (const name of [w.copy, w.send, w.close])
				await inSightAndLarge(dialog.getByRole('button', { name }));
			// still a code a phone's camera reads: 120 px at least, 2 of the screen's pixels a module at least
			const side = (await qr.boundingBox())!.width;
			expect(side).toBeGreaterThanOrEqual(120);
			expect((side * DEVICE_SCALE) / Number(await qr.getAttribute('data-modules'))).toBeGreaterThanOrEqual(2);
			await codeReads(page, dialog);
			await page.context().close();
		});
	}
}

test('320×568, text at 200 %: the dialog scrolls, and every part of it can be brought into sight', async ({
	browser,
	baseURL
}) => {
	const page = await phone(browser, baseURL!, SE);
	await largeText(page);
	const dialog = await openShare(page, '/fr/scenes/k2p/', 'fr');
	const viewport = page.viewportSize()!;
	// twice the text is more than the screen holds: the dialog scrolls, rather than cutting anything off
	await expect.poll(() => dialog.evaluate((box) => box.scrollHeight - box.clientHeight)).toBeGreaterThan(0);
	const box = (await dialog.boundingBox())!;
	// the dialog itself stays inside the screen: what it holds scrolls within it
	expect(box.y).toBeGreaterThanOrEqual(0);
	expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
	for (const part of [
		dialog.getByRole('heading'),
		dialog.getByRole('img'),
		dialog.getByRole('textbox'),
		dialog.getByRole('button', { name: 'Copier l’adresse' }),
		dialog.getByRole('button', { name: 'Fermer' })
	]) {
		await part.scrollIntoViewIfNeeded();
		await expect(part).toBeInViewport({ ratio: 1 });
	}
	await page.context().close();
});
