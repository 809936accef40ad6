import { expect, test, type Page } from '@playwright/test';
import { awakeFigure } from './site';

// A privacy review (D2): a patient's link, handed over by QR code on the hospital's domain, was crafted to
// carry sentences ("APPOINTMENT CANCELLED.", "Call 0900 …"), and the page quoted each of them in its note
// about what it could not read. The patient's page now quotes nothing of the link; the other pages quote only
// what looks like a value (src/lib/address/quotable.ts).

const attackerWords = [
	'APPOINTMENT',
	'CANCELLED',
	'results are abnormal',
	'0900',
	'RESULTS',
	'80080',
	'RDV',
	'ANNULÉ',
	'rappelez',
	'evil.example',
	'Appelez',
	'08 99'
];

const cases = [
	{
		lang: 'en',
		// the auditor's link, as the report gives it
		query:
			'?s=APPOINTMENT%20CANCELLED.,Your%20results%20are%20abnormal.,Call%200900%20123%204567%20today,' +
			'or%20text%20RESULTS%20to%2080080.,trpv1',
		note: '4 parts of this link could not be read: they are left out. Below is the figure it names that could be read.'
	},
	{
		lang: 'fr',
		query:
			'?s=RDV%20ANNUL%C3%89%20-%20rappelez%20le%2008%2099%2000%2000%2000,' +
			'R%C3%A9sultats%20pr%C3%AAts%20sur%20http%3A%2F%2Fevil.example,trpv1' +
			'&at=Appelez%20le%2008%2099%2000%2000%2000%20urgent',
		note:
			'3\u00a0parties de ce lien n’ont pas pu être lues\u00a0: elles sont laissées de côté. ' +
			'Voici la figure qu’il nomme et qui a pu être lue.'
	}
] as const;

/** Every word of the page a reader sees, its title too. */
const pageText = async (page: Page) => `${await page.title()}\n${await page.locator('body').innerText()}`;

for (const c of cases) {
	test(`${c.lang}: the patient's page puts no word of a crafted link on the page, says how much it left out, and shows the figure it could read`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`/${c.lang}/consultation/patient/${c.query}`);
		const note = page.locator('.link-mended');
		await expect(note).toHaveText(c.note.replace(/\u00a0/g, ' '), { useInnerText: true });
		await expect(note).toHaveRole('status');
		await expect(awakeFigure(page, 'trpv1')).toBeVisible();
		const text = await pageText(page);
		for (const word of attackerWords) expect(text, word).not.toContain(word);
		// nothing quoted from the link: no quotation mark in the note at all
		expect(await note.innerText()).not.toMatch(/[“”«»"]/);
	});
}

test('the clinician’s page, a figure’s page and the lab name a crafted link’s sentences by their kind, quoting none', async ({
	page
}) => {
	await page.goto(`/en/consultation/${cases[0].query}`);
	await expect(page.locator('.link-mended')).toContainText(
		'Part of this link’s sequence could not be read: 4 parts that name no figure the site has.'
	);
	await expect(awakeFigure(page, 'trpv1')).toBeVisible();
	let text = await pageText(page);
	for (const word of attackerWords) expect(text, word).not.toContain(word);

	await page.goto('/fr/scenes/trpv1/?step=RDV%20ANNUL%C3%89%20-%20rappelez%20le%2008%2099%2000%2000%2000');
	await expect(page.locator('.address-notes')).toContainText('une étape illisible');
	text = await pageText(page);
	for (const word of attackerWords) expect(text, word).not.toContain(word);

	await page.goto('/en/lab/?Ko=Call%200900%20123%204567%20today&pump=APPOINTMENT%20CANCELLED');
	await expect(page.locator('[data-notes]')).toContainText('the address gives a value that is not a number');
	text = await pageText(page);
	for (const word of attackerWords) expect(text, word).not.toContain(word);
});
