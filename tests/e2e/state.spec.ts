import { expect, test, type Page } from '@playwright/test';
import { sceneCases } from './scene-table';
import { decodeQr } from './qr';
import { accessibilityViolations, awakeFigure, framesPass, noProblems, watch } from './site';

// The figure's state in the address, the language switch that keeps it, a consultation played with a clicker,
// and the QR code a patient takes home: in both languages, as a clinician and a patient would check them.
const awake = awakeFigure;
const stepName = (page: Page, scene?: string) =>
	(scene ? page.locator(`figure.scene[data-scene="${scene}"]`) : page).locator(
		'.scene-live .scene-now .scene-step-name'
	);
const historyLength = (page: Page) => page.evaluate(() => history.length);
const caseOf = (id: string) => sceneCases.find((scene) => scene.id === id)!;
const k2p = caseOf('k2p');
const pump = caseOf('pump');
const trpv1 = caseOf('trpv1');
const cushion = caseOf('cushion');
const articles = { fr: '/fr/glucopuncture/', en: '/en/glucopuncture/' } as const;
const other = { fr: 'en', en: 'fr' } as const;
const switchName = { fr: 'English', en: 'Français' } as const;

/** A consultation of TRPV1 (sensitised) then K2P, on a projector's screen, its first figure awake. */
async function openConsultation(page: Page, lang: string) {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto(`/${lang}/consultation/?s=trpv1:sensitised,k2p`);
	await expect(awake(page, 'trpv1')).toBeVisible();
}

for (const lang of ['fr', 'en'] as const) {
	test.describe(`in ${lang}`, () => {
		test('a figure’s page: each step and each change replaces the address, and the address reopens it', async ({
			page,
			baseURL
		}) => {
			const problems = watch(page, baseURL!);
			const path = `/${lang}/scenes/k2p/`;
			await page.goto(path);
			await expect(awake(page)).toBeVisible();
			const before = await historyLength(page);

			await page.keyboard.press('PageDown');
			await expect(page).toHaveURL(`${path}?step=${k2p.steps[1]}`);
			await page.keyboard.press('PageDown');
			await expect(page).toHaveURL(`${path}?step=${k2p.steps[2]}`);
			const slider = page.getByRole('slider', { name: k2p.slider.name });
			await slider.focus();
			await slider.press('End');
			await expect(page).toHaveURL(`${path}?step=${k2p.steps[2]}&openFraction=1`);
			await page.getByRole('checkbox', { name: k2p.claimSwitch!.name }).check();
			const address = `${path}?step=${k2p.steps[2]}&openFraction=1&showHypothesis=on`;
			await expect(page).toHaveURL(address);
			expect(await historyLength(page)).toBe(before);

			// opened afresh, the address shows the same figure
			// leaving a page mid-load (a figure's chunk on its way) aborts requests: not a failure
			await page.goto(address);
			await expect(awake(page)).toBeVisible();
			await expect(stepName(page)).toHaveText(k2p.names[lang][2]!);
			await expect(page.getByRole('slider', { name: k2p.slider.name })).toHaveValue('1');
			await expect(page.getByRole('checkbox', { name: k2p.claimSwitch!.name })).toBeChecked();
			expect(problems).toEqual(noProblems);
		});

		test('a malformed or out-of-range address opens the nearest valid figure, without an error; a link with a step or a value the figure lacks says which, and what it shows instead', async ({
			page,
			baseURL
		}) => {
			const path = `/${lang}/scenes/k2p/`;
			await test.step(`${path}: a malformed or out-of-range address opens the nearest valid figure, without an error`, async () => {
				const problems = watch(page, baseURL!);
				await page.goto(`${path}?step=${k2p.steps[3]}&openFraction=1e999&showHypothesis=maybe&nope=1`);
				await expect(awake(page)).toBeVisible();
				await expect(stepName(page)).toHaveText(k2p.names[lang][3]!);
				await expect(page.getByRole('slider', { name: k2p.slider.name })).toHaveValue('1');
				await expect(page.getByRole('checkbox', { name: k2p.claimSwitch!.name })).not.toBeChecked();
				await page.goto(`${path}?openFraction=NaN&openFraction=0.3&step=`);
				await expect(awake(page)).toBeVisible();
				await expect(stepName(page)).toHaveText(k2p.names[lang][0]!);
				await expect(page.getByRole('slider', { name: k2p.slider.name })).toHaveValue('0.6');
				// the link's "NaN" came from broken code: the note says the value was unusable, without quoting it
				await expect(page.locator('.address-notes')).toBeVisible();
				await expect(page.locator('body')).not.toContainText('NaN');
				expect(problems.consoleErrors).toEqual([]);
			});
			await test.step(`${path}: a link with a step or a value the figure lacks says which, and what it shows instead`, async () => {
				await page.goto(`${path}?step=later&openFraction=1e999&showHypothesis=maybe&utm_source=mail`);
				await expect(awake(page)).toBeVisible();
				const note = page.getByRole('status').filter({ hasText: 'later' });
				await expect(note).toBeVisible();
				// one line each for the step, the number beyond its slider and the word for a switch; none for a
				// key the figure does not use (a tracker's)
				await expect(note.getByRole('listitem')).toHaveCount(3);
				await expect(note).toContainText('1e999');
				await expect(note).toContainText('maybe');
				await expect(note).not.toContainText('utm_source');
				await expect(note).not.toContainText(/NaN|undefined|\{/);
				await expect(stepName(page)).toHaveText(k2p.names[lang][0]!);
				expect(await accessibilityViolations(page, undefined, '.address-notes')).toEqual([]);
				// a link the figure could read says nothing
				await page.goto(`${path}?step=${k2p.steps[2]}`);
				await expect(awake(page)).toBeVisible();
				await expect(page.locator('.address-notes')).toHaveCount(0);
			});
		});

		test('the language switch keeps the step and the parameters', async ({ page }) => {
			await page.goto(`/${lang}/scenes/k2p/`);
			await expect(awake(page)).toBeVisible();
			await page.keyboard.press('PageDown');
			await expect(page).toHaveURL(/step=k2p-opens$/);
			const slider = page.getByRole('slider', { name: k2p.slider.name });
			await slider.focus();
			await slider.press('Home');
			await expect(page).toHaveURL(/step=k2p-opens&openFraction=0$/);
			await page.getByRole('link', { name: switchName[lang] }).click();

			await expect(page).toHaveURL(`/${other[lang]}/scenes/k2p/?step=${k2p.steps[1]}&openFraction=0`);
			await expect(awake(page)).toBeVisible();
			await expect(stepName(page)).toHaveText(k2p.names[other[lang]][1]!);
			await expect(page.getByRole('slider', { name: k2p.slider.name })).toHaveValue('0');
		});

		test(`in an article, ${lang === 'en' ? 'Share gives the figure’s own page, at its step; ' : ''}a figure keeps its state under its own name, and the switch keeps it and the section`, async ({
			page,
			baseURL
		}) => {
			await page.goto(articles[lang]);
			const figure = page.locator('figure.scene[data-scene="pump"]');
			await figure.scrollIntoViewIfNeeded();
			await expect(awake(page, 'pump')).toBeVisible();
			await expect(stepName(page, 'pump')).toHaveText(pump.names[lang][6]!);
			if (lang === 'en')
				await test.step(`${articles[lang]}: Share gives the figure’s own page, at its step`, async () => {
					await figure.getByRole('button', { name: 'Share' }).click();
					const expected = `${baseURL}/en/scenes/pump/?step=${pump.steps[6]}`;
					await expect(page.getByRole('dialog').getByRole('textbox')).toHaveValue(expected);
					expect(await decodeQr(page, await page.getByRole('dialog').getByRole('img').screenshot())).toBe(
						expected
					);
					// the dialog closed, the figure is the reader's again, as the article opened it
					await page.keyboard.press('Escape');
					await expect(page.getByRole('dialog')).toBeHidden();
					await expect(stepName(page, 'pump')).toHaveText(pump.names[lang][6]!);
				});
			const before = await historyLength(page);
			// the clicker's keys step a figure once it has been clicked
			await figure.locator('.scene-stage').click();
			await page.keyboard.press('PageDown');
			await expect(stepName(page, 'pump')).toHaveText(pump.names[lang][7]!);
			await expect(page).toHaveURL(`${articles[lang]}?pump.step=${pump.steps[7]}`);
			expect(await historyLength(page)).toBe(before);

			// the reader goes on to the section the figure belongs to
			await page.locator('#hypothesis-glucopenia').evaluate((heading) => heading.scrollIntoView());
			const link = page.getByRole('link', { name: switchName[lang] });
			await expect(link).toHaveAttribute(
				'href',
				new RegExp(`\\?pump\\.step=${pump.steps[7]}#hypothesis-glucopenia$`)
			);
			await link.click();
			await expect(page).toHaveURL(
				new RegExp(`/${other[lang]}/glucopuncture/\\?pump\\.step=${pump.steps[7]}#hypothesis-glucopenia$`)
			);
			await expect(awake(page, 'pump')).toBeVisible();
			await expect(stepName(page, 'pump')).toHaveText(pump.names[other[lang]][7]!);
		});

		test('a consultation plays across figures with Page Down only, and its address reopens it', async ({
			page,
			baseURL
		}) => {
			const problems = watch(page, baseURL!);
			// the sequence, not the motion, is under test: without it each step is there at once
			await page.emulateMedia({ reducedMotion: 'reduce' });
			const path = `/${lang}/consultation/`;
			await page.goto(`${path}?s=trpv1:sensitised,k2p,cushion`);
			const now = page.locator('#consultation-now');
			await expect(now).toContainText('1');
			await expect(awake(page, 'trpv1')).toBeVisible();
			await expect(stepName(page)).toHaveText(trpv1.names[lang][5]!);
			const before = await historyLength(page);

			// sensitised is TRPV1's last step: the next Page Down opens K2P at its first
			await page.keyboard.press('PageDown');
			await expect(awake(page, 'k2p')).toBeVisible();
			await expect(stepName(page)).toHaveText(k2p.names[lang][0]!);
			for (let i = 1; i < k2p.steps.length; i++) {
				await page.keyboard.press('PageDown');
				await expect(stepName(page)).toHaveText(k2p.names[lang][i]!);
			}
			await page.keyboard.press('PageDown');
			await expect(awake(page, 'cushion')).toBeVisible();
			await expect(stepName(page)).toHaveText(cushion.names[lang][0]!);
			await expect(now).toContainText('3');
			await page.keyboard.press('PageDown');
			await expect(stepName(page)).toHaveText(cushion.names[lang][1]!);
			const address = `${path}?s=trpv1:sensitised,k2p,cushion&at=3&step=${cushion.steps[1]}`;
			await expect(page).toHaveURL(address);
			expect(await historyLength(page)).toBe(before);

			// Page Up before a figure's first step goes back to the previous figure's last
			await page.keyboard.press('PageUp');
			await expect(stepName(page)).toHaveText(cushion.names[lang][0]!);
			await page.keyboard.press('PageUp');
			await expect(awake(page, 'k2p')).toBeVisible();
			await expect(stepName(page)).toHaveText(k2p.names[lang].at(-1)!);
			// the address names the step shown, so a reload or a bookmark opens it there
			const backAddress = `${path}?s=trpv1:sensitised,k2p,cushion&at=2&step=${k2p.steps.at(-1)}`;
			await expect(page).toHaveURL(backAddress);
			await page.reload();
			await expect(awake(page, 'k2p')).toBeVisible();
			await expect(stepName(page)).toHaveText(k2p.names[lang].at(-1)!);

			// leaving a page mid-load (a figure's chunk on its way) aborts requests: not a failure
			await page.goto(address);
			await expect(awake(page, 'cushion')).toBeVisible();
			await expect(stepName(page)).toHaveText(cushion.names[lang][1]!);
			expect(await accessibilityViolations(page)).toEqual([]);
			expect(problems).toEqual(noProblems);
		});

		test('a presented consultation stays presented, full screen, from one figure to the next and back; a blanked screen comes back on Page Down without leaving the figure, and the next Page Down moves on', async ({
			page
		}) => {
			await openConsultation(page, lang);
			await test.step(`/${lang}/consultation/: presented, it stays presented, full screen, from one figure to the next and back`, async () => {
				// every change of full screen is counted from before it is entered: the event that enters it
				// comes a frame after document.fullscreenElement is set, so a counter started after the poll
				// below could count the entry itself
				const fullscreenChanges = () =>
					page.evaluate(() => (window as unknown as { fullscreenChanges: number }).fullscreenChanges);
				await page.evaluate(() => {
					const counted = window as unknown as { fullscreenChanges: number };
					counted.fullscreenChanges = 0;
					document.addEventListener('fullscreenchange', () => counted.fullscreenChanges++);
				});
				await page.keyboard.press('f');
				const presented = (scene: string) =>
					page.locator(`figure.scene[data-scene="${scene}"] .scene-shell.presenting`);
				await expect(presented('trpv1')).toBeVisible();
				await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
				await expect.poll(fullscreenChanges).toBe(1);
				// the page's "Figure 1 of 2" line is behind the presentation: the caption says where it stands
				const place = (scene: string) => presented(scene).locator('.scene-title .scene-place');
				await expect(place('trpv1')).toHaveText(lang === 'fr' ? /Figure 1 sur 2$/ : /Figure 1 of 2$/);

				// past TRPV1's last step: K2P opens presented, the screen still full screen (it never left it, so
				// a projector does not flash the desktop between figures), the page behind it not scrolling
				const fullScreen = () => page.evaluate(() => document.fullscreenElement !== null);
				await page.keyboard.press('PageDown');
				await expect(presented('k2p')).toBeVisible();
				await expect(stepName(page)).toHaveText(k2p.names[lang][0]!);
				await expect(place('k2p')).toHaveText(lang === 'fr' ? /Figure 2 sur 2$/ : /Figure 2 of 2$/);
				expect(await fullScreen()).toBe(true);
				expect(await presented('k2p').boundingBox()).toEqual({ x: 0, y: 0, width: 1280, height: 800 });
				expect(await page.evaluate(() => document.documentElement.style.overflow)).toBe('hidden');

				// and back: TRPV1 presented at its last step; Escape then gives the page back, scrollable
				await page.keyboard.press('PageUp');
				await expect(presented('trpv1')).toBeVisible();
				await expect(stepName(page)).toHaveText(trpv1.names[lang].at(-1)!);
				// one change in all (the entry): none on the way from figure to figure
				expect(await fullscreenChanges()).toBe(1);
				await page.keyboard.press('Escape');
				await expect(page.locator('.scene-shell.presenting')).toHaveCount(0);
				// not presented, the page's own line says it (once)
				await expect(page.locator('.scene-place')).toHaveCount(0);
				// (named, not just counted: a failure says which element kept the screen)
				const heldBy = () =>
					page.evaluate(() => {
						const element = document.fullscreenElement;
						return element ? `${element.tagName.toLowerCase()}.${element.className}` : null;
					});
				await expect.poll(heldBy).toBeNull();
				await expect.poll(() => page.evaluate(() => document.documentElement.style.overflow)).toBe('');
				// the keys' focus is on the figure shown now, on the button that presents it, not lost in the page
				await expect(page.locator('figure.scene[data-scene="trpv1"] button.present')).toBeFocused();
			});
			await test.step(`/${lang}/consultation/: a blanked screen comes back on Page Down without leaving the figure; the next Page Down moves on`, async () => {
				// the presentation above has ended: the screen is the page's again, as on a consultation opened afresh
				await page.keyboard.press('f');
				await page.keyboard.press('End');
				await expect(stepName(page)).toHaveText(trpv1.names[lang].at(-1)!);
				// the clinician blanks the projector to talk, at the figure's last step, then pages on
				await page.keyboard.press('b');
				const blank = page.locator('.present-blank');
				await expect(blank).toBeVisible();
				const now = page.locator('#consultation-now');
				const first = { fr: 'Figure 1 sur 2', en: 'Figure 1 of 2' }[lang];
				await expect(now).toContainText(first);
				await page.keyboard.press('PageDown');
				await expect(blank).toHaveCount(0);
				await expect(now).toContainText(first);
				await expect(stepName(page)).toHaveText(trpv1.names[lang].at(-1)!);
				await page.keyboard.press('PageDown');
				await expect(now).toContainText({ fr: 'Figure 2 sur 2', en: 'Figure 2 of 2' }[lang]);
				await expect(page.locator('figure.scene[data-scene="k2p"] .scene-shell.presenting')).toBeVisible();
			});
		});

		test('Escape pressed while the next figure is still coming ends the presentation: it does not open presented', async ({
			page
		}) => {
			await openConsultation(page, lang);
			await page.keyboard.press('f');
			await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
			// a slow machine: the next figure takes a moment to be drawn, and the clinician does not wait for it
			const cdp = await page.context().newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
			await page.keyboard.press('PageDown');
			await page.keyboard.press('Escape');
			await expect(awake(page, 'k2p')).toBeVisible();
			await framesPass(page, 5); // the frames in which a figure carried over would open presented
			await expect(page.locator('.scene-shell.presenting')).toHaveCount(0);
			await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
			expect(await page.evaluate(() => document.documentElement.style.overflow)).toBe('');
		});

		test('a consultation is put together in a few clicks, and reordered by keyboard', async ({ page }) => {
			await page.goto(`/${lang}/scenes/trpv1/?step=${trpv1.steps[5]}`);
			await expect(awake(page)).toBeVisible();
			const add = { fr: 'Ajouter à la consultation', en: 'Add to consultation' }[lang];
			await page.getByRole('button', { name: add }).click();
			const added = page.locator('.consult-added');
			await expect(added).toContainText({ fr: '1 figure dans', en: '1 figure in' }[lang]);
			await page.goto(`/${lang}/scenes/k2p/`);
			await expect(awake(page)).toBeVisible();
			await page.getByRole('button', { name: add }).click();
			await expect(added).toContainText({ fr: '2 figures dans', en: '2 figures in' }[lang]);
			await page
				.getByRole('link', { name: /consultation/i })
				.filter({ hasText: /Ouvrir|Open/ })
				.click();

			await expect(page).toHaveURL(`/${lang}/consultation/?s=trpv1:sensitised,k2p`);
			await expect(awake(page, 'trpv1')).toBeVisible();
			// K2P up, by keyboard: the focus follows it
			const up = page.getByRole('button', { name: /K2P/ }).filter({ hasText: '↑' });
			await up.focus();
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(`/${lang}/consultation/?s=k2p,trpv1:sensitised`);
			await expect(awake(page, 'k2p')).toBeVisible();
			await expect(page.locator(':focus')).toHaveAccessibleName(/K2P/);
		});

		test('Share shows the figure’s address and a QR code that decodes to it, large enough to scan', async ({
			page,
			context,
			baseURL
		}) => {
			const problems = watch(page, baseURL!);
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			const path = `/${lang}/scenes/trpv1/`;
			await page.goto(path);
			await expect(awake(page)).toBeVisible();
			await page.keyboard.press('PageDown');
			await expect(page).toHaveURL(`${path}?step=${trpv1.steps[1]}`);
			const before = await page.evaluate(() => performance.getEntriesByType('resource').length);
			await page.getByRole('button', { name: lang === 'fr' ? 'Partager' : 'Share' }).click();
			const dialog = page.getByRole('dialog');
			await expect(dialog).toBeVisible();
			// the encoder came only now
			expect(await page.evaluate(() => performance.getEntriesByType('resource').length)).toBeGreaterThan(
				before
			);

			const address = page.url();
			await expect(dialog.getByRole('textbox')).toHaveValue(address);
			const qr = dialog.getByRole('img');
			const box = (await qr.boundingBox())!;
			const modules = Number(await qr.getAttribute('data-modules'));
			expect(box.width / modules).toBeGreaterThanOrEqual(4);
			expect(await decodeQr(page, await qr.screenshot())).toBe(address);

			await dialog
				.getByRole('button', { name: lang === 'fr' ? 'Copier l’adresse' : 'Copy the address' })
				.click();
			await expect(dialog.getByRole('status')).toHaveText(
				lang === 'fr' ? 'Adresse copiée.' : 'Address copied.'
			);
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);
			expect(await accessibilityViolations(page)).toEqual([]);
			await page.keyboard.press('Escape');
			await expect(dialog).toBeHidden();
			expect(problems).toEqual(noProblems);
		});
	});
}

test('a link whose keys a mail client or a reader wrote in another case opens the figure it names; -Infinity in it is taken as the slider’s lowest end, and said, as -1e999 is', async ({
	page
}) => {
	const path = '/en/scenes/trpv1/';
	await test.step(`${path}?Step=…&HEAT_C=99: keys in another case`, async () => {
		await page.goto(`${path}?Step=${trpv1.steps[5]}&HEAT_C=99`);
		await expect(awake(page)).toBeVisible();
		await expect(stepName(page)).toHaveText(trpv1.names.en[5]!);
		// the heat beyond the slider's end is said, as under its own key
		await expect(page.locator('.address-notes')).toContainText('99');
		await expect(page.locator('.address-notes')).toContainText('50');
		// once the figure writes its state, the address holds each key once, as the figure spells it
		await page.keyboard.press('PageUp');
		await expect(page).toHaveURL(`${path}?step=${trpv1.steps[4]}&heat_C=50`);
	});
	await test.step(`${path}?heat_C=-Infinity: taken as the slider’s lowest end, and said`, async () => {
		await page.goto(`${path}?heat_C=-Infinity`);
		await expect(awake(page)).toBeVisible();
		const note = page.locator('.address-notes');
		await expect(note).toContainText('−∞, below what it allows');
		await expect(note).not.toContainText('no usable value');
		await expect(note).not.toContainText('Infinity');
	});
});

test('a consultation shares its whole sequence, from its first figure, by a link and a QR code', async ({
	page,
	browser,
	baseURL
}) => {
	// the clinician is on the second figure, at another step: the patient gets the sequence from its start
	await page.goto(`/fr/consultation/?s=trpv1:sensitised,k2p&at=2&step=${k2p.steps[2]}`);
	await expect(awake(page, 'k2p')).toBeVisible();
	await page.getByRole('button', { name: 'Partager cette séquence (lien, code QR)' }).click();
	const dialog = page.getByRole('dialog', { name: 'Emporter cette séquence' });
	await expect(dialog).toBeVisible();
	// the patient's page: the figures to look at, not the clinician's builder
	const expected = `${baseURL}/fr/consultation/patient/?s=trpv1:sensitised,k2p`;
	await expect(dialog.getByRole('textbox', { name: 'Adresse de cette séquence' })).toHaveValue(expected);
	const qr = dialog.getByRole('img', { name: 'Code QR de l’adresse de cette séquence' });
	expect(await decodeQr(page, await qr.screenshot())).toBe(expected);
	expect(await accessibilityViolations(page)).toEqual([]);

	// the patient's phone opens it at the first figure, at the step the clinician chose, with both figures
	const phone = await browser.newPage({ viewport: { width: 390, height: 800 } });
	await phone.goto(expected);
	await expect(phone.locator('#consultation-now')).toHaveText(/^Figure 1 sur 2/);
	await expect(awake(phone, 'trpv1')).toBeVisible();
	await expect(stepName(phone, 'trpv1')).toHaveText(trpv1.names.fr[trpv1.steps.indexOf('sensitised')]!);
	await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Les figures qu’on vous a montrées');
	await expect(phone.getByRole('button', { name: /Partager cette séquence/ })).toHaveCount(0);
	await phone.close();
});

test('a figure added to a consultation keeps its settings there, as well as its step', async ({ page }) => {
	await page.goto('/en/scenes/pump/?step=run-down&oxygen=off');
	await expect(awake(page)).toBeVisible();
	await expect(page.getByRole('checkbox', { name: 'With oxygen' })).not.toBeChecked();
	await page.getByRole('button', { name: 'Add to consultation' }).click();
	await page
		.getByRole('link', { name: /consultation/i })
		.filter({ hasText: 'Open' })
		.click();

	await expect(page).toHaveURL(/\/en\/consultation\/\?s=pump:run-down:oxygen=off(&|$)/);
	await expect(awake(page, 'pump')).toBeVisible();
	await expect(stepName(page, 'pump')).toHaveText(pump.names.en[pump.steps.indexOf('run-down')]!);
	await expect(page.getByRole('checkbox', { name: 'With oxygen' })).not.toBeChecked();
	// the list says the figure has settings of its own
	await expect(
		page.getByRole('button', { name: /Show .*with the settings it was added with/ })
	).toBeVisible();
});

test('presented, a consultation moves on with the on-screen buttons too, for a mouse or a touch screen', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto(`/en/consultation/?s=trpv1:${trpv1.steps.at(-1)},k2p`);
	await expect(awake(page, 'trpv1')).toBeVisible();
	await page.keyboard.press('f');
	const bar = page.locator('.scene-shell.presenting .transport');
	// at TRPV1's last step, ▶ names the next figure and opens it, presented
	const next = bar.getByRole('button', { name: /^Next figure: K2P/ });
	await expect(next).toHaveAttribute('aria-disabled', 'false');
	await next.click();
	await expect(page.locator('.scene-shell.presenting')).toHaveCount(1);
	await expect(page.locator('figure.scene[data-scene="k2p"] .scene-shell.presenting')).toBeVisible();
	await expect(stepName(page)).toHaveText(k2p.names.en[0]!);
	// at K2P's first step, ◀ goes back to TRPV1, at its last step
	await bar.getByRole('button', { name: /^Previous figure: TRPV1/ }).click();
	await expect(page.locator('figure.scene[data-scene="trpv1"] .scene-shell.presenting')).toBeVisible();
	await expect(stepName(page)).toHaveText(trpv1.names.en.at(-1)!);
	// and on a figure alone, the last step's ▶ is still just disabled
	await page.goto('/en/scenes/k2p/?step=' + k2p.steps.at(-1));
	await expect(awake(page)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Next step', exact: true })).toHaveAttribute(
		'aria-disabled',
		'true'
	);
});

test('presented, Tab stays in the figure: the consultation’s buttons behind it are out of reach until it ends', async ({
	page
}) => {
	await openConsultation(page, 'en');
	await page.keyboard.press('f');
	await expect(page.locator('.scene-shell.presenting')).toBeVisible();
	/** where each Tab lands: inside the presented figure, or (past its last control) nowhere on the page */
	const landings: string[] = [];
	for (let i = 0; i < 40; i++) {
		await page.keyboard.press('Tab');
		landings.push(
			await page.evaluate(() => {
				const focused = document.activeElement;
				if (!focused || focused === document.body) return 'nowhere';
				return focused.closest('.scene-shell.presenting') ? 'figure' : focused.outerHTML.slice(0, 80);
			})
		);
	}
	expect(landings.filter((landing) => landing !== 'figure' && landing !== 'nowhere')).toEqual([]);
	expect(landings).toContain('figure');
	await page.keyboard.press('Escape');
	await expect(page.locator('.scene-shell.presenting')).toHaveCount(0);
	// the page is back once it scrolls again and the focus has returned to where it was (after full screen
	// ends, a moment later on a busy machine): only then is a button behind the figure the reader's to reach
	await expect.poll(() => page.evaluate(() => document.documentElement.style.overflow)).not.toBe('hidden');
	await expect(page.locator('[inert]')).toHaveCount(0);
	const next = page.locator('.sequence-nav').getByRole('button', { name: /Next figure/ });
	await next.focus();
	await expect(next).toBeFocused();
});

test('an article’s figures are lined up in one click, in its order, after those already there', async ({
	page,
	baseURL
}) => {
	const problems = watch(page, baseURL!);
	await page.goto('/fr/consultation/');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const articles = page.getByRole('group', { name: /figures d’un article/ });
	await articles.getByRole('button', { name: 'La glucopuncture : 4 figures' }).click();
	await expect(page).toHaveURL('/fr/consultation/?s=trpv1,k2p,pump,hydrodissection');
	await expect(page.locator('#consultation-now')).toHaveText(/^Figure 1 sur 4/);
	await expect(awake(page, 'trpv1')).toBeVisible();
	await articles.getByRole('button', { name: /L’hydrotomie percutanée : 2 figures/ }).click();
	await expect(page).toHaveURL('/fr/consultation/?s=trpv1,k2p,pump,hydrodissection,needle-depth,cushion');
	// what was shown stays shown
	await expect(page.locator('#consultation-now')).toHaveText(/^Figure 1 sur 6/);
	expect(problems).toEqual(noProblems);
});

test('a consultation link that cannot all be read says so, and never opens another sequence instead', async ({
	page
}) => {
	// the sequence prepared in this browser: an article's four figures
	await page.goto('/en/consultation/');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.getByRole('button', { name: 'Glucopuncture: 4 figures' }).click();
	await expect(page.locator('#consultation-now')).toHaveText(/^Figure 1 of 4/);
	await page.goto('/en/consultation/?s=trpv1,garbage,k2p');
	await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toContainText(
		'Part of this link’s sequence could not be read: “garbage”, a figure the site does not have.'
	);
	await expect(page.locator('#consultation-now')).toHaveText(/^Figure 1 of 2/);
	// a link whose sequence names nothing does not open the one prepared here
	await page.goto('/en/consultation/?s=garbage');
	await expect(page.getByRole('status').filter({ hasText: 'names no figure' })).toBeVisible();
	await expect(page.locator('#consultation-now')).toHaveCount(0);
	// and neither link replaced it (consultation-draft.spec.ts)
	await page.goto('/en/consultation/');
	await expect(page.locator('#consultation-now')).toHaveText(/^Figure 1 of 4/);
	// a link that reads whole says nothing
	await page.goto('/en/consultation/?s=trpv1:sensitised,k2p');
	await expect(awake(page, 'trpv1')).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toHaveCount(0);
	// two steps named: the figure opens at the first, and the note says so, by the name the figure shows
	await page.goto('/en/consultation/?s=trpv1:sensitised:at-rest');
	await expect(awake(page, 'trpv1')).toBeVisible();
	await expect(stepName(page, 'trpv1')).toHaveText(trpv1.names.en[trpv1.steps.indexOf('sensitised')]!);
	await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toContainText(
		'“trpv1:sensitised:at-rest”, more than one step named (it opens at the first, “The same, sensitised”; ' +
			'the rest is left out)'
	);
	// a step the figure lacks, beside the sequence: it opens at the step the sequence chose, and says so
	await page.goto('/en/consultation/?s=trpv1:sensitised&step=zzz');
	await expect(awake(page, 'trpv1')).toBeVisible();
	await expect(stepName(page, 'trpv1')).toHaveText(trpv1.names.en[trpv1.steps.indexOf('sensitised')]!);
	await expect(page.locator('.address-notes')).toContainText(
		'a step “zzz”, which it does not have: it opens at the step “The same, sensitised”.'
	);
	// a setting the figure cannot take: it says so, and the sequence (and the link it shares) then holds the
	// value shown, not the one refused
	await page.goto('/en/consultation/?s=pump:glucose_mM=99999');
	await expect(page.locator('.address-notes')).toContainText('99999, above what it allows');
	await expect(page).toHaveURL(/\?s=pump:glucose_mM=277\.5(&|$)/);
	expect(page.url()).not.toContain('99999');
	await page.getByRole('button', { name: /^Share this sequence/ }).click();
	await expect(page.getByRole('dialog').getByRole('textbox')).toHaveValue(
		/\/en\/consultation\/patient\/\?s=pump:glucose_mM=277\.5$/
	);
	// and a figure not shown yet: the link shared mends it as that figure would
	await page.goto('/en/consultation/?s=pump:glucose_mM=99999,cushion&at=2');
	await expect(awake(page, 'cushion')).toBeVisible();
	await page.getByRole('button', { name: /^Share this sequence/ }).click();
	await expect(page.getByRole('dialog').getByRole('textbox')).toHaveValue(
		/\/en\/consultation\/patient\/\?s=pump:glucose_mM=277\.5,cushion$/
	);
	// a figure number beyond the sequence opens its last figure, and says why
	await page.goto('/en/consultation/?s=trpv1,k2p&at=9');
	await expect(page.locator('#consultation-now')).toHaveText(/^Figure 2 of 2/);
	await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toContainText(
		'figure “9”, which the sequence does not have (figure 2 is shown)'
	);
});

test('a consultation link written in capitals (?S=…&AT=2) opens its sequence, and is then written once', async ({
	page
}) => {
	await page.goto('/en/consultation/?S=trpv1:sensitised,k2p&AT=2');
	await expect(page.locator('#consultation-now')).toHaveText(/^Figure 2 of 2/);
	await expect(page).toHaveURL('/en/consultation/?s=trpv1:sensitised,k2p&at=2');
	await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toHaveCount(0);
});
