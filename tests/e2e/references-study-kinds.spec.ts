import { expect, test } from '@playwright/test';
import { accessibilityViolations, openHydrated } from './site';

// A patient who follows a badge's source to the references page finds "Revue systématique Cochrane" or
// "Essai randomisé, 60 poignets" (patient review D5): each source's kind of study links to a plain account of
// what such a study can and cannot show, above the list.
const cases = [
	{
		lang: 'fr',
		path: '/fr/references/',
		trial: { ref: 'wu-2017', line: 'Essai randomisé, 60 poignets', meaning: /hasard/ },
		review: { ref: 'dagenais-2007', line: 'Revue systématique Cochrane', meaning: /Cochrane est un réseau/ }
	},
	{
		lang: 'en',
		path: '/en/references/',
		trial: { ref: 'wu-2017', line: 'Randomised trial, 60 wrists', meaning: /Chance decides/ },
		review: {
			ref: 'dagenais-2007',
			line: 'Cochrane systematic review',
			meaning: /Cochrane is an independent/
		}
	}
] as const;

for (const c of cases) {
	test(`${c.lang}: a source's kind of study links to what that kind means, in plain words`, async ({
		page
	}) => {
		await page.goto(c.path);
		for (const { ref, line, meaning } of [c.trial, c.review]) {
			const link = page.locator(`[id="ref-${ref}"]`).getByRole('link', { name: line, exact: true });
			await link.click();
			const kind = page.locator(':target');
			await expect(kind).toBeInViewport();
			await expect(kind).toHaveJSProperty('tagName', 'DT');
			await expect(kind.locator('xpath=following-sibling::dd[1]')).toHaveText(meaning);
		}
		expect(await accessibilityViolations(page, undefined, 'dl.kinds')).toEqual([]);
	});
}

// …and from the article itself: a badge's sheet names each source's kind of study as a link to that account.
for (const { lang, path, line } of [
	{ lang: 'fr', path: '/fr/glucopuncture/', line: 'Essai randomisé, 60 poignets' },
	{ lang: 'en', path: '/en/glucopuncture/', line: 'Randomised trial, 60 wrists' }
] as const) {
	test(`${lang}: a badge's sheet links a source's kind of study to what it means`, async ({ page }) => {
		await openHydrated(page, path);
		const sheet = page.locator('[popover]:has(a[href$="#ref-wu-2017"])').first();
		const id = await sheet.getAttribute('id');
		const badge = page.locator(`[popovertarget="${id}"]`).first();
		await badge.scrollIntoViewIfNeeded();
		await badge.click();
		await expect(sheet).toBeVisible();
		await sheet.getByRole('link', { name: line, exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/references/#kind-trial$`));
		await expect(page.locator('[id="kind-trial"]')).toBeInViewport();
	});
}
