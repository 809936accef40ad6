import { expect, test, type Page } from '@playwright/test';
import { awakeFigure, openHydrated } from './site';

// A physiotherapist's clicker (a Logitech R400, R500) starts the slideshow with F5, or Shift+F5, and ends it
// with Escape. F5 is the browser's reload: on a consultation it must present the figure, as F does, and
// pressed again while presenting it keeps presenting; anywhere F does nothing, it still reloads (keyboard
// review D1). A synthetic F5 reloads nothing in a headless browser: what stops the reload, the event's
// default being prevented, is read here.
test.use({ viewport: { width: 1920, height: 1080 } });

const presenting = (page: Page) => page.locator('.scene-shell.presenting');
const stepName = (page: Page) => page.locator('.scene-shell.presenting .scene-now .scene-step-name');

/** Records, for each F5 pressed from now on, whether the page stopped the browser's reload. */
async function watchF5(page: Page): Promise<() => Promise<boolean[]>> {
	await page.evaluate(() => {
		const seen: boolean[] = [];
		(window as unknown as { f5: boolean[] }).f5 = seen;
		addEventListener(
			'keydown',
			(event) => {
				// read once every listener has had it
				if (event.key === 'F5') setTimeout(() => seen.push(event.defaultPrevented));
			},
			true
		);
	});
	return () => page.evaluate(() => [...(window as unknown as { f5: boolean[] }).f5]);
}

async function openConsultation(page: Page, lang: 'en' | 'fr') {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(`/${lang}/consultation/?s=trpv1,k2p,pump`);
	await expect(awakeFigure(page, 'trpv1')).toBeVisible();
}

for (const lang of ['en', 'fr'] as const) {
	test(`${lang}: the clicker's F5 presents the consultation, and pressed again keeps presenting`, async ({
		page
	}) => {
		await openConsultation(page, lang);
		const prevented = await watchF5(page);
		await page.locator('h1').click();
		await page.keyboard.press('F5');
		await expect(presenting(page)).toBeVisible();
		// the start button pressed twice: still presenting, and no reload
		const before = await stepName(page).textContent();
		await page.keyboard.press('F5');
		await page.keyboard.press('PageDown');
		await expect(stepName(page)).not.toHaveText(before ?? '');
		await expect(presenting(page)).toBeVisible();
		await expect.poll(prevented).toEqual([true, true]);
		// the same button's Escape ends it
		await page.keyboard.press('Escape');
		await expect(presenting(page)).toHaveCount(0);
	});
}

test('Shift+F5 presents too, from a button of the sequence builder where the focus was left', async ({
	page
}) => {
	await openConsultation(page, 'en');
	const prevented = await watchF5(page);
	await page
		.getByRole('button', { name: /^Move down: / })
		.first()
		.focus();
	await page.keyboard.press('Shift+F5');
	await expect(presenting(page)).toBeVisible();
	await expect.poll(prevented).toEqual([true]);
});

test('F5 still reloads where nothing presents: a field typed in, the "Starts at" menu, a page without a figure', async ({
	page
}) => {
	await openConsultation(page, 'en');
	const prevented = await watchF5(page);
	await page
		.getByRole('combobox', { name: /^Starts at/ })
		.first()
		.focus();
	await page.keyboard.press('F5');
	await page.getByRole('combobox', { name: 'Figure to add' }).focus();
	await page.keyboard.press('F5');
	await expect.poll(prevented).toEqual([false, false]);
	await expect(presenting(page)).toHaveCount(0);

	await openHydrated(page, '/en/choosing/');
	const onChoosing = await watchF5(page);
	await page.locator('h1').click();
	await page.keyboard.press('F5');
	await expect.poll(onChoosing).toEqual([false]);
});

test('the "?" key list names F5 and Shift+F5, in each language', async ({ page }) => {
	for (const [lang, shift] of [
		['en', 'Shift+F5'],
		['fr', 'Maj+F5']
	] as const) {
		await openConsultation(page, lang);
		await page.locator('h1').click();
		await page.keyboard.press('?');
		const list = page.locator('dialog.key-help[open]');
		await expect(list).toBeVisible();
		await expect(list.locator('dt', { hasText: 'F5' })).toContainText(shift);
	}
});
