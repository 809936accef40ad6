import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { drawEveryBlock, holdIslandsScript, hydrated, openHydrated } from './site';

// A 67-year-old reader on an old Android phone (360 × 640, the system's text at 130 %) taps with his thumb
// (patient review D4). Where he needs them most — the article's table of contents, the evidence badges, the
// cards' "Lire la suite" and the sheet's "imprimez-la" — each target takes a thumb: a hit area 44 px tall,
// found as he finds it, by what the screen answers at each point (elementFromPoint), and none covering its
// neighbour: the badge and the reference beside or under it stand 8 px apart, each whole to itself.
// The site's Content Security Policy refuses a style the page did not bring: the test's own (the reader's
// larger text) is let in.
test.use({
	viewport: { width: 360, height: 640 },
	hasTouch: true,
	isMobile: true,
	locale: 'fr-FR',
	bypassCSP: true
});

/** The reader's text size: the system's 130 %, as the reviewer set it (the site's own root is 112.5 %). */
const textAt = (page: Page, size: string) =>
	page.addInitScript((root) => {
		const set = () => {
			const style = document.createElement('style');
			style.textContent = `html { font-size: ${root} !important; }`;
			document.head.appendChild(style);
		};
		if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', set);
		else set();
	}, size);
/** at 130 %, and at the site's own size, where a pill is smaller and its box for a thumb reaches further */
const sizes = ['130%', '112.5%'];

const words = JSON.parse(readFileSync('src/lib/i18n/messages/fr.json', 'utf8'));
const sheetWords = JSON.parse(readFileSync('src/lib/handout/messages/fr.json', 'utf8'));
const thumb = 44;
const clear = 8;

interface Span {
	top: number;
	bottom: number;
	height: number;
}

/** What the screen answers at each point, asked in the page (a round trip per badge, not per point). */
interface Probes {
	/**
	 * The vertical run of points, at a quarter, half and three quarters of the target's first line (away from
	 * rounded corners), where a tap lands on the target (or on its own hit box: a pseudo-element answers as its
	 * element). The shortest of the three, in page coordinates. Brings the target to the screen's middle.
	 */
	span(el: Element): Span;
	/**
	 * The points of `covered`'s own boxes (each of its lines, along their middle row and column, to half a
	 * pixel of their edges) where a tap lands on `taker` instead: none, when the taker's box for a thumb
	 * covers nothing of it.
	 */
	taken(taker: Element, covered: Element): string[];
	/** The space between two first lines: across if side by side, down if one is under the other. */
	space(a: Element, b: Element): number;
}
declare global {
	interface Window {
		thumbProbes: Probes;
	}
}

function installProbes() {
	const first = (el: Element) => el.getClientRects()[0]!;
	window.thumbProbes = {
		span(el) {
			el.scrollIntoView({ block: 'center' });
			const box = first(el);
			const middle = (box.top + box.bottom) / 2;
			const run = (x: number) => {
				const hits = (y: number) => el.contains(document.elementFromPoint(x, y));
				let top = middle;
				let bottom = middle;
				while (top > middle - 80 && hits(top - 0.5)) top -= 0.5;
				while (bottom < middle + 80 && hits(bottom + 0.5)) bottom += 0.5;
				return { top: top + scrollY, bottom: bottom + scrollY, height: bottom - top };
			};
			const spans = [0.25, 0.5, 0.75].map((at) => run(box.left + at * box.width));
			return spans.reduce((a, b) => (b.height < a.height ? b : a));
		},
		taken(taker, covered) {
			covered.scrollIntoView({ block: 'center' });
			const taken: string[] = [];
			for (const box of covered.getClientRects()) {
				if (!box.width || !box.height) continue;
				const x = (box.left + box.right) / 2;
				const y = (box.top + box.bottom) / 2;
				const points = [
					[x, box.top + 0.5],
					[x, box.bottom - 0.5],
					[box.left + 0.5, y],
					[box.right - 0.5, y]
				] as const;
				for (const [px, py] of points)
					if (taker.contains(document.elementFromPoint(px, py)))
						taken.push(
							`${covered.textContent!.trim().slice(0, 30)} at (${Math.round(px)}, ${Math.round(py)})`
						);
			}
			return taken;
		},
		space(a, b) {
			const [one, two] = [first(a), first(b)];
			const across = Math.max(two.left - one.right, one.left - two.right);
			const down = Math.max(two.top - one.bottom, one.top - two.bottom);
			return Math.max(across, down);
		}
	};
}
test.beforeEach(({ page }) => page.addInitScript(installProbes));

const hitSpan = (target: Locator) => target.evaluate((el) => window.thumbProbes.span(el));
async function pointsTaken(taker: Locator, covered: Locator): Promise<string[]> {
	return covered.evaluate((el, by) => window.thumbProbes.taken(by!, el), await taker.elementHandle());
}

const article = '/fr/glucopuncture/';
const sheet = '/fr/fiche-glucopuncture/';
const contents = (page: Page) => page.getByRole('navigation', { name: words.summaryContents });
const cards = (page: Page) => page.getByRole('region', { name: words.summaryHeading }).getByRole('listitem');
/** the article's badges in its text (a figure's badges are the figure's business: phone-figure.spec.ts) */
const textBadges = (page: Page) => page.locator('article [data-evidence]:not(.scene-still *):not(figure *)');

for (const size of sizes)
	test.describe(`at ${size} text`, () => {
		test.beforeEach(({ page }) => textAt(page, size));

		test('each entry of the table of contents is a 44 px target, clear of the next', async ({ page }) => {
			await openHydrated(page, article);
			const links = contents(page).getByRole('link');
			expect(await links.count()).toBeGreaterThanOrEqual(8);
			// the two the reader looks for, among them
			await expect(links.filter({ hasText: /^Les risques$/ })).toHaveCount(1);
			await expect(links.filter({ hasText: /^Le sucre injecté et la glycémie$/ })).toHaveCount(1);
			let above: Span | undefined;
			for (const link of await links.all()) {
				const name = (await link.textContent())!.trim();
				const span = await hitSpan(link);
				expect(span.height, name).toBeGreaterThanOrEqual(thumb);
				if (above) expect(span.top, name).toBeGreaterThanOrEqual(above.bottom);
				above = span;
			}
		});

		test('an evidence badge is a 44 px target, its references 8 px clear of it and none under its box', async ({
			page
		}) => {
			await openHydrated(page, article);
			await drawEveryBlock(page);
			const badges = await textBadges(page).evaluateAll((all) =>
				all
					.map((badge) => ({
						pill: badge.querySelector<HTMLElement>(':scope > button.badge')!,
						references: [...badge.querySelectorAll<HTMLElement>(':scope > .refs a')]
					}))
					.filter(({ pill }) => pill.getClientRects().length > 0)
					.map(({ pill, references }) => {
						const probes = window.thumbProbes;
						return {
							label: `${pill.innerText.replace(/\s+/g, ' ')} | ${references.map((a) => a.innerText)}`,
							pill: probes.span(pill).height,
							space: references.length ? probes.space(pill, references[0]!) : Infinity,
							taken: references.flatMap((reference) => probes.taken(pill, reference)),
							under:
								references.length > 0 &&
								references[0]!.getClientRects()[0]!.top > pill.getClientRects()[0]!.top + 5
						};
					})
			);
			expect(badges.length).toBeGreaterThan(10);
			for (const { label, pill, space, taken } of badges) {
				expect(pill, label).toBeGreaterThanOrEqual(thumb);
				expect(space, label).toBeGreaterThanOrEqual(clear);
				// the pill's box for a thumb stops before its references: a tap on "Wu 2017" is one on Wu 2017
				expect(taken, label).toEqual([]);
			}
			// the case of the review: references wrapped under the pill ("Wu 2017" 3 px under it)
			expect(badges.filter(({ under }) => under).length).toBeGreaterThan(0);
		});

		test('each card’s “Lire la suite” is a 44 px target that covers none of the card’s other targets', async ({
			page
		}) => {
			await openHydrated(page, article);
			await expect(cards(page)).toHaveCount(4);
			for (const card of await cards(page).all()) {
				const readOn = card.getByRole('link', { name: new RegExp(`^${words.summaryReadOn}`) });
				const name = (await readOn.getAttribute('aria-label'))!;
				expect((await hitSpan(readOn)).height, name).toBeGreaterThanOrEqual(thumb);
				// every other link and button of the card (badges, references, words of the glossary) is hit
				// wherever it is drawn; a badge keeps its own 44 px
				const others = card.locator('a:not(.read-on), button').filter({ visible: true });
				expect(await others.count(), name).toBeGreaterThan(0);
				for (const other of await others.all()) {
					expect(await pointsTaken(readOn, other), name).toEqual([]);
					if (await other.evaluate((el) => el.classList.contains('badge')))
						expect((await hitSpan(other)).height, name).toBeGreaterThanOrEqual(thumb);
				}
			}
		});

		test('the sheet’s “imprimez-la” is a 44 px button framed on a line of its own, not a word of the sentence', async ({
			page
		}) => {
			await openHydrated(page, sheet);
			const button = page.getByRole('button', { name: sheetWords.handoutPrintAction });
			await expect(button).toBeVisible();
			expect((await hitSpan(button)).height).toBeGreaterThanOrEqual(thumb);
			const look = await button.evaluate((el) => {
				const style = getComputedStyle(el);
				const box = el.getBoundingClientRect();
				// the sentence's text around it, line by line
				const lines: DOMRect[] = [];
				for (const node of el.parentElement!.childNodes) {
					if (node.nodeType !== Node.TEXT_NODE || !node.textContent!.trim()) continue;
					const range = document.createRange();
					range.selectNodeContents(node);
					lines.push(...range.getClientRects());
				}
				return {
					framed: parseFloat(style.borderTopWidth) >= 1.5 && style.borderTopStyle === 'solid',
					beside: lines.filter((line) => line.bottom > box.top + 1 && line.top < box.bottom - 1).length
				};
			});
			expect(look).toEqual({ framed: true, beside: 0 });
		});

		test('the sheet’s lines do not move when “imprimez-la” becomes a button', async ({ page }) => {
			const release = await holdIslandsScript(page);
			await page.goto(sheet, { waitUntil: 'domcontentloaded' });
			const hint = page.locator('.print-hint');
			await expect(hint).toBeVisible();
			const place = () =>
				hint.evaluate((el) => {
					const { y, height } = el.getBoundingClientRect();
					return { y, height, next: el.nextElementSibling?.getBoundingClientRect().y };
				});
			const before = await place();
			release();
			await hydrated(page);
			await expect(hint.getByRole('button')).toBeVisible();
			expect(await place()).toEqual(before);
		});
	});

test.describe('on a 390 × 844 touch phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	// summary.spec.ts asks it with a mouse; a thumb's larger targets must not push the questions down either
	for (const path of ['/fr/glucopuncture/', '/en/glucopuncture/', '/fr/hydrotomie/', '/en/hydrotomy/'])
		test(`${path} keeps the cards’ four questions within the first two screens`, async ({ page }) => {
			await page.goto(path);
			const questions = page.locator('.summary h3');
			await expect(questions).toHaveCount(4);
			// page coordinates: the page is not scrolled
			const bottoms = await questions.evaluateAll((all) => all.map((h) => h.getBoundingClientRect().bottom));
			expect(bottoms.filter((bottom) => bottom > 2 * 844)).toEqual([]);
		});
});
