import { expect, test, type Page } from '@playwright/test';
import { decodeQr } from './qr';
import { codeReads, inSightAndLarge, largeText, phone, SE, shownWhole } from './phone-dialog';
import { awakeFigure, hydrated } from './site';

// The other dialogs that hand a reader something to take away, on a small phone held upright (QA review 58, D1):
// the consultation's "Share this sequence" (271 px taller than a 320 × 568 screen: a two-line title, a
// twelve-line intro), the lab's Share (Close cut off) and a figure's Embed (its code's five lines, a long intro).
// Each now shows whole without scrolling, its Close and its main action in sight, 44 px targets, and the QR code
// still reads. What the intros said beyond what the reader needs to act is one tap away, under a summary.
// And the lab at 320 px with its text at 200 % (D5): the page no longer runs wider than the screen, which made
// the phone zoom out and its share code unreadable.

const words = {
	fr: {
		close: 'Fermer',
		consultation: {
			sequence: /^La glucopuncture/,
			share: 'Partager cette séquence (lien, code QR)',
			main: 'Copier l’adresse',
			more: 'Ce que l’adresse ouvre',
			told: 'première figure'
		},
		lab: { path: '/fr/labo/', share: 'Partager', main: 'Copier l’adresse' },
		embed: { embed: 'Intégrer', main: 'Copier le code', more: 'Couleurs, hauteur, licence', told: 'CC BY-SA' }
	},
	en: {
		close: 'Close',
		consultation: {
			sequence: /^Glucopuncture/,
			share: 'Share this sequence (link, QR code)',
			main: 'Copy the address',
			more: 'What the address opens',
			told: 'first figure'
		},
		lab: { path: '/en/lab/', share: 'Share', main: 'Copy the address' },
		embed: { embed: 'Embed', main: 'Copy the code', more: 'Colours, height, licence', told: 'CC BY-SA' }
	}
} as const;
type Lang = keyof typeof words;

const phones = [SE, { width: 360, height: 640 }];

const dialogs = {
	/** the consultation: a suggested sequence tapped, then "Share this sequence" */
	async consultation(page: Page, lang: Lang) {
		const w = words[lang].consultation;
		await page.goto(`/${lang}/consultation/`);
		await hydrated(page);
		await page.getByRole('button', { name: w.sequence }).first().click();
		await page.getByRole('button', { name: w.share }).click();
	},
	async lab(page: Page, lang: Lang) {
		await page.goto(words[lang].lab.path);
		await hydrated(page);
		await page.getByRole('button', { name: words[lang].lab.share, exact: true }).click();
	},
	/** a figure's page: its Embed */
	async embed(page: Page, lang: Lang) {
		await page.goto(`/${lang}/scenes/k2p/`);
		await hydrated(page);
		const figure = page.locator('figure.scene').first();
		await figure.scrollIntoViewIfNeeded();
		await expect(awakeFigure(page).first()).toBeVisible();
		await figure.getByRole('button', { name: words[lang].embed.embed, exact: true }).click();
	}
} as const;

for (const viewport of phones) {
	const size = `${viewport.width}×${viewport.height}`;
	for (const lang of ['fr', 'en'] as const) {
		const w = words[lang];

		test(`${lang} ${size}: the consultation's Share this sequence shows whole, its code readable`, async ({
			browser,
			baseURL
		}) => {
			const page = await phone(browser, baseURL!, viewport);
			await dialogs.consultation(page, lang);
			const dialog = await shownWhole(page);
			await inSightAndLarge(dialog.getByRole('button', { name: w.consultation.main }));
			await inSightAndLarge(dialog.getByRole('button', { name: w.close }));
			await codeReads(page, dialog);
			// what the address opens, one tap away
			await dialog.getByText(w.consultation.more).click();
			await expect(dialog.getByText(w.consultation.told)).toBeVisible();
			await page.context().close();
		});

		test(`${lang} ${size}: the lab's Share shows whole, its code readable`, async ({ browser, baseURL }) => {
			const page = await phone(browser, baseURL!, viewport);
			await dialogs.lab(page, lang);
			const dialog = await shownWhole(page);
			await inSightAndLarge(dialog.getByRole('button', { name: w.lab.main }));
			await inSightAndLarge(dialog.getByRole('button', { name: w.close }));
			await codeReads(page, dialog);
			await page.context().close();
		});

		test(`${lang} ${size}: a figure's Embed shows whole, its code and its buttons in sight`, async ({
			browser,
			baseURL
		}) => {
			const page = await phone(browser, baseURL!, viewport);
			await dialogs.embed(page, lang);
			const dialog = await shownWhole(page);
			await inSightAndLarge(dialog.getByRole('button', { name: w.embed.main }));
			await inSightAndLarge(dialog.getByRole('button', { name: w.close }));
			await expect(dialog.getByRole('textbox')).toBeInViewport({ ratio: 1 });
			await dialog.getByText(w.embed.more).click();
			await expect(dialog.getByText(w.embed.told)).toBeVisible();
			await page.context().close();
		});
	}
}

test('fr 320×568, text at 200 %: the lab is no wider than the screen, and its Share code reads', async ({
	browser,
	baseURL
}) => {
	const page = await phone(browser, baseURL!, SE);
	await largeText(page);
	await dialogs.lab(page, 'fr');
	// wider than the screen, the page made the phone zoom out: its ion rows and its Vm readout ran 17 px over
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(SE.width);
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible();
	// twice the text is more than the screen holds: the dialog scrolls, its code brought into sight to be read
	const qr = dialog.getByRole('img');
	await qr.scrollIntoViewIfNeeded();
	await expect(qr).toBeInViewport({ ratio: 1 });
	const address = await dialog.getByRole('textbox').inputValue();
	expect(await decodeQr(page, await qr.screenshot())).toBe(address);
	await page.context().close();
});
