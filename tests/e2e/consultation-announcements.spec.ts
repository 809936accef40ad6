import { expect, test, type Page } from '@playwright/test';
import { awakeFigure, holdFigureWake, hydrated } from './site';

// A blind clinician builds and presents a consultation with a screen reader. What it hears is what the page's
// live regions say: each change of text of a region it already knew. Each edit in the builder must be said
// once, in one message (the line above the figure changed too, and two "figure n of N" about two figures
// were heard at once); Remove must say that Undo exists, and Undo what it brought back; a figure opened by
// the clicker must say its first step's sentence once it is whole (screen-reader review D3, D6). After a
// Move that reaches the end, the focus must not be left on the greyed button (D7).
test.use({ viewport: { width: 1280, height: 800 } });

/** Every message the page's live regions say from now on (a region that appears with its words is silent). */
async function listen(page: Page) {
	await page.addInitScript(() => {
		const said: string[] = [];
		(window as unknown as { said: string[] }).said = said;
		const known = new WeakMap<Element, string>();
		const regions = '[aria-live="polite"], [aria-live="assertive"], [role="status"], [role="alert"]';
		const scan = () => {
			for (const region of document.querySelectorAll(regions)) {
				if (region.closest('[aria-hidden="true"], [inert], .waking')) continue;
				const text = (region.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
				const before = known.get(region);
				known.set(region, text);
				if (before !== undefined && text && text !== before) said.push(text);
			}
		};
		new MutationObserver(scan).observe(document, {
			subtree: true,
			childList: true,
			characterData: true,
			attributes: true,
			attributeFilter: ['class', 'aria-hidden', 'inert']
		});
	});
	return {
		/** what has been said since the last call */
		heard: () => page.evaluate(() => (window as unknown as { said: string[] }).said.splice(0)),
		/** forgets what has been said so far */
		reset: () => page.evaluate(() => void (window as unknown as { said: string[] }).said.splice(0))
	};
}

async function open(page: Page, address: string, scene: string) {
	const ears = await listen(page);
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(address);
	await hydrated(page);
	await expect(awakeFigure(page, scene)).toBeVisible();
	await ears.reset();
	return ears;
}

/** Waits until something has been said, then returns all that was said with it (one frame's worth). */
async function said(ears: Awaited<ReturnType<typeof listen>>) {
	let heard: string[] = [];
	await expect.poll(async () => (heard = [...heard, ...(await ears.heard())]).length).toBeGreaterThan(0);
	return heard;
}

test('/en/consultation/: Add says one message, the figure added and its place', async ({ page }) => {
	const ears = await open(page, '/en/consultation/?s=k2p', 'k2p');
	await page.getByLabel('Figure to add').selectOption('pump');
	await page.getByRole('button', { name: 'Add', exact: true }).click();
	expect(await said(ears)).toEqual(['Added: The Na⁺/K⁺ pump and its fuel, glucose, figure 2 of 2.']);
});

test('/fr/consultation/: Move down to the last place says one message, and the focus goes to Move up', async ({
	page
}) => {
	const ears = await open(page, '/fr/consultation/?s=k2p,pump', 'k2p');
	await page.getByRole('button', { name: /^Descendre.*Canaux K2P/ }).focus();
	await page.keyboard.press('Enter');
	expect(await said(ears)).toEqual([
		'Canaux K2P\u00a0: le potassium sort, le nerf se calme\u00a0: maintenant figure 2 sur 2.'
	]);
	// the button pressed is greyed now: the focus is on the one that can move the figure back
	await expect(page.locator(':focus')).toHaveAccessibleName(/^Monter.*Canaux K2P/);
	await expect(page.locator(':focus')).not.toHaveAttribute('aria-disabled', 'true');
});

test('/en/consultation/: Move up to the first place leaves the focus on Move down', async ({ page }) => {
	await open(page, '/en/consultation/?s=k2p,pump', 'k2p');
	await page.getByRole('button', { name: /^Move up: The Na⁺\/K⁺ pump/ }).focus();
	await page.keyboard.press('Enter');
	await expect(page.locator(':focus')).toHaveAccessibleName(/^Move down: The Na⁺\/K⁺ pump/);
	await expect(page.locator(':focus')).toBeInViewport({ ratio: 1 });
});

test('/en/consultation/: Remove says Undo is there; Undo says what came back and where', async ({ page }) => {
	const ears = await open(page, '/en/consultation/?s=k2p,pump,cushion', 'k2p');
	await page.getByRole('button', { name: /^Remove The Na⁺\/K⁺ pump/ }).click();
	expect(await said(ears)).toEqual([
		'Figure removed: The Na⁺/K⁺ pump and its fuel, glucose. To bring it back: Undo, under the list.'
	]);
	await page.getByRole('button', { name: 'Undo', exact: true }).click();
	expect(await said(ears)).toEqual(['Restored: The Na⁺/K⁺ pump and its fuel, glucose, figure 2 of 3.']);
});

test('/fr/consultation/: removing the figure shown says the builder’s message only, not the next figure’s', async ({
	page
}) => {
	const ears = await open(page, '/fr/consultation/?s=k2p,pump', 'k2p');
	await page.getByRole('button', { name: /^Retirer Canaux K2P/ }).click();
	const first = await said(ears);
	await expect(awakeFigure(page, 'pump')).toBeVisible();
	// the figure opened by the edit says nothing of its own once whole
	await expect(page.locator('#consultation-now')).toHaveText(/^Figure 1 sur 1/);
	expect([...first, ...(await ears.heard())]).toEqual([
		'Figure retirée\u00a0: Canaux K2P\u00a0: le potassium sort, le nerf se calme. Pour la remettre\u00a0: «\u00a0Annuler\u00a0», sous la liste.'
	]);
});

test('/en/consultation/: Page Down past the last step says the next figure, then its first step’s sentence', async ({
	page
}) => {
	const ears = await open(page, '/en/consultation/?s=k2p,pump', 'k2p');
	await page.locator('h1').click();
	await page.keyboard.press('End');
	await expect(awakeFigure(page, 'k2p').locator('.scene-live-part .scene-description')).not.toBeEmpty();
	await ears.reset();
	await page.keyboard.press('PageDown');
	await expect(awakeFigure(page, 'pump')).toBeVisible();
	const sentence = (await awakeFigure(page, 'pump')
		.locator('.scene-live-part .scene-description')
		.textContent())!.trim();
	expect(sentence).not.toBe('');
	let heard: string[] = [];
	await expect
		.poll(async () => (heard = [...heard, ...(await ears.heard())]))
		.toEqual(['Figure 2 of 2: The Na⁺/K⁺ pump and its fuel, glucose', sentence]);
});

test('/en/consultation/: a second Page Down while the next figure wakes: its step 1 is not said, only step 2', async ({
	page
}) => {
	const wake = await holdFigureWake(page);
	const ears = await listen(page);
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/en/consultation/?s=k2p,pump');
	await hydrated(page);
	await wake();
	await expect(awakeFigure(page, 'k2p')).toBeVisible();
	await page.locator('h1').click();
	await page.keyboard.press('End');
	await expect(awakeFigure(page, 'k2p').locator('.scene-live-part .scene-description')).not.toBeEmpty();
	await ears.reset();
	await page.keyboard.press('PageDown');
	await expect(page.locator('#consultation-now')).toHaveText(/^Figure 2 of 2/);
	await page.keyboard.press('PageDown');
	await wake();
	const now = awakeFigure(page, 'pump').locator('.scene-live-part .scene-now');
	// the press held while it woke takes it on to its step 2 once whole: that step's sentence is said, by
	// its caption, and its step 1, never on screen, is not
	await expect(now.locator('.scene-step-name')).toHaveText('ATP gives up a phosphate');
	const sentence = (await now.locator('.scene-description').textContent())!.trim();
	let heard: string[] = [];
	await expect
		.poll(async () => (heard = [...heard, ...(await ears.heard())]))
		.toEqual(['Figure 2 of 2: The Na⁺/K⁺ pump and its fuel, glucose', sentence]);
});
