import { expect, test, type Page } from '@playwright/test';
import { sceneCases } from './scene-table';
import { openSettled } from './site';

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
	await openSettled(page, path);
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
		const k2p = sceneCases.find((s) => s.id === 'k2p')!;
		for (const [id, step] of [
			['open-more', 'hyperpolarised'],
			['few-open', 'fewer-signals']
		] as const) {
			const name = k2p.names.en[k2p.steps.indexOf(step)]!;
			const question = page.locator(`li[data-question="${id}"]`);
			await question.getByRole('radio').nth(1).check();
			await listen(page);
			await question.locator('summary').click();
			// the address names the step asked about as the figure sets off for it
			await expect.poll(() => new URL(page.url()).searchParams.get('step'), { timeout: 15_000 }).toBe(step);
			// the figure arrived there: its caption, which follows the drawing, names that step
			await expect(page.locator('.scene-live .scene-now .scene-step-name')).toHaveText(name, {
				timeout: 15_000
			});
			// and the last thing its live region said is what it says there
			await expect
				.poll(
					async () =>
						(await said(page, 'scene-description')).at(-1) === squeeze(await description.textContent()),
					{ timeout: 15_000 }
				)
				.toBe(true);
			expect(await said(page, 'scene-description'), id).toHaveLength(1);
		}
	});
});

test('D2: the lab’s answer to a question is not followed by the starting case’s stale membrane potential', async ({
	page
}) => {
	await openAlive(page, '/en/lab/');
	await page.locator('[data-questions]').scrollIntoViewIfNeeded();
	await page.locator('[data-questions][data-live="true"]').waitFor();
	const question = page.locator('li[data-question="potassium-3-to-5"]');
	await question.getByRole('radio').nth(2).check();
	await listen(page);
	await question.locator('summary').click();
	// the lab shows 3 mM, then the case asked about, 5 mM, and writes it in the address
	await expect.poll(() => new URL(page.url()).searchParams.get('Ko')).toBe('5');
	await expect(page.locator('[data-questions] [role="status"]')).toContainText('−67.2');
	// the starting case's −70.9 mV is never said after the verdict
	expect((await said(page, 'data-vm-said')).filter((text) => text.includes('70.9'))).toEqual([]);
});

test.describe('the dose calculator', () => {
	const volume = (page: Page) => page.locator('section.dose input').first();

	test('D3: says its result once typing pauses, not after every key; a mistake’s correction once', async ({
		page
	}) => {
		await openAlive(page, '/en/glucopuncture/');
		const field = volume(page);
		await field.scrollIntoViewIfNeeded();
		await expect(field).toBeEnabled();
		// its code has started (it answers) before the keys this test counts: it says nothing before
		await field.fill('21');
		await expect(page.locator('section.dose output')).toContainText('1.05 g of glucose');
		const retype = async (keys: string) => {
			await field.fill('');
			await field.pressSequentially(keys, { delay: 150 });
			await expect(field).toHaveValue(keys);
		};
		await listen(page);
		await retype('100');
		// what the eye sees follows each key
		await expect(page.locator('section.dose output')).toContainText('5 g of glucose');
		// said with its units in words, once
		await expect.poll(async () => (await said(page, '')).join(' | ')).toContain('5 grams of glucose');
		expect((await said(page, '')).filter((text) => text.includes('of glucose'))).toHaveLength(1);

		const before = (await said(page, '')).length;
		await retype('9999');
		await expect.poll(async () => (await said(page, '')).join(' | ')).toContain('Correct the input');
		const after = (await said(page, '')).slice(before);
		expect(after.filter((text) => text.includes('of glucose'))).toEqual([]);
		expect(after.filter((text) => text.includes('Correct the input'))).toHaveLength(1);
	});

	test('D7: a mistake is said once, as the field’s description, not in its name as well', async ({
		page
	}) => {
		await openAlive(page, '/fr/glucopuncture/');
		const field = volume(page);
		await expect(field).toBeEnabled();
		await field.fill('9999');
		await expect(field).toHaveAttribute('aria-invalid', 'true');
		await expect(field).toHaveAccessibleDescription(/entre 0 et 1000/);
		await expect(field).not.toHaveAccessibleName(/entre 0 et 1000/);
		await expect(field).toHaveAccessibleName(/^Volume injecté/);
	});
});

test('D4: Play says what it does next by its name alone, never "Pause, pressed"; so does the speed', async ({
	page
}) => {
	await page.goto('/fr/scenes/k2p/');
	await page.locator('figure.scene[data-awake="true"]').waitFor();
	const play = page.locator('.scene-live button.play');
	const speed = page.locator('.scene-live button.speed');
	await play.click();
	await expect(play).toHaveAccessibleName('Pause');
	await expect(play).not.toHaveAttribute('aria-pressed');
	await play.click();
	await expect(play).toHaveAccessibleName('Lire');
	await expect(play).not.toHaveAttribute('aria-pressed');
	await speed.click();
	await expect(speed).toHaveAccessibleName(/Lente/);
	await expect(speed).not.toHaveAttribute('aria-pressed');
});

test('D5: a setting moved at a step where it changes nothing says, once, where it shows', async ({
	page
}) => {
	await page.goto('/en/scenes/cushion/');
	await page.locator('figure.scene[data-awake="true"]').waitFor();
	await expect(page.locator('.scene-live .scene-now .scene-step-name')).toHaveText('Inflamed tissue');
	const status = page.locator('.scene-live > p[role="status"]');
	await page.getByRole('slider', { name: /Saline injected/ }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(status).toHaveText(/^Setting taken: it shows at the steps? “Saline dilutes”/);
});

test('D6: PageUp and PageDown on the lab’s K⁺ outside slider land on round values, 10 mM among them', async ({
	page
}) => {
	await openAlive(page, '/en/lab/');
	const slider = page.locator('[data-key="Ko"] input[type="range"]');
	const typed = page.locator('[data-key="Ko"] input[type="text"]');
	await expect(typed).toHaveAttribute('data-value', '5');
	await slider.focus();
	await page.keyboard.press('PageUp');
	await expect(typed).toHaveAttribute('data-value', '10');
	await page.keyboard.press('PageUp');
	await expect(typed).toHaveAttribute('data-value', '20');
	await page.keyboard.press('PageDown');
	await page.keyboard.press('PageDown');
	await page.keyboard.press('PageDown');
	await expect(typed).toHaveAttribute('data-value', '3');
	await expect(slider).toHaveAttribute('aria-valuetext', /^3 milli/);
});

for (const [lang, one, many] of [
	['fr', '1\u00a0semaine', '2\u00a0semaines'],
	['en', '1\u00a0week', '2\u00a0weeks']
] as const) {
	test(`D8 ${lang}: the weeks-of-pain slider says its unit, singular or plural`, async ({ page }) => {
		await page.goto(`/${lang}/scenes/trpv1/`);
		await page.locator('figure.scene[data-awake="true"]').waitFor();
		const slider = page.getByRole('slider', { name: /Semaines de douleur|Weeks of pain/ });
		await slider.focus();
		await page.keyboard.press('ArrowRight');
		await expect(slider).toHaveAttribute('aria-valuetext', one);
		await page.keyboard.press('ArrowRight');
		await expect(slider).toHaveAttribute('aria-valuetext', many);
	});
}
