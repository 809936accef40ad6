import { expect, test, type Page } from '@playwright/test';
import { listenToCaption } from './presenter-measure';
import { awakeFigure, hydrated } from './site';

// A lecturer on a 1024 × 768 projector clicks through steps already explained, quicker than the figure's
// passages run (lecturer review D1): the counter said "Étape 5 sur 6" while the projected words stayed on step
// 3's "−61 mV" until the presses stopped. What is seen, the step's name and sentence, is the step the counter
// says after every press; what a screen reader hears is still said once, where the run lands. The page's
// clock is the test's: presses come before each passage lands, and nothing waits on the wall clock.
test.use({ viewport: { width: 1024, height: 768 } });

const presented = (page: Page) => page.locator('.scene-shell.presenting');
const squeeze = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The step the counter says ("Étape 4 sur 6" → 4). */
async function counter(page: Page) {
	const text = await presented(page).locator('.scene-title .scene-step-of').textContent();
	return Number(/(\d+) sur \d+/.exec(text ?? '')![1]);
}

/** The words seen in the caption's step: every text there that a reader's eyes reach, in order. */
const wordsSeen = (page: Page) =>
	presented(page)
		.locator('.scene-now')
		.evaluate((now) => {
			const unseen = (element: Element | null): boolean => {
				for (let at = element; at && at !== now.parentElement; at = at.parentElement) {
					const style = getComputedStyle(at);
					if (style.display === 'none' || style.visibility === 'hidden') return true;
					if (style.clip !== 'auto' || style.clipPath !== 'none') return true;
					const box = at.getBoundingClientRect();
					if (style.overflow === 'hidden' && (box.width <= 1 || box.height <= 1)) return true;
				}
				return false;
			};
			const seen: string[] = [];
			const walker = document.createTreeWalker(now, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode())
				if (!unseen(node.parentElement)) seen.push(node.textContent ?? '');
			return seen.join(' ').replace(/\s+/g, ' ').trim();
		});

/** Every step's name and sentence, as the caption's reserve holds them (the first step is 1). */
const everyStep = async (page: Page) =>
	(await presented(page).locator('.scene-reserve').allTextContents()).map(squeeze);

test('/fr/consultation/ presented at 1024 × 768: five Page Downs quicker than the passages, the words seen are the step the counter says after each', async ({
	page
}) => {
	await page.clock.install();
	await page.goto('/fr/consultation/?s=trpv1,k2p,pump&at=2&theme=projector');
	await hydrated(page);
	await expect(awakeFigure(page, 'k2p')).toBeVisible();
	await page.locator('h1').click();
	await page.keyboard.press('F5');
	await expect(presented(page)).toBeVisible();
	// from here on, time moves only when the test says
	await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
	await expect(presented(page).locator('.scene-step-of')).toHaveText(/Étape 1 sur 6$/);
	const steps = await everyStep(page);
	expect(steps).toHaveLength(6);
	expect(await wordsSeen(page)).toBe(steps[0]);
	const said = await listenToCaption(page);

	const seen: string[] = [];
	for (let press = 1; press <= 5; press++) {
		await page.keyboard.press('PageDown');
		// the figure is on its way: a third of a second, then the next press before it lands
		for (const ms of [200, 150]) {
			await page.clock.runFor(ms);
			const at = await counter(page);
			seen.push(`press ${press}, +${ms} ms: counter ${at}`);
			expect(await wordsSeen(page), seen.join('\n')).toBe(steps[at - 1]);
		}
	}
	// the run lands on step 6: the words seen are its own, and it is said once, there
	await page.clock.runFor(3000);
	await expect(presented(page).locator('.scene-step-of')).toHaveText(/Étape 6 sur 6$/);
	expect(await wordsSeen(page)).toBe(steps[5]);
	const spoken = await said();
	expect(spoken.length).toBeLessThanOrEqual(2);
	expect(steps[5]).toContain(squeeze(spoken[spoken.length - 1]!));
	await expect(page.locator('#consultation-now')).toContainText('Figure 2 sur 3');
});
