import { expect, test, type Page } from '@playwright/test';
import { FLOOR_SHARE, measurePresented, presentEachStep, ROUNDING_px } from './presenter-measure';

// The step's sentence is what a patient reads from the chair and what a lecturer reads aloud (presenter review):
// at every step of every figure presented, in both languages, on a 1366 × 768 laptop, a 1920 × 1080 screen and a
// 1280 × 720 projector at 150 % (853 × 480 CSS px), the caption's words are whole on the screen (not cut by its
// edge, by their own box, or by the bar once it has faded), and the sentence is never smaller than the drawing's
// smallest label, nor than the presenter's label rule as a share of the screen's height (DESIGN.md: 20 px labels
// at 1280 × 800, 28 px at 1920 × 1080, 2.5–2.6 % of it). The pump's French step 7 lost its last line
// ("…de −67 mV à −24 mV") at 853 × 480; its sentence was 18 px beside 25 px labels at 1366 × 768.
const screens = [
	[853, 480],
	[1366, 768],
	[1920, 1080]
] as const;

interface Words {
	/** the sentence's size, CSS px */
	sentence_px: number;
	/** each line of the caption that is cut or hidden, and by how much or by what */
	cut: string[];
}

/** The caption now: its sentence's size, and every line of its words not wholly seen. */
const wordsNow = (page: Page): Promise<Words> =>
	page.locator('.scene-shell.presenting .scene-caption').evaluate((caption: HTMLElement) => {
		const box = caption.getBoundingClientRect();
		// what the caption shows: the inside of its box (it scrolls, from the top), within the screen
		const top = Math.max(0, box.top + caption.clientTop);
		const bottom = Math.min(innerHeight, box.top + caption.clientTop + caption.clientHeight);
		const left = Math.max(0, box.left);
		const right = Math.min(innerWidth, box.right);
		// the words a reader is shown: not the other steps' held in reserve, not a screen reader's
		const shown = (node: Node) => {
			for (
				let element = node.parentElement;
				element && element !== caption;
				element = element.parentElement
			) {
				const style = getComputedStyle(element);
				if (style.display === 'none' || style.visibility === 'hidden') return false;
				if (element.matches('.visually-hidden, .scene-reserve, [popover]:not(:popover-open)')) return false;
			}
			return true;
		};
		const cut: string[] = [];
		const walker = document.createTreeWalker(caption, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = (node.textContent ?? '').trim();
			if (!text || !shown(node)) continue;
			const range = document.createRange();
			range.selectNodeContents(node);
			for (const line of range.getClientRects()) {
				if (line.width < 1 || line.height < 1) continue;
				const out = Math.max(line.bottom - bottom, top - line.top, line.right - right, left - line.left);
				const words = `"${text.slice(0, 40)}"`;
				if (out > 1) cut.push(`${words}: ${out.toFixed(0)} px off`);
				// on top where it is, not under the bar or anything else
				const x = Math.min(Math.max(line.left + line.width / 2, 0), innerWidth - 1);
				const y = Math.min(Math.max(line.top + line.height / 2, 0), innerHeight - 1);
				const over = document.elementFromPoint(x, y);
				if (over && !caption.contains(over))
					cut.push(`${words}: under ${over.tagName.toLowerCase()}.${over.className}`);
			}
		}
		const sentence = caption.querySelector('.scene-now .scene-description')!;
		return { sentence_px: parseFloat(getComputedStyle(sentence).fontSize), cut };
	});

for (const lang of ['fr', 'en'] as const) {
	for (const [width, height] of screens) {
		test(`${lang} ${width} × ${height}: every figure presented shows its whole caption at every step, its sentence as large as its smallest label`, async ({
			browser
		}) => {
			test.setTimeout(90_000);
			const problems: string[] = [];
			await presentEachStep(browser, lang, { width, height }, async (page, at) => {
				const words = await wordsNow(page);
				problems.push(...words.cut.map((cut) => `${at}: ${cut}`));
				const { smallestLabel_px } = await measurePresented(page);
				const least = Math.max(smallestLabel_px, FLOOR_SHARE * height);
				if (words.sentence_px < least - ROUNDING_px)
					problems.push(
						`${at}: sentence ${words.sentence_px.toFixed(1)} px, under ${least.toFixed(1)} px (smallest label ${smallestLabel_px.toFixed(1)} px)`
					);
			});
			expect(problems).toEqual([]);
		});
	}
}
