import { expect, test, type Page } from '@playwright/test';

// A GP builds the glucopuncture sequence (TRPV1, K2P, the pump, hydrodissection) and presents it: the three
// figures of established physiology carried no evidence label on her screen, presented or not, while the
// patient's copy of the same link says, above each, that the injection's part in it is unproven (clinician
// review, stop 61, D1). Now every figure of a consultation, on the desk and on the projector, names the idea it
// illustrates with its label, as the patient's page does.
const sequence = 's=trpv1,k2p,pump,hydrodissection';
const levels = {
	fr: { trpv1: 'Non démontré', k2p: 'Non démontré', pump: 'Non démontré', hydrodissection: 'Petits essais' },
	en: {
		trpv1: 'Not supported',
		k2p: 'Not supported',
		pump: 'Not supported',
		hydrodissection: 'Small trials'
	}
} as const;
const next = { fr: 'Figure suivante', en: 'Next figure' } as const;

const figure = (page: Page) => page.locator('figure.scene[data-awake="true"]');

for (const lang of ['fr', 'en'] as const) {
	test(`${lang}: on the consultation page each figure opens with its idea and that idea's label`, async ({
		page
	}) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto(`/${lang}/consultation/?${sequence}`);
		for (const [scene, level] of Object.entries(levels[lang])) {
			await expect(page.locator(`figure.scene[data-scene="${scene}"][data-awake="true"]`)).toBeVisible();
			const lead = page.locator('.patient-lead');
			await expect(lead).toHaveCount(1);
			await expect(lead.locator('.badge')).toContainText(level);
			await expect(lead).toBeInViewport();
			if (scene !== 'hydrodissection') await page.getByRole('button', { name: next[lang] }).first().click();
		}
	});

	test(`${lang} 1366×768: presented, every figure of the sequence keeps its label on screen at every step`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 1366, height: 768 });
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto(`/${lang}/consultation/?${sequence}`);
		await expect(figure(page)).toBeVisible();
		await page.locator('h1').click();
		await page.keyboard.press('f');
		const shell = page.locator('.scene-shell.presenting');
		for (const [scene, level] of Object.entries(levels[lang])) {
			await expect(page.locator(`figure.scene[data-scene="${scene}"] .scene-shell.presenting`)).toBeVisible();
			const badge = shell.locator('.scene-claim .badge');
			// from the figure's first step to its last by PageDown, as a clicker goes: the label stays at every step
			const stepOf = shell.locator('.scene-step-of');
			const total = Number(/(\d+)\D*$/.exec((await stepOf.textContent()) ?? '')?.[1]);
			expect(total, scene).toBeGreaterThan(1);
			for (let step = 1; step <= total; step++) {
				await expect(stepOf).toContainText(new RegExp(`\\b${step}\\D+${total}\\b`));
				await expect(badge, `${scene}, step ${step}`).toHaveCount(1);
				await expect(badge).toContainText(level);
				await expect(badge).toBeInViewport({ ratio: 1 });
				if (step < total || scene !== 'hydrodissection') await page.keyboard.press('PageDown');
			}
		}
	});
}
