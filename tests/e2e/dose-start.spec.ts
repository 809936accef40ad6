import { expect, test } from '@playwright/test';
import { holdIslandsScript } from './site';

// The dose calculator's fields are enabled by its own code as it starts, not before by the islands' starter:
// a value typed as its code started was overwritten by the one it was drawn with ("100" typed after
// clearing the field became "20100", about one try in six on a busy machine). Until then they say they are
// unavailable, as they do without JavaScript, instead of taking keys they would lose.

for (const lang of ['fr', 'en'] as const) {
	test(`${lang}: the dose calculator takes what is typed only once its code has started, and keeps all of it`, async ({
		page
	}) => {
		const release = await holdIslandsScript(page);
		await page.goto(lang === 'fr' ? '/fr/glucopuncture/' : '/en/glucopuncture/');
		const volume = page.locator('section.dose input').first();
		await volume.scrollIntoViewIfNeeded();
		// the page has painted, its code is on its way: the fields wait for it
		await expect(volume).toBeDisabled();
		await expect(volume).toHaveValue('20');
		release();
		await expect(volume).toBeEnabled();
		await volume.fill('');
		await volume.pressSequentially('100', { delay: 50 });
		await expect(volume).toHaveValue('100');
		await expect(page.locator('section.dose output')).toContainText(/5\s?g/);
	});
}
