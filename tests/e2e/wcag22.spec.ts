import { expect, test, type Page } from '@playwright/test';
import { framesPass, holdFigureWake, hoverDockedTerm, noProblems, openHydrated, watch } from './site';

// Two WCAG 2.2 criteria an audit found failed: 2.1.4 (a figure's one-letter keys acted from anywhere on its
// page) and 1.4.13 (a definition docked away from its word closed before a mouse could reach it).

const presenting = (page: Page) => page.locator('.scene-shell.presenting');
const blank = (page: Page) => page.locator('.present-blank');
const glossaryLink = (page: Page) => page.locator('.site-nav').getByRole('link', { name: 'Glossaire' });

test.describe('2.1.4 Character Key Shortcuts: a figure’s letters act only from the figure or the page itself', () => {
	test.use({ viewport: { width: 1280, height: 720 } });

	test('/fr/scenes/k2p/: F and B on the header’s Glossary link do nothing; with the focus on the page, F presents', async ({
		page,
		baseURL
	}) => {
		const problems = watch(page, baseURL!);
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await openHydrated(page, '/fr/scenes/k2p/');
		await expect(page.locator('figure.scene[data-awake="true"]')).toBeVisible();

		const link = glossaryLink(page);
		await link.focus();
		for (const key of ['f', 'F', 'b', '.', 'w', '?']) {
			await page.keyboard.press(key);
			// the figure answers a key within a frame (presenter.enter, blankTo): two frames drawn, none came
			await framesPass(page, 2);
			await expect(presenting(page)).toHaveCount(0);
			await expect(blank(page)).toHaveCount(0);
			await expect(page.getByRole('dialog', { name: 'Touches du clavier' })).toHaveCount(0);
			expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
			await expect(link).toBeFocused();
		}

		// a clicker's Page Down still steps the figure from there
		const slider = page.locator('.scene-live [role="slider"]');
		await expect(slider).toHaveAttribute('aria-valuenow', '1');
		await page.keyboard.press('PageDown');
		await expect(slider).toHaveAttribute('aria-valuenow', '2');
		await expect(link).toBeFocused();

		// the focus on nothing (the page's body, as after a click on its text): F presents, as a clicker's does
		await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		await expect(page.locator('body')).toBeFocused();
		await page.keyboard.press('f');
		await expect(presenting(page)).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(presenting(page)).toHaveCount(0);

		// and from within the figure (its Play button), B blanks the screen
		await page.locator('.scene-live .scene-controls button').first().focus();
		await page.keyboard.press('b');
		await expect(blank(page)).toBeVisible();
		await page.keyboard.press('b');
		await expect(blank(page)).toHaveCount(0);
		expect(problems).toEqual(noProblems);
	});

	test('/fr/scenes/k2p/: F pressed on the Glossary link while the figure wakes is not kept for it; Page Down is', async ({
		page
	}) => {
		// the figure wakes only when the test says (a slow phone's wait)
		const wake = await holdFigureWake(page);
		await openHydrated(page, '/fr/scenes/k2p/');
		await expect(page.locator('figure.scene')).toHaveAttribute('data-awake', 'false');
		await glossaryLink(page).focus();
		await page.keyboard.press('f');
		await page.keyboard.press('PageDown');
		await wake();
		await expect(page.locator('figure.scene')).toHaveAttribute('data-awake', 'true');
		await expect(page.locator('.scene-live [role="slider"]')).toHaveAttribute('aria-valuenow', '2');
		await framesPass(page, 2);
		await expect(presenting(page)).toHaveCount(0);
		await expect(glossaryLink(page)).toBeFocused();
	});

	test('a consultation: B on a link outside the figure does nothing, Page Down still moves on', async ({
		page,
		baseURL
	}) => {
		const problems = watch(page, baseURL!);
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await openHydrated(page, '/fr/consultation/?s=trpv1,k2p');
		await expect(page.locator('figure.scene[data-awake="true"]')).toBeVisible();
		const link = glossaryLink(page);
		await link.focus();
		for (const key of ['b', 'f']) {
			await page.keyboard.press(key);
			await framesPass(page, 2);
			await expect(blank(page)).toHaveCount(0);
			await expect(presenting(page)).toHaveCount(0);
		}
		const slider = page.locator('.scene-live [role="slider"]');
		await expect(slider).toHaveAttribute('aria-valuenow', '1');
		await page.keyboard.press('PageDown');
		await expect(slider).toHaveAttribute('aria-valuenow', '2');
		expect(problems).toEqual(noProblems);
	});
});

test.describe('1.4.13 Content on Hover: a definition docked away from its word can be reached with a mouse', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('/fr/glucopuncture/ at 390 px: the pointer moves from “corticoïde” to its docked definition, which stays; Escape closes it', async ({
		page
	}) => {
		// the page's clock is the test's: the bubble is held while time stands still, and time is moved on; the
		// word in the upper half of the window, the definition docked at its bottom: text lies between
		const { tip, word, bubble } = await hoverDockedTerm(page, '/fr/glucopuncture/');

		// straight down over the text, onto the definition
		await page.mouse.move(bubble.x + bubble.width / 2, bubble.y + bubble.height / 2, { steps: 12 });
		await expect(tip).toBeVisible();
		// it stays while the pointer rests on it, however long
		await page.clock.runFor(5000);
		await expect(tip).toBeVisible();
		expect(await tip.evaluate((element) => element.matches(':hover'))).toBe(true);
		// Escape still closes it, the pointer where it is
		await page.keyboard.press('Escape');
		await expect(tip).toBeHidden();

		// a pointer that goes elsewhere lets it close, a moment later
		await page.mouse.move(word.x + word.width / 2, 40, { steps: 4 });
		await page.mouse.move(word.x + word.width / 2, word.y + word.height / 2);
		await expect(tip).toBeVisible();
		await page.mouse.move(word.x + word.width / 2, 40, { steps: 4 });
		await page.clock.runFor(1500);
		await expect(tip).toBeHidden();
	});
});
