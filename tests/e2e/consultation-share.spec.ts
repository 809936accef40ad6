import { expect, test } from '@playwright/test';
import { awakeFigure } from './site';

// The link a clinician shares (its QR code) opens a page for the patient: one plain line, the figure near the
// top with its place in the sequence and previous / next, and no builder, nor a link to it.
const awake = awakeFigure;

const cases = [
	{
		lang: 'fr',
		line: 'Les figures qu’on vous a montrées',
		share: 'Partager cette séquence (lien, code QR)',
		dialog: 'Emporter cette séquence',
		field: 'Adresse de cette séquence',
		place: /^Figure 2 sur 2/,
		next: 'Figure suivante',
		edit: 'Modifier cette séquence',
		prepare: 'Préparer la séquence'
	},
	{
		lang: 'en',
		line: 'The figures you were shown',
		share: 'Share this sequence (link, QR code)',
		dialog: 'Take this sequence home',
		field: 'Address of this sequence',
		place: /^Figure 2 of 2/,
		next: 'Next figure',
		edit: 'Edit this sequence',
		prepare: 'Prepare the sequence'
	}
] as const;

for (const c of cases) {
	test(`${c.lang}: the shared link opens the patient's page, the figure near the top, no builder`, async ({
		page,
		browser
	}) => {
		await page.goto(`/${c.lang}/consultation/?s=trpv1:sensitised,k2p&at=2`);
		await expect(awake(page, 'k2p')).toBeVisible();
		await page.getByRole('button', { name: c.share }).click();
		const address = await page
			.getByRole('dialog', { name: c.dialog })
			.getByRole('textbox', { name: c.field })
			.inputValue();
		expect(new URL(address).pathname).toBe(`/${c.lang}/consultation/patient/`);

		const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
		await phone.goto(address);
		await expect(phone.getByRole('heading', { level: 1 })).toHaveText(c.line);
		await expect(awake(phone, 'trpv1')).toBeVisible();
		// the figure starts in the upper part of the first screen, under the line and its place (the
		// clinician's instructions above it pushed it to ~640 px)
		const top = await awake(phone, 'trpv1').evaluate((figure) => figure.getBoundingClientRect().top);
		expect(top).toBeLessThan(560);
		// nothing to reorder, remove or share: the clinician's builder is not there
		await expect(phone.getByRole('heading', { name: c.prepare })).toHaveCount(0);
		await expect(phone.getByRole('button', { name: c.share })).toHaveCount(0);

		await phone.getByRole('button', { name: c.next }).first().click();
		await expect(phone.locator('#consultation-now')).toHaveText(c.place);
		await expect(awake(phone, 'k2p')).toBeVisible();

		// the clinician's builder is theirs: the patient's page offers no way into it (patient-page.spec.ts)
		await expect(phone.getByRole('link', { name: c.edit })).toHaveCount(0);
		await phone.close();
	});
}

// Printed, the patient's page holds the figure on screen: the others are named on paper with their own
// page's address (print.css writes a link's address after it), to print or open each one later.
test('the patient’s page, printed, names every figure of the sequence with the address of its page', async ({
	page,
	baseURL
}) => {
	await page.goto('/fr/consultation/patient/?s=trpv1:sensitised:kind=acid,cushion');
	await expect(awake(page, 'trpv1')).toBeVisible();
	const list = page.locator('.print-only').filter({ hasText: 'Toutes les figures de cette séquence' });
	await expect(list).toBeHidden();
	await page.emulateMedia({ media: 'print' });
	await expect(list).toBeVisible();
	await expect(list.getByRole('link')).toHaveText([/^TRPV1/, /^Le coussin de l’hydrotomie/]);
	const hrefs = await list
		.getByRole('link')
		.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
	// each at the step the sequence shows it, with its settings (handoff64 D2: the bare page, at its first step)
	expect(hrefs).toEqual([
		`${baseURL}/fr/scenes/trpv1/?step=sensitised&kind=acid`,
		`${baseURL}/fr/scenes/cushion/`
	]);
	// and the sequence's own address under the list, to open it again
	const again = page.locator('.sequence-address a');
	await expect(again).toBeVisible();
	expect(await again.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(page.url());
});
