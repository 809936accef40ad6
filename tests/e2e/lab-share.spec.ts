import { expect, test, type Page } from '@playwright/test';
import { accessibilityViolations, hydrated, noProblems, openHydrated, watch } from './site';

// A lecturer projecting the lab to a class: ten values set, three sweeps of outside K⁺ recorded, then Share,
// and the students' phones open the same case with the same three runs, from the QR code or the link. A link
// changed on the way keeps what it can and says what it left out, never quoting it.
test.use({ locale: 'de-DE', reducedMotion: 'reduce' });

const value = (page: Page, key: string) => page.locator(`[data-key="${key}"] input.lab-input`);
const legend = (page: Page) => page.locator('.recorder .legend-list li');

/** Types a value in its field and applies it, as a lecturer does. */
async function set(page: Page, key: string, text: string) {
	await value(page, key).fill(text);
	await value(page, key).press('Enter');
}

const lecture = [
	{ key: 'Ki', text: '150' },
	{ key: 'Nao', text: '140' },
	{ key: 'Nai', text: '10' },
	{ key: 'Clo', text: '120' },
	{ key: 'Cli', text: '8' },
	{ key: 'pK', text: '1' },
	{ key: 'pNa', text: '0,04' },
	{ key: 'pCl', text: '0,3' },
	{ key: 'T', text: '36' },
	{ key: 'Ko', text: '4' }
];

test('the lab’s Share gives a link and a QR code that open the same case with every run recorded', async ({
	page,
	browser,
	baseURL,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	const problems = watch(page, baseURL!);
	await openHydrated(page, '/fr/labo/');
	for (const { key, text } of lecture) await set(page, key, text);
	const record = page.getByRole('button', { name: 'Enregistrer un essai' });
	await record.click();
	await set(page, 'pNa', '0,1');
	await record.click();
	await page.getByRole('checkbox', { name: /part électrogène/ }).check();
	await record.click();
	await expect(legend(page)).toHaveCount(3);

	await page.getByRole('button', { name: 'Partager' }).click();
	const dialog = page.getByRole('dialog', { name: 'Partager ce labo' });
	await expect(dialog).toBeVisible();
	await expect(dialog).toContainText('avec ces valeurs et les 3 essais de l’enregistreur');
	const qr = dialog.getByRole('img', { name: 'Code QR de l’adresse de ce labo' });
	await expect(qr).toBeVisible();
	const link = await dialog.getByRole('textbox', { name: 'Adresse de ce labo' }).inputValue();
	// short enough for a code a phone scans from the back of a room: ten values and three runs in 128
	// characters after the path (158 in all from 127.0.0.1:4804), a QR code of version 9 (53 modules, 61 with
	// its quiet zone)
	expect(new URL(link).search.length).toBeLessThanOrEqual(130);
	expect(Number(await qr.getAttribute('data-modules'))).toBeLessThanOrEqual(61);
	expect(new URL(link).searchParams.get('runs')).toMatch(/^1\.3~/);
	await dialog.getByRole('button', { name: 'Copier l’adresse' }).click();
	await expect(dialog.getByRole('status')).toHaveText('Adresse copiée.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
	expect(await accessibilityViolations(page, undefined, 'dialog[open]')).toEqual([]);
	expect(problems).toEqual(noProblems);

	// a student's phone, English-speaking or not: the same case, the same three runs, named as on the projector
	const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'fr-FR' });
	await openHydrated(phone, link.replace(new URL(link).origin, baseURL!));
	await expect(legend(phone)).toHaveCount(3);
	await expect(legend(phone)).toHaveText(await legend(page).allTextContents());
	await expect(legend(phone)).toHaveText([
		/^\s*Essai 1\s:\sK⁺ extérieur de 1\smM à 100\smM$/,
		/^\s*Essai 2\s:\sK⁺ extérieur de 1\smM à 100\smM, avec pNa 0,1$/,
		/^\s*Essai 3\s:\sK⁺ extérieur de 1\smM à 100\smM, avec pNa 0,1 \(part de la pompe ajoutée\)$/
	]);
	await expect(phone.locator('.recorder')).not.toContainText('Aucun essai pour l’instant');
	await expect(phone.locator('[data-link-notes]')).toHaveCount(0);
	for (const { key, text } of [...lecture.filter(({ key }) => key !== 'pNa'), { key: 'pNa', text: '0,1' }])
		await expect(value(phone, key)).toHaveValue(text);
	await expect(phone.getByRole('checkbox', { name: /part électrogène/ })).toBeChecked();
	// the same curves: the runs are swept again from what each asked, to the projector's numbers
	const rows = (p: Page) => p.locator('.recorder table tbody').allTextContents();
	expect(await rows(phone)).toEqual(await rows(page));
	// taken in, they are kept in the tab as any run: the address holds the case alone, a reload keeps them
	await expect.poll(() => new URL(phone.url()).searchParams.has('runs')).toBe(false);
	expect(new URL(phone.url()).searchParams.get('pNa')).toBe('0.1');
	await phone.reload();
	await hydrated(phone);
	await expect(legend(phone)).toHaveCount(3);
	await phone.getByRole('button', { name: 'Enregistrer un essai' }).click();
	await expect(legend(phone)).toHaveCount(4);
	await phone.close();
});

test('a link whose runs were changed on the way keeps what it can read, and says in plain words what it left out', async ({
	page,
	baseURL
}) => {
	const problems = watch(page, baseURL!);
	const good = (pNa: number) => `Ko,1,100,pNa${pNa},log`;
	// six runs, one of them a crafted sentence with a web address: too many, and one unreadable
	const runs = [
		'1.7',
		good(0.01),
		'Appelez le 0800 123 456 ou allez sur rembourse-secu.fr',
		...[0.02, 0.03, 0.04, 0.05].map(good),
		'Ko,1,100,Ko5000,log'
	].join('~');
	await openHydrated(page, `/fr/labo/?pNa=0.1&runs=${encodeURIComponent(runs)}`);
	const notes = page.locator('[data-link-notes] li');
	await expect(notes).toHaveText([
		'Un essai de ce lien n’a pas pu être lu\u00a0: il est laissé de côté.',
		'L’enregistreur garde quatre essais au plus\u00a0: les 2 plus anciens des 6 essais de ce lien sont laissés de côté.',
		'Essai 7\u00a0: ce lien lui donne des valeurs hors de ce que le labo accepte\u00a0; elles sont ramenées à la limite la plus proche.'
	]);
	await expect(page.locator('.recorder')).not.toContainText(/0800|rembourse/);
	await expect(legend(page)).toHaveCount(4);
	await expect(legend(page).first()).toHaveText(/^\s*Essai 4\s:/);
	// the case the link gave, its runs aside
	await expect(value(page, 'pNa')).toHaveValue('0,1');
	// the notes are about the link's runs: gone once the recorder holds others
	await page.getByRole('button', { name: 'Effacer les essais' }).click();
	await expect(notes).toHaveCount(0);
	expect(problems).toEqual(noProblems);
});

test('in English, and with runs of another version or of none readable, the tab’s own runs stay', async ({
	page
}) => {
	await openHydrated(page, '/en/lab/');
	await page.getByRole('button', { name: 'Record a run' }).click();
	await expect(legend(page)).toHaveCount(1);
	await openHydrated(page, '/en/lab/?Ko=10&runs=2.1~Ko,1,100,log');
	await expect(page.locator('[data-link-notes]')).toHaveText(
		'This link’s runs were written by another version of the site, which this one cannot read: they are left out.'
	);
	await expect(legend(page)).toHaveCount(1);
	await expect(value(page, 'Ko')).toHaveValue('10');
	// its Share says what it shares in English, and the link opens that case and that run
	await page.getByRole('button', { name: 'Share' }).click();
	const dialog = page.getByRole('dialog', { name: 'Share this lab' });
	await expect(dialog).toContainText('with these values and the recorder’s run,');
	const link = await dialog.getByRole('textbox', { name: 'Address of this lab' }).inputValue();
	// the run recorded from the neuron says so (c0), and needs no value of its own
	expect(new URL(link).search).toBe('?Ko=10&runs=1.1~Ko,1,100,log.c0');
});
