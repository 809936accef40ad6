import { expect, test, type Page } from '@playwright/test';
import figurePalettes from '../../src/lib/figure/palettes.json' with { type: 'json' };
import { extractText, printed, squeeze } from './pdf';
import { openSettled } from './site';

// Pages on paper, as a reader prints them (issue 12, "a print stylesheet for every page"): what the
// sheets' own tests (handout.spec.ts) and every page's (its "print styles" group) leave out.

/** Each A4 page's text, as Chromium prints the page. */
async function pagesOnPaper(page: Page): Promise<string[]> {
	const { text } = await extractText(await printed(page), { mergePages: false });
	return text.map(squeeze);
}

/** Whether `words` are printed whole on one page (not cut across a page break). */
const onOnePage = (pages: string[], words: string) => pages.some((text) => text.includes(squeeze(words)));

test('a figure prints in its light colours whatever the screen shows: dark, projector, or the system’s dark', async ({
	page
}) => {
	for (const [path, colorScheme] of [
		['/fr/scenes/trpv1/?theme=dark', 'light'],
		['/en/scenes/needle-depth/?theme=projector', 'light'],
		['/en/hydrotomy/', 'dark']
	] as const) {
		await page.emulateMedia({ media: 'screen', colorScheme });
		await page.goto(path);
		await page.emulateMedia({ media: 'print', colorScheme });
		const { shown, light } = await page
			.locator('figure.scene svg')
			.first()
			.evaluate((svg, light: Record<string, string>) => {
				// each colour as the browser resolves it ("#fff" and "#ffffff" alike)
				const probe = document.createElement('span');
				svg.parentElement!.append(probe);
				const resolved = (colour: string) => {
					probe.style.color = colour;
					return getComputedStyle(probe).color;
				};
				const names = Object.keys(light);
				const result = {
					shown: names.map(
						(name) => `${name} ${resolved(getComputedStyle(svg).getPropertyValue(`--${name}`))}`
					),
					light: names.map((name) => `${name} ${resolved(light[name]!)}`)
				};
				probe.remove();
				return result;
			}, figurePalettes.light);
		// the dark stage printed as a near-black panel, its labels black on it
		expect(shown, path).toEqual(light);
	}
});

test('the consultation on paper: the figure shown and its place in the sequence, no button or menu', async ({
	page
}) => {
	await page.goto('/fr/consultation/?s=trpv1:sensitised,k2p,cushion');
	await expect(page.locator('figure.scene[data-awake="true"]')).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('#consultation-now')).toHaveText(/Figure 1 sur 3/);
	await expect(page.locator('figure.scene svg').first()).toBeVisible();
	const controls = await page
		.locator('button, select, input, summary')
		.evaluateAll((elements) =>
			elements
				.filter((element) => (element as HTMLElement).checkVisibility())
				.map((element) => element.outerHTML.slice(0, 80))
		);
	expect(controls).toEqual([]);
});

test('a heading, a glossary word and a table’s caption are never left at the foot of a page without what follows', async ({
	page
}) => {
	await openSettled(page, '/fr/glucopuncture/');
	let pages = await pagesOnPaper(page);
	await page.emulateMedia({ media: 'print' });
	const headings = await page
		.locator('main :is(h2, h3)')
		.evaluateAll((all) => all.filter((h) => h.checkVisibility()).map((h) => h.textContent!));
	await page.emulateMedia({ media: null }); // page.pdf() prints in the media last emulated
	expect(headings.length).toBeGreaterThan(8);
	// "Mécanisme proposé 2 : le glucose" stood alone at the foot of a page, the rest of it on the next
	for (const heading of headings) expect(onOnePage(pages, heading), heading).toBe(true);

	await openSettled(page, '/fr/glossaire/');
	pages = await pagesOnPaper(page);
	const entries = await page.locator('dl.glossary').evaluate((list) =>
		[...list.querySelectorAll('dt')].map((term) => ({
			term: term.textContent!,
			start: term.nextElementSibling!.textContent!.split(' ').slice(0, 4).join(' ')
		}))
	);
	expect(entries.length).toBeGreaterThan(20);
	for (const { term, start } of entries) expect(onOnePage(pages, term + start), term).toBe(true);

	await openSettled(page, '/fr/choisir/');
	pages = await pagesOnPaper(page);
	for (const table of await page.locator('table.compare').all()) {
		const caption = (await table.locator('caption').textContent())!;
		const firstRow = (await table.locator('tbody tr').first().locator('th').textContent())!;
		expect(
			onOnePage(pages, caption) &&
				pages.some((text) => text.includes(squeeze(caption)) && text.includes(squeeze(firstRow))),
			caption
		).toBe(true);
	}
});

test('a comparison printed before any answer is a form to fill in by hand: each box beside its word, the words apart', async ({
	page
}) => {
	await openSettled(page, '/en/choosing/');
	const { text } = await extractText(await printed(page), { mergePages: true });
	// as a laptop's columns on paper, the words ran together: "0 not at all1 a little2 somewhat…"
	expect(text).not.toMatch(/not at all1/);
	expect(text).toMatch(/0 not at all\s+1 a little\s+2 somewhat\s+3 a lot\s+4 very much/);
	await page.emulateMedia({ media: 'print' });
	// and each box on the line of its word
	const misplaced = await page.locator('[data-value] .scale label').evaluateAll(
		(labels) =>
			labels.filter((label) => {
				const box = label.querySelector('input')!.getBoundingClientRect();
				const words = label.getBoundingClientRect();
				return box.top < words.top - 1 || box.bottom > words.bottom + 1 || words.height > 2 * box.height + 4;
			}).length
	);
	expect(misplaced).toBe(0);
	// and each scale on one line, in French too, whose words are longer ("4 énormément" fell to a second line)
	await page.setViewportSize({ width: 703, height: 1000 }); // an A4 page's width inside its 12 mm margins
	await openSettled(page, '/fr/choisir/');
	await page.emulateMedia({ media: 'print' });
	const lines = await page
		.locator('[data-value] .scale')
		.evaluateAll((scales) =>
			scales.map(
				(scale) =>
					new Set(
						[...scale.querySelectorAll('label')].map((label) => Math.round(label.getBoundingClientRect().top))
					).size
			)
		);
	expect(lines.length).toBeGreaterThan(4);
	expect(
		lines.every((count) => count === 1),
		JSON.stringify(lines)
	).toBe(true);
});

test('the references keep their numbers whole on paper, two digits too', async ({ page }) => {
	await page.goto('/en/references/');
	await page.emulateMedia({ media: 'print' });
	// the list's margin holds its widest number: "12." was printed ".2", cut at the paper's edge
	const room = await page
		.locator('main ol')
		.first()
		.evaluate((list) => {
			const canvas = document.createElement('canvas').getContext('2d')!;
			const style = getComputedStyle(list);
			canvas.font = `${style.fontSize} ${style.fontFamily}`;
			return parseFloat(style.paddingLeft) - canvas.measureText(`${list.children.length}. `).width;
		});
	expect(room).toBeGreaterThan(0);
});

test('the lab on paper: the runs recorded as tables, unfolded, and the value swept in words', async ({
	page
}) => {
	await page.goto('/fr/labo/');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const record = page.getByRole('button', { name: 'Enregistrer un essai' });
	await record.click();
	await expect(page.locator('.recorder-table table')).toHaveCount(1);
	const { text } = await extractText(await printed(page), { mergePages: true });
	const onPaper = squeeze(text);
	expect(onPaper).toContain(squeeze('points par essai')); // the tables' note, inside the fold
	expect(onPaper).toMatch(/Valeuràfairevarier.{0,40}K⁺extérieur/);
	// what the run held, which the fields printed beside it may no longer say
	expect(onPaper).toContain(squeeze('Conditions de l’essai 1'));
	// the case buttons are for the screen: their heading is not printed without them
	expect(onPaper).not.toContain(squeeze('Partir d’un cas'));
	// folded again on screen, as the reader left it
	await expect(page.locator('.recorder-table')).not.toHaveAttribute('open');
});

// An article printed before its figures wake (a reader who prints at once, or never scrolls down): the still
// frames print, and the screen's note that their controls are on their way does not.
test('an article printed before its figures wake shows no note that their controls are coming', async ({
	page
}) => {
	await openSettled(page, '/en/glucopuncture/');
	const coming = page.locator('figure.scene[data-awake="false"] .scene-starting p');
	await expect(coming.first()).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	for (const note of await coming.all()) await expect(note).toBeHidden();
	await expect(page.locator('figure.scene svg').first()).toBeVisible();
});
