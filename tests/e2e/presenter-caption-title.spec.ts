import { expect, test, type Page } from '@playwright/test';
import { awakeFigure } from './site';

// Presented, a figure's title read "Canaux K2P : le potassium sort, le nerf se / calme · Figure 2 sur 3" (EN
// "…the nerve calms / down · Figure 2 of 3"): its last word was glued to the place and pushed onto the next line,
// leaving the word before it at the end of a line of its own (lecturer review D4). The title's last word stays
// with the word before it, and the place ("Figure 2 sur 3") is whole on its line.

/** The lines the title's words and the figure's place are on, as their tops on screen. */
const titleLines = (page: Page) =>
	page.locator('.scene-shell.presenting .scene-title').evaluate((title) => {
		const words: { word: string; top: number }[] = [];
		const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			if (node.parentElement!.closest('.scene-place, .scene-step-of')) continue;
			const text = node.textContent ?? '';
			for (const found of text.matchAll(/\S+/g)) {
				const range = document.createRange();
				range.setStart(node, found.index);
				range.setEnd(node, found.index + found[0].length);
				words.push({ word: found[0], top: Math.round(range.getClientRects()[0]!.top) });
			}
		}
		const place = [...title.querySelector('.scene-place')!.getClientRects()].map((box) =>
			Math.round(box.top)
		);
		return { words, place };
	});

const titles = {
	fr: { last: 'calme', place: 'Figure 2 sur 3' },
	en: { last: 'down', place: 'Figure 2 of 3' }
} as const;

for (const [width, height] of [
	[1024, 768],
	[1920, 1080]
] as const) {
	for (const lang of ['fr', 'en'] as const) {
		test(`${lang} ${width} × ${height}: K2P presented second of three, its title ends with its last two words on one line, then “${titles[lang].place}”`, async ({
			browser
		}) => {
			const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' });
			const page = await context.newPage();
			await page.goto(`/${lang}/consultation/?s=trpv1,k2p,pump&at=2&theme=projector`);
			await expect(awakeFigure(page, 'k2p')).toBeVisible();
			await page.locator('h1').click();
			await page.keyboard.press('f');
			const shell = page.locator('.scene-shell.presenting');
			await expect(shell).toHaveClass(/present-(beside|below)/);
			await expect(shell.locator('.scene-place')).toContainText(titles[lang].place);
			const { words, place } = await titleLines(page);
			const [before, last] = words.slice(-2);
			expect(last!.word).toBe(titles[lang].last);
			// the last word is not pushed away from the one before it
			expect(last!.top, `"${before!.word}" and "${last!.word}"`).toBe(before!.top);
			// the place is whole on its line, after the title's last word
			expect(new Set(place).size).toBe(1);
			expect(place[0]).toBeGreaterThanOrEqual(last!.top);
			await context.close();
		});
	}
}
