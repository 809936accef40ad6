import { expect, test } from '@playwright/test';
import en from '../../src/lib/lab/messages/en.json' with { type: 'json' };
import fr from '../../src/lib/lab/messages/fr.json' with { type: 'json' };
import { openHydrated } from './site';

// A lecturer's review (D4): the lab's cases for a sensitised ending and for opened K2P or TRPV1 channels set
// permeabilities our model chose; a student must not note them as a terminal's measured values. Choosing one
// says so under the buttons; the neuron and the squid (Hodgkin and Katz's measure) say nothing.
for (const { lang, path, m } of [
	{ lang: 'fr', path: '/fr/labo/', m: fr },
	{ lang: 'en', path: '/en/lab/', m: en }
] as const) {
	test(`${lang}: a model case says its permeability is the model's choice; a measured case does not`, async ({
		page
	}) => {
		await openHydrated(page, path);
		const note = page.getByText(m.presetsModelNote);
		await expect(note).toHaveCount(0);
		for (const id of ['facilitated', 'k2p-open', 'trpv1-open']) {
			await page.locator(`[data-preset="${id}"]`).click();
			await expect(note).toBeVisible();
		}
		await page.locator('[data-preset="squid"]').click();
		await expect(note).toHaveCount(0);
	});
}
