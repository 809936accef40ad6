import { expect, test } from '@playwright/test';
import { decodeQr } from './qr';
import { accessibilityViolations, awakeFigure } from './site';

// The patient's page (the link a clinician shares, /fr/consultation/patient/?s=…), as a patient opens it on a
// small phone: each figure opens with one plain sentence and the evidence label of the idea it illustrates,
// the figures carry none of the clinician's tools, "Share" gives the whole sequence, the page ends with a
// way on, and nothing jumps while it loads.
const sequence = 'trpv1,k2p,pump,hydrodissection,needle-depth,cushion';
const scenes = sequence.split(',');

const awake = awakeFigure;

const cases = [
	{
		lang: 'fr',
		next: 'Figure suivante',
		share: 'Partager',
		shareDialog: 'Emporter ces figures',
		edit: 'Modifier cette séquence',
		compare: 'Comparer les options',
		sheets: [/glucopuncture/, /hydrotomie/],
		// the evidence label each figure opens with, in the order of the sequence
		labels: ['Non démontré', 'Non démontré', 'Non démontré', 'Petits essais', 'Non démontré', 'Non démontré']
	},
	{
		lang: 'en',
		next: 'Next figure',
		share: 'Share',
		shareDialog: 'Take these figures home',
		edit: 'Edit this sequence',
		compare: 'Compare the options',
		sheets: [/glucopuncture/, /hydrotomy/],
		labels: [
			'Not supported',
			'Not supported',
			'Not supported',
			'Small trials',
			'Not supported',
			'Not supported'
		]
	}
] as const;

/** Words a patient does not read: units of the lab, ion symbols, the channels' names. */
const jargon = /\bmV\b|\bmM\b|⁺|\bATP\b|TRPV1|K2P|\bNa\b/;

for (const c of cases) {
	test(`${c.lang}: each figure opens with a plain sentence and its evidence label, no box to tick`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto(`/${c.lang}/consultation/patient/?s=${sequence}`);
		for (const [i, scene] of scenes.entries()) {
			const figure = awake(page, scene);
			await expect(figure).toBeVisible();
			const lead = figure.locator('.patient-lead');
			await expect(lead).toBeVisible();
			const sentence = (await lead.locator('.patient-lead-text').textContent())?.trim() ?? '';
			expect(sentence.length, scene).toBeGreaterThan(40);
			expect(sentence, scene).not.toMatch(jargon);
			// the label, seen without ticking anything, and the references behind it
			const badge = lead.locator('.evidence');
			await expect(badge.locator('.badge')).toContainText(c.labels[i]!);
			expect(await badge.locator('.refs a').count(), scene).toBeGreaterThan(0);
			// it opens the figure: above its drawing
			const [leadBox, drawing] = await Promise.all([
				lead.boundingBox(),
				figure.locator('.scene-stage').boundingBox()
			]);
			expect(leadBox!.y + leadBox!.height, scene).toBeLessThanOrEqual(drawing!.y + 1);
			if (i < scenes.length - 1) await page.getByRole('button', { name: c.next }).first().click();
		}
	});

	test(`${c.lang}: the figures show no clinician tools, Share gives the sequence, the page ends with a way on`, async ({
		page,
		baseURL
	}) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto(`/${c.lang}/consultation/patient/?s=trpv1:sensitised,cushion&at=2`);
		const figure = awake(page, 'cushion');
		await expect(figure).toBeVisible();
		const controls = figure.locator('.scene-controls');
		await expect(controls.locator('button.present')).toHaveCount(0);
		await expect(controls.locator('button.embed-button')).toHaveCount(0);
		await expect(controls.locator('button.help-button')).toHaveCount(0);
		await expect(controls.locator('option[value="projector"]')).toHaveCount(0);
		expect(await accessibilityViolations(page)).toEqual([]);
		// the keys of a presentation and of the key list do nothing either
		await figure.locator('.scene-stage').click();
		await page.keyboard.press('?');
		await page.keyboard.press('f');
		await expect(page.locator('dialog.key-help[open]')).toHaveCount(0);
		await expect(figure.locator('.scene-shell.presenting')).toHaveCount(0);
		expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
		await expect(page.getByRole('link', { name: c.edit })).toHaveCount(0);

		// Share: the patient's page for the whole sequence, from its start, not the figure shown
		await controls.getByRole('button', { name: c.share }).click();
		const dialog = page.getByRole('dialog', { name: c.shareDialog });
		await expect(dialog).toBeVisible();
		const expected = `${baseURL}/${c.lang}/consultation/patient/?s=trpv1:sensitised,cushion`;
		await expect(dialog.getByRole('textbox')).toHaveValue(expected);
		expect(await decodeQr(page, await dialog.getByRole('img').screenshot())).toBe(expected);
		await page.keyboard.press('Escape');

		// the way on: the choosing page and the two printed sheets, after the figures
		const wayOn = page.locator('.patient-way-on');
		await expect(wayOn.getByRole('link', { name: c.compare })).toHaveAttribute(
			'href',
			c.lang === 'fr' ? '/fr/choisir/' : '/en/choosing/'
		);
		const sheets = wayOn.getByRole('link').filter({ hasNot: page.getByText(c.compare) });
		await expect(sheets).toHaveText([c.sheets[0], c.sheets[1]]);
		await expect(sheets.first()).toHaveAttribute(
			'href',
			c.lang === 'fr' ? '/fr/fiche-glucopuncture/' : '/en/handout-glucopuncture/'
		);
		const [figureBox, wayOnBox] = await Promise.all([figure.boundingBox(), wayOn.boundingBox()]);
		expect(wayOnBox!.y).toBeGreaterThan(figureBox!.y + figureBox!.height);
	});

	for (const [width, height] of [
		[320, 640],
		[360, 740]
	] as const) {
		test(`${c.lang} ${width}×${height}: nothing jumps while the patient's page loads (layout shift < 0.1)`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height });
			await page.addInitScript(() => {
				const w = window as unknown as { shifts: { value: number; at: number }[] };
				w.shifts = [];
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as unknown as {
						value: number;
						hadRecentInput: boolean;
						startTime: number;
					}[])
						if (!entry.hadRecentInput) w.shifts.push({ value: entry.value, at: entry.startTime });
				}).observe({ type: 'layout-shift', buffered: true });
			});
			await page.goto(`/${c.lang}/consultation/patient/?s=${sequence}`);
			await expect(awake(page, 'trpv1')).toBeVisible();
			// the live figure drawn and laid out: two frames after it wakes
			await page.evaluate(
				() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
			);
			const shifts = await page.evaluate(
				() => (window as unknown as { shifts: { value: number; at: number }[] }).shifts
			);
			const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
			expect(total, JSON.stringify(shifts)).toBeLessThan(0.1);
		});
	}
}
