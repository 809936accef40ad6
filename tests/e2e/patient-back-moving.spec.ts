import { expect, test, type Page } from '@playwright/test';
import { sceneCases } from './scene-table';
import { awakeFigure, hydrated } from './site';

// The patient's page, left for the next figure while the figure plays or runs to a step just pressed: Back
// shows it at the step it was on or heading for, not at its first step. A figure writes its step into the
// address as it sets off for a step asked for, and once at rest after play; the page keeps the step itself as it
// moves on. Time is the test's (page.clock).
const cases = [
	{ lang: 'fr', next: 'Figure suivante', play: 'Lire', step: /^Étape suivante/ },
	{ lang: 'en', next: 'Next figure', play: 'Play', step: /^Next step/ }
] as const;

async function open(page: Page, lang: string) {
	await page.clock.install();
	await page.goto(`/${lang}/consultation/patient/?s=trpv1,k2p`);
	await hydrated(page);
	await expect(awakeFigure(page, 'trpv1')).toBeVisible();
	// time stands still from here: it moves only when the test says
	await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
}
/** the TRPV1 figure's steps in order, by the ids its address names them with */
const trpv1Steps = sceneCases.find((s) => s.id === 'trpv1')!.steps;
const scrub = (page: Page, scene: string) => awakeFigure(page, scene).getByRole('slider').first();
const position = async (page: Page) => Number(await scrub(page, 'trpv1').getAttribute('aria-valuenow'));

for (const c of cases) {
	test(`${c.lang}: played, then the next figure: Back shows the step the figure had reached`, async ({
		page
	}) => {
		await open(page, c.lang);
		await awakeFigure(page, 'trpv1').getByRole('button', { name: c.play, exact: true }).click();
		await page.clock.runFor(5000);
		const reached = await position(page);
		expect(reached).toBeGreaterThan(1);
		await page.getByRole('button', { name: c.next, exact: true }).click();
		// time flows again: the next figure wakes
		await page.clock.resume();
		await expect(awakeFigure(page, 'k2p')).toBeVisible();
		await page.goBack();
		await expect(awakeFigure(page, 'trpv1')).toBeVisible();
		// the step it stood at, or the one it was playing towards
		expect([reached, reached + 1]).toContain(await position(page));
		expect(new URL(page.url()).searchParams.get('step')).not.toBeNull();
	});

	test(`${c.lang}: two quick steps, then the next figure at once: Back shows the second step`, async ({
		page
	}) => {
		await open(page, c.lang);
		const step = awakeFigure(page, 'trpv1').getByRole('button', { name: c.step });
		await step.first().click();
		await step.first().click();
		// still on its way (time has not moved), the address names the step it is heading for
		await expect(scrub(page, 'trpv1')).not.toHaveAttribute('aria-valuenow', '3');
		expect(new URL(page.url()).searchParams.get('step')).toBe(trpv1Steps[2]);
		await page.getByRole('button', { name: c.next, exact: true }).click();
		// time flows again: the next figure wakes
		await page.clock.resume();
		await expect(awakeFigure(page, 'k2p')).toBeVisible();
		await page.goBack();
		await expect(awakeFigure(page, 'trpv1')).toBeVisible();
		await expect(scrub(page, 'trpv1')).toHaveAttribute('aria-valuenow', '3');
	});
}
