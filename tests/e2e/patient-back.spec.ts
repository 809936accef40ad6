import { expect, test } from '@playwright/test';
import { awakeFigure } from './site';

// On the patient's page of a shared sequence, a phone's Back returns to the figure before, at the step it was
// left at, as it would between pages; past the first figure it leaves the page. (The clinician's page keeps
// one history entry: a clicker stepping through a sequence would otherwise make Back walk it all.)
const cases = [
	{ lang: 'fr', next: 'Figure suivante', now: /Figure (\d) sur 3/, start: 'Accueil' },
	{ lang: 'en', next: 'Next figure', now: /Figure (\d) of 3/, start: 'Home' }
] as const;

for (const c of cases) {
	test(`${c.lang}: Back on the patient's page goes to the figure before, then off the page`, async ({
		page
	}) => {
		await page.goto(`/${c.lang}/`);
		await page.goto(`/${c.lang}/consultation/patient/?s=trpv1,k2p,cushion`);
		const now = page.locator('#consultation-now');
		const awake = (scene: string) => awakeFigure(page, scene);
		await expect(awake('trpv1')).toBeVisible();
		// the first figure, stepped on once: Back will bring it back there
		await awake('trpv1')
			.getByRole('button', { name: /step|étape/i })
			.last()
			.click();
		const scrub = (scene: string) => awake(scene).getByRole('slider').first();
		await expect(scrub('trpv1')).toHaveAttribute('aria-valuenow', '2');
		// the figure writes the step it stands at into the address (once its passage has played)
		const stepInAddress = () => new URL(page.url()).searchParams.get('step');
		await expect.poll(stepInAddress).not.toBeNull();
		const leftAt = stepInAddress();
		const next = page.getByRole('button', { name: c.next, exact: true });
		await next.click();
		await expect(now).toContainText(c.now);
		await expect(awake('k2p')).toBeVisible();
		await next.click();
		await expect(awake('cushion')).toBeVisible();

		await page.goBack();
		await expect(awake('k2p')).toBeVisible();
		await expect(now).toHaveText(new RegExp(c.now.source.replace('(\\d)', '2')));
		await page.goBack();
		await expect(awake('trpv1')).toBeVisible();
		await expect(now).toHaveText(new RegExp(c.now.source.replace('(\\d)', '1')));
		expect(stepInAddress()).toBe(leftAt);
		await expect(scrub('trpv1')).toHaveAttribute('aria-valuenow', '2');
		// and Forward goes on again
		await page.goForward();
		await expect(awake('k2p')).toBeVisible();
		await page.goBack();
		await expect(awake('trpv1')).toBeVisible();
		// past the first figure, Back leaves the page
		await page.goBack();
		await expect(page).toHaveURL(new RegExp(`/${c.lang}/$`));
	});
}
