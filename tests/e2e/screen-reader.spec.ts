import { expect, test, type Page } from '@playwright/test';

// What a screen reader hears after an action (review sr): every change of a live region or status is
// logged, as a MutationObserver in the page sees it, and an action must set off one announcement, with the
// numbers it lands on, never a run of in-between or stale ones. And what a control says of itself: its
// name, its state, its value's unit.

interface Said {
	region: string;
	text: string;
}

/** Starts logging what the page's live regions say from now on (each change of their text, once). */
async function listen(page: Page) {
	await page.evaluate(() => {
		const log: { region: string; text: string }[] = [];
		(window as unknown as { said: typeof log }).said = log;
		const selector =
			'[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], output:not([aria-live="off"])';
		const seen = new WeakMap<Element, string>();
		const take = () =>
			document.querySelectorAll(selector).forEach((region) => {
				const text = (region.textContent ?? '').replace(/\s+/g, ' ').trim();
				if (seen.get(region) === text) return;
				seen.set(region, text);
				const name = [region.className, ...region.getAttributeNames().filter((a) => a.startsWith('data-'))];
				if (text) log.push({ region: name.join(' '), text });
			});
		take();
		log.length = 0;
		new MutationObserver(take).observe(document.body, {
			subtree: true,
			childList: true,
			characterData: true,
			attributes: true
		});
	});
}
/** what was said since listen(), by regions whose class or data attributes include `region` */
const said = (page: Page, region: string) =>
	page.evaluate(
		(region) =>
			(window as unknown as { said: Said[] }).said
				.filter((s) => s.region.includes(region))
				.map((s) => s.text),
		region
	);
const squeeze = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

async function openAlive(page: Page, path: string) {
	await page.goto(path, { waitUntil: 'networkidle' });
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}
async function openScene(page: Page, path: string) {
	await openAlive(page, path);
	await page.locator('[data-questions]').scrollIntoViewIfNeeded();
	await page.locator('[data-questions][data-live="true"]').waitFor();
	await page.locator('figure.scene[data-awake="true"]').waitFor();
}

test.describe('in motion', () => {
	test.use({ reducedMotion: 'no-preference' });

	test('D1: checking a prediction on a scene page says the verdict and then only the step the figure lands on', async ({
		page
	}) => {
		test.setTimeout(60_000);
		await openScene(page, '/en/scenes/k2p/');
		const description = page.locator('.scene-live .scene-description');
		// open-more travels four steps forward; few-open one step on, with a new share of open channels
		for (const [id, step] of [
			['open-more', 'hyperpolarised'],
			['few-open', 'fewer-signals']
		] as const) {
			const question = page.locator(`li[data-question="${id}"]`);
			await question.getByRole('radio').nth(1).check();
			await listen(page);
			await question.locator('summary').click();
			// the address is written once the figure is at rest at the step asked about
			await expect.poll(() => new URL(page.url()).searchParams.get('step'), { timeout: 15_000 }).toBe(step);
			await expect
				.poll(async () => (await said(page, 'scene-description')).at(-1))
				.toBe(squeeze(await description.textContent()));
			expect(await said(page, 'scene-description'), id).toHaveLength(1);
		}
	});
});
