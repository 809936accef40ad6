import { expect, test, type Page } from '@playwright/test';
import { getDocumentProxy } from 'unpdf';
import { extractText, printed, squeeze } from './pdf';
import { sceneCases } from './scene-table';
import { openHydrated } from './site';

// What the site prints, as a reader gets it from the print dialog (Chromium's PDF, or print media): the lab's
// recorder chart with its runs, the dose calculator's fields without a focus ring, the scene pages without
// their page-turning links and with their first figure on page 1, and paper of the reader's size.

/** The PDF's text, all pages, without white space. */
async function printedText(page: Page) {
	const { text } = await extractText(await printed(page), { mergePages: true });
	return squeeze(text);
}

for (const { path, record } of [
	{ path: '/en/lab/', record: 'Record a run' },
	{ path: '/fr/labo/', record: 'Enregistrer un essai' }
]) {
	test(`${path}: the recorder's chart prints its runs and its legend`, async ({ page }) => {
		await openHydrated(page, path);
		const button = page.getByRole('button', { name: record });
		await button.click();
		for (const preset of ['facilitated', 'trpv1-open']) {
			await page.locator(`button[data-preset="${preset}"]`).click();
			await button.click();
		}
		await expect(page.locator('.recorder svg path.run')).toHaveCount(3);
		const legend = await page.locator('.recorder svg .legend text').allTextContents();
		expect(legend).toHaveLength(4);

		// on paper the drawing has its box (it printed as an empty frame), and its runs and legend are in the PDF
		await page.emulateMedia({ media: 'print' });
		const chart = page.locator('.recorder .chart > svg');
		await expect(chart).toBeVisible();
		const box = (await chart.boundingBox())!;
		expect(box.width).toBeGreaterThan(300);
		expect(box.height).toBeGreaterThan(200);
		await expect(page.locator('.recorder svg path.run').first()).toBeVisible();
		const text = await printedText(page);
		for (const words of legend) expect(text).toContain(squeeze(words));
	});
}

test('a dose field still focused when the page is printed shows its value, without a focus ring or a cursor', async ({
	page
}) => {
	await openHydrated(page, '/en/glucopuncture/');
	const field = page.locator('.dose input').first();
	await field.fill('20');
	await field.focus();
	await expect(field).toBeFocused();
	await page.emulateMedia({ media: 'print' });
	const drawn = await field.evaluate((input) => {
		const style = getComputedStyle(input);
		return { outline: style.outlineStyle, caret: style.caretColor, shadow: style.boxShadow };
	});
	expect(drawn).toEqual({ outline: 'none', caret: 'rgba(0, 0, 0, 0)', shadow: 'none' });
});

test('a scene page prints without its links to the figures before and after and to all the figures', async ({
	page
}) => {
	for (const [path, words] of [
		['/en/scenes/pump/', ['Previous figure', 'Next figure', 'All the figures']],
		['/fr/scenes/k2p/', ['Figure précédente', 'Figure suivante', 'Toutes les figures']]
	] as const) {
		await openHydrated(page, path);
		const text = await printedText(page);
		expect(text).toContain(squeeze(await page.locator('h1').innerText()));
		for (const word of words) expect(text).not.toContain(squeeze(word));
	}
});

test('paper is the reader’s: Letter when the print dialog asks for it, and a sheet still holds on two pages', async ({
	page
}) => {
	for (const path of ['/en/handout-glucopuncture/', '/fr/fiche-hydrotomie/']) {
		await openHydrated(page, path);
		await expect(page.locator('[data-handout-qr]')).toBeAttached();
		// the dialog's Letter, with the page's own CSS page size given its say (as a browser's print dialog does)
		const letter = await getDocumentProxy(
			new Uint8Array(await page.pdf({ format: 'Letter', preferCSSPageSize: true }))
		);
		const [, , width, height] = (await letter.getPage(1)).view;
		expect([Math.round(width!), Math.round(height!)]).toEqual([612, 792]);
		expect(letter.numPages).toBeLessThanOrEqual(2);
		const a4 = await getDocumentProxy(
			new Uint8Array(await page.pdf({ format: 'A4', preferCSSPageSize: true }))
		);
		expect(a4.numPages).toBeLessThanOrEqual(2);
	}
});

test('the clinician’s printout of a sequence lists its figures, with their addresses and the sequence’s own', async ({
	page
}) => {
	const query = '?s=trpv1,k2p,pump,hydrodissection,trpv1,trpv1&at=2';
	await openHydrated(page, `/fr/consultation/${query}`);
	await expect(page.locator('#consultation-now')).toContainText('Figure 2 sur 6');
	const text = await printedText(page);
	const { origin } = new URL(page.url());
	expect(text).toContain(squeeze('Toutes les figures de cette séquence, chacune sur sa page :'));
	// each figure in its place, at its own page's address
	let from = 0;
	for (const scene of ['trpv1', 'k2p', 'pump', 'hydrodissection', 'trpv1', 'trpv1']) {
		const at = text.indexOf(`<${origin}/fr/scenes/${scene}/>`, from);
		expect(at, scene).toBeGreaterThanOrEqual(from);
		from = at + 1;
	}
	// and the sequence's, to open it again from the paper: the page's address as it stands
	expect(page.url()).toContain('s=trpv1,k2p,pump,hydrodissection,trpv1,trpv1');
	expect(text).toContain(`Cetteséquence,àrouvriràsonadresse<${page.url()}>`);
});

test('every scene page prints its figure on page 1, under its title, on A4 and on Letter', async ({
	page
}) => {
	for (const lang of ['en', 'fr'])
		for (const { id } of sceneCases) {
			await openHydrated(page, `/${lang}/scenes/${id}/`);
			// the figure's last words on paper (its caption's end): on page 1 if it did not go over to page 2
			await page.emulateMedia({ media: 'print' });
			const end = squeeze(await page.locator('figure.scene').first().innerText()).slice(-30);
			for (const format of ['A4', 'Letter'] as const) {
				const pdf = await getDocumentProxy(new Uint8Array(await page.pdf({ format })));
				const { text } = await extractText(pdf, { mergePages: false });
				expect(squeeze(text[0]!), `${lang} ${id} ${format}`).toContain(end);
			}
			await page.emulateMedia({ media: null });
		}
});
