import { expect, test, type Page } from '@playwright/test';
import {
	accessibilityViolations,
	builtSceneIds,
	holdIslandsScript,
	noProblems,
	openSettled,
	reloadSettled,
	watch
} from './site';

// Predict, then see (issue 13): the questions under every figure, in both languages. A student predicts by
// keyboard, the figure moves to the case asked about (its step and parameters, in the address too), the
// outcome is said and the explanation opens; the answers survive a reload (in this tab only) and "clear"
// removes them. Without
// JavaScript the questions are there, their answers folded. Reduced motion: the figure settles at once.
test.use({ reducedMotion: 'reduce' });

const STORAGE_KEY = 'predictions-v1';

const pages = [
	{
		lang: 'fr',
		check: 'Vérifier ma prédiction',
		again: 'Revoir dans la figure',
		clear: 'Effacer mes réponses'
	},
	{
		lang: 'en',
		check: 'Check my prediction',
		again: 'Show it again in the figure',
		clear: 'Clear my answers'
	}
] as const;

/** The page with its figure awake and its questions alive (they wake when they come near the screen). */
async function openAlive(page: Page, path: string) {
	await openSettled(page, path);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	// scrolled as a reader does, at once: the still questions may be swapped for the live ones meanwhile
	// (Playwright's scrollIntoViewIfNeeded waits for the element to be stable, and failed when it was swapped)
	await page.locator('[data-questions]').evaluate((questions) => questions.scrollIntoView());
	await page.locator('[data-questions][data-live="true"]').waitFor();
	await page.locator('figure.scene[data-awake="true"]').waitFor();
}

const question = (page: Page, id: string) => page.locator(`li[data-question="${id}"]`);
const stepShown = (page: Page) => page.locator('.scene-live .scene-now .scene-step-name');
const status = (page: Page) => page.locator('[data-questions] [role="status"]');
// kept in this tab only (sessionStorage): through a reload, never for the next student at the same computer
const answers = (page: Page) => page.evaluate((key) => sessionStorage.getItem(key), STORAGE_KEY);
/** "…the step “Hyperpolarised”." → Hyperpolarised */
const namedStep = (said: string) => /[«“]\s?([^»”]+?)\s?[»”]\.?$/.exec(said.trim())?.[1];

for (const { lang, check, again, clear } of pages) {
	test(`${lang}: predict by keyboard, see the K2P figure move to the case, read why; kept across a reload, cleared on request`, async ({
		page,
		baseURL
	}) => {
		test.setTimeout(60_000); // two loads, axe and a phone's width in one test
		const problems = watch(page, baseURL!);
		await openAlive(page, `/${lang}/scenes/k2p/`);
		await expect(stepShown(page)).toHaveText(/./);
		const first = question(page, 'open-more');
		await expect(first.locator('details')).not.toHaveAttribute('open');

		// the second option, by keyboard: into the group, an arrow moves and selects; Tab to "check"
		await first.getByRole('radio').first().focus();
		await page.keyboard.press('ArrowDown');
		await expect(first.getByRole('radio').nth(1)).toBeChecked();
		await page.keyboard.press('Tab');
		const summary = first.locator('summary');
		await expect(summary).toHaveText(check);
		await expect(summary).toBeFocused();
		await page.keyboard.press('Enter');

		// the figure shows the case: every channel open, at the hyperpolarised step, in the address as well
		await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('hyperpolarised');
		expect(new URL(page.url()).searchParams.get('openFraction')).toBe('1');
		const said = (await status(page).textContent())!;
		await expect(stepShown(page)).toHaveText(namedStep(said)!);
		expect(said.length).toBeGreaterThan(40);
		await expect(first.locator('.outcome')).toHaveAttribute('data-right', 'true');
		await expect(first.locator('details')).toHaveAttribute('open');
		await expect(first.locator('details .badge')).toBeVisible();
		// focus stays where the reader was; the case can be shown again from the explanation
		await expect(summary).toBeFocused();
		await expect(first.getByRole('button', { name: again })).toBeVisible();

		// a wrong prediction on the second question, by Space on the first option
		const second = question(page, 'few-open');
		await second.getByRole('radio').first().focus();
		await page.keyboard.press('Space');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('fewer-signals');
		expect(new URL(page.url()).searchParams.get('openFraction')).toBe('0.05');
		await expect(second.locator('.outcome')).toHaveAttribute('data-right', 'false');
		expect(JSON.parse((await answers(page))!)).toEqual({
			'k2p/open-more': 'toward-ek',
			'k2p/few-open': 'keeps-firing'
		});
		expect(await page.context().cookies()).toEqual([]);

		// answered, the page has no axe violation, and nothing overflows a phone
		await page.setViewportSize({ width: 390, height: 844 });
		expect(await accessibilityViolations(page)).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(
			0
		);

		// a reload brings the answers back, marked and explained
		await openAlive(page, `/${lang}/scenes/k2p/`);
		await expect(page.locator('li[data-answered="true"]')).toHaveCount(2);
		await expect(first.getByRole('radio').nth(1)).toBeChecked();
		await expect(second.locator('details')).toHaveAttribute('open');

		// "clear", by keyboard
		await page.getByRole('button', { name: clear }).focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('li[data-answered="true"]')).toHaveCount(0);
		await expect(first.getByRole('radio').first()).toBeEnabled();
		await expect(status(page)).not.toBeEmpty();
		expect(await answers(page)).toBeNull();
		expect(problems).toEqual(noProblems);
	});
}

test('every figure shows each of its questions’ cases: the step the outcome names is the step the figure shows', async ({
	page,
	baseURL
}) => {
	test.setTimeout(90_000); // six pages in one test, on two shared cores
	const problems = watch(page, baseURL!);
	for (const scene of builtSceneIds()) {
		await openAlive(page, `/en/scenes/${scene}/`);
		const questions = page.locator('li[data-question]');
		expect(await questions.count(), scene).toBeGreaterThanOrEqual(3);
		for (const item of await questions.all()) {
			await item.getByRole('radio').last().check();
			await item.locator('summary').click();
			const said = (await status(page).textContent())!;
			await expect(stepShown(page), `${scene}: ${said}`).toHaveText(namedStep(said)!);
			await expect(item.locator('details')).toHaveAttribute('open');
		}
		await page.evaluate(() => sessionStorage.clear());
	}
	expect(problems).toEqual(noProblems);
});

test('without JavaScript, each figure’s questions are there, their answers folded under “check”, and “clear” clears', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	for (const { lang, check, clear } of pages) {
		await page.goto(`/${lang}/scenes/${lang === 'fr' ? 'pump' : 'cushion'}/`);
		const questions = page.locator('[data-questions] li[data-question]');
		await expect(questions).toHaveCount(3);
		await expect(questions.first().locator('legend')).not.toBeEmpty();
		const details = page.locator('[data-questions] details');
		await expect(details).toHaveCount(3);
		for (const folded of await details.all()) await expect(folded).not.toHaveAttribute('open');
		// a prediction, then "check" opens the answer and its explanation, with its evidence
		await questions.first().getByRole('radio').first().check();
		const summary = details.first().locator('summary');
		await expect(summary).toHaveText(check);
		await summary.click();
		await expect(details.first()).toHaveAttribute('open');
		await expect(details.first().locator('.badge')).toBeVisible();
		expect((await details.first().innerText()).length).toBeGreaterThan(80);
		// the fieldsets look like the page's (the stylesheet comes with the page, not with the script)
		const border = await questions
			.first()
			.locator('fieldset')
			.evaluate((f) => getComputedStyle(f).borderRadius);
		expect(border).not.toBe('0px');
		await page.getByRole('button', { name: clear }).click();
		await expect(questions.first().getByRole('radio').first()).not.toBeChecked();
	}
	await context.close();
});

// The lab's questions: the classic K⁺ 3 → 5 mM one, by keyboard, from a lab at rest (5 mM already). Checking
// the prediction shows the lab at 3 mM, then moves it to 5 mM of K⁺ outside (the <output> and the address
// follow), and opens the explanation with its reference.
for (const { lang, check } of pages) {
	const path = lang === 'fr' ? '/fr/labo/' : '/en/lab/';
	const decimal = (text: string) => (lang === 'fr' ? text.replace('.', ',') : text);
	test(`${path}: predict the K⁺ 3 → 5 mM question by keyboard, see the lab move to it, read why; kept, then cleared`, async ({
		page,
		baseURL
	}) => {
		const problems = watch(page, baseURL!);
		await openSettled(page, path);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await page.locator('[data-questions="lab"][data-live="true"]').waitFor();
		await expect(page.locator('output[data-vm]')).toHaveText(decimal('−67.2 mV'));
		const potassium = question(page, 'potassium-3-to-5');
		await expect(potassium.locator('details')).not.toHaveAttribute('open');

		// "less negative" is the third option: into the group, two arrows select it, Tab to "check", Enter
		await potassium.getByRole('radio').first().focus();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await expect(potassium.getByRole('radio').nth(2)).toBeChecked();
		await page.keyboard.press('Tab');
		await expect(potassium.locator('summary')).toHaveText(check);
		await page.keyboard.press('Enter');

		// the lab shows the question's start, 3 mM outside, then the answer: 5 mM, −67.2 mV, and the address
		// says so
		await expect(page.locator('output[data-vm]')).toHaveText(decimal('−70.9 mV'));
		await expect(page.locator('output[data-vm]')).toHaveText(decimal('−67.2 mV'));
		await expect.poll(() => new URL(page.url()).searchParams.get('Ko')).toBe('5');
		await expect(potassium.locator('.outcome')).toHaveAttribute('data-right', 'true');
		await expect(potassium.locator('details')).toHaveAttribute('open');
		await expect(potassium.locator('details a[data-cite="hodgkin-katz-1949"]')).toBeVisible();
		expect((await status(page).textContent())!.length).toBeGreaterThan(20);
		// the lab moved far above, out of sight: the Vm it now shows is written beside the answer, and said
		const vmSaid =
			lang === 'fr'
				? 'Potentiel de membrane (Goldman–Hodgkin–Katz)\u00a0: −67,2\u00a0mV.'
				: 'Membrane potential (Goldman–Hodgkin–Katz): −67.2\u00a0mV.';
		await expect(potassium.locator('[data-gives]')).toBeVisible();
		await expect(potassium.locator('[data-gives]')).toContainText(vmSaid);
		await expect(status(page)).toContainText(vmSaid);
		expect(await accessibilityViolations(page, undefined, '[data-questions="lab"]')).toEqual([]);

		// kept in this tab only, across a reload; not in the next student's tab; cleared by its button
		expect(JSON.parse((await answers(page))!)).toMatchObject({ 'lab/potassium-3-to-5': 'less-negative' });
		expect(await page.evaluate(() => localStorage.length)).toBe(0);
		const next = await page.context().newPage();
		await openSettled(next, path);
		await next.locator('[data-questions="lab"]').scrollIntoViewIfNeeded();
		await next.locator('[data-questions="lab"][data-live="true"]').waitFor();
		await expect(question(next, 'potassium-3-to-5').locator('details')).not.toHaveAttribute('open');
		await expect(next.locator('li[data-answered="true"]')).toHaveCount(0);
		await next.close();
		await reloadSettled(page);
		await page.locator('[data-questions="lab"][data-live="true"]').waitFor();
		await expect(potassium.locator('details')).toHaveAttribute('open');
		await page.locator('[data-questions="lab"] button[type="reset"]').click();
		await expect(potassium.locator('details')).not.toHaveAttribute('open');
		expect((await answers(page)) ?? '').not.toContain('potassium-3-to-5');
		expect(problems).toEqual(noProblems);
	});
}

// An earlier version kept answers in localStorage, for every later visitor of that computer: they are removed,
// never shown.
test('answers an earlier version kept in localStorage are removed, not shown to the next student', async ({
	page
}) => {
	await openSettled(page, '/en/lab/');
	await page.evaluate(
		(key) => localStorage.setItem(key, JSON.stringify({ 'lab/potassium-3-to-5': 'more-negative' })),
		STORAGE_KEY
	);
	await reloadSettled(page);
	await page.locator('[data-questions="lab"]').scrollIntoViewIfNeeded();
	await page.locator('[data-questions="lab"][data-live="true"]').waitFor();
	await expect(page.locator('li[data-answered="true"]')).toHaveCount(0);
	await expect(question(page, 'potassium-3-to-5').locator('details')).not.toHaveAttribute('open');
	expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
});

// A slow phone: the page is there to read before its script comes, and its answers open as any <details>
// does. When the script takes over, what the reader did stays: an answer opened with a prediction chosen
// counts as checking it; one opened without a prediction is said to have been seen first, and the choices
// close (it is not asked again as if unseen); a choice not yet checked stays chosen.
test('an answer opened before the script came is not asked again as if unseen; a choice made then is kept', async ({
	page
}) => {
	const release = await holdIslandsScript(page);
	await page.goto('/en/lab/', { waitUntil: 'domcontentloaded' });
	const seen = question(page, 'potassium-3-to-5');
	const checked = question(page, 'sodium-leak');
	const chosen = question(page, 'pump-share');
	await seen.locator('summary').click();
	await expect(seen.locator('details')).toHaveAttribute('open');
	await checked.getByRole('radio').first().check();
	await checked.locator('summary').click();
	await chosen.getByRole('radio').last().check();
	release();
	await page.locator('[data-questions="lab"][data-live="true"]').waitFor();

	await expect(seen.locator('details')).toHaveAttribute('open');
	await expect(seen.locator('.outcome')).toHaveText('You opened the answer before choosing a prediction.');
	await expect(seen.locator('summary')).toHaveText('Answer and explanation');
	for (const radio of await seen.getByRole('radio').all()) await expect(radio).toBeDisabled();
	await expect(seen.locator('details')).toContainText('Answer:');

	await expect(checked.locator('.outcome')).toHaveText(/^(Right|Not quite)/);
	for (const radio of await checked.getByRole('radio').all()) await expect(radio).toBeDisabled();
	expect(JSON.parse((await answers(page))!)).toHaveProperty(['lab/sodium-leak']);

	await expect(chosen.getByRole('radio').last()).toBeChecked();
	await expect(chosen.getByRole('radio').last()).toBeEnabled();
	await expect(chosen.locator('details')).not.toHaveAttribute('open');
	await expect(chosen.locator('summary')).toHaveText('Check my prediction');
});
