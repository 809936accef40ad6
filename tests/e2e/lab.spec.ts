import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
	FACILITATED_PERMEABILITY,
	ghk,
	K2P_FIGURE_OPEN_FRACTION,
	MAMMALIAN,
	MAX_ADDED_K_PERMEABILITY,
	nernst
} from '../../src/lib/physiology/index';
import { accessibilityViolations, holdIslandsScript, noProblems, watch } from './site';

// The membrane lab (issue 13) in both languages. pages.spec.ts checks it as every page too (axe in both
// themes, console, requests, 320 px, JavaScript off); the checks here are the ones the lab adds: the
// textbook values of its presets, its state in the address and across the language switch, its notes for
// bad input, its recorder's CSV and SVG, and axe once its notes and a run are on show.
test.use({ locale: 'de-DE', reducedMotion: 'reduce' });

const pages = [
	{ lang: 'fr', path: '/fr/labo/', other: '/en/lab/', switchTo: 'English', bad: 'n’est pas un nombre' },
	{ lang: 'en', path: '/en/lab/', other: '/fr/labo/', switchTo: 'Français', bad: 'is not a number' }
] as const;

const KEYS = ['Ko', 'Ki', 'Nao', 'Nai', 'Clo', 'Cli', 'pK', 'pNa', 'pCl', 'T'] as const;

/** The numbers the lab shows (from data- attributes: the full values behind the rounded text). */
async function readout(page: Page) {
	return page.evaluate((keys) => {
		const num = (el: Element | null, attr: string) => Number(el?.getAttribute(attr));
		const e = (ion: string) => num(document.querySelector(`tr[data-ion="${ion}"] td[data-e]`), 'data-e');
		return {
			vm: num(document.querySelector('output[data-vm]'), 'data-vm'),
			eK: e('K'),
			eNa: e('Na'),
			eCl: e('Cl'),
			state: Object.fromEntries(
				keys.map((k) => [k, num(document.querySelector(`[data-key="${k}"] input[data-value]`), 'data-value')])
			)
		};
	}, KEYS);
}

async function open(page: Page, url: string) {
	await page.goto(url);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

for (const { lang, path, other, switchTo, bad } of pages) {
	test.describe(path, () => {
		test('presets give the textbook values; the pump adds its share; the address and the language switch keep the state', async ({
			page,
			baseURL
		}) => {
			const problems = watch(page, baseURL!);
			await open(page, path);
			// the mammalian neuron (science.md A1)
			let r = await readout(page);
			expect(r.eK).toBeCloseTo(-89.1, 1);
			expect(r.eNa).toBeCloseTo(66.6, 1);
			expect(r.eCl).toBeCloseTo(-73.6, 1);
			expect(r.vm).toBeCloseTo(-67.2, 1);
			await expect(page.locator('output')).toHaveText(lang === 'fr' ? '−67,2 mV' : '−67.2 mV');

			const expected: Record<string, number> = {
				squid: -59.9,
				'trpv1-open': -49.6,
				'hyperkalaemia-10': -59.7,
				facilitated: ghk(FACILITATED_PERMEABILITY, MAMMALIAN),
				'k2p-open': ghk(
					{
						...FACILITATED_PERMEABILITY,
						K: FACILITATED_PERMEABILITY.K + MAX_ADDED_K_PERMEABILITY * K2P_FIGURE_OPEN_FRACTION
					},
					MAMMALIAN
				)
			};
			const hyperk: number[] = [];
			for (const id of [
				'hyperkalaemia-3',
				'hyperkalaemia-5',
				'hyperkalaemia-10',
				'facilitated',
				'k2p-open',
				'trpv1-open',
				'squid'
			]) {
				const button = page.locator(`button[data-preset="${id}"]`);
				await button.focus();
				await page.keyboard.press('Enter');
				await expect(button).toHaveAttribute('aria-pressed', 'true');
				r = await readout(page);
				if (id in expected) expect(r.vm, id).toBeCloseTo(expected[id]!, 1);
				if (id.startsWith('hyperkalaemia')) hyperk.push(r.vm);
			}
			// 3 → 5 → 10 mM outside K⁺ depolarises at each step
			expect(hyperk[0]).toBeLessThan(hyperk[1]!);
			expect(hyperk[1]).toBeLessThan(hyperk[2]!);
			// squid at 20 °C: every value in the address
			await expect(page).toHaveURL(
				/Ko=20&Ki=400&Nao=440&Nai=50&Clo=560&Cli=52&pK=1&pNa=0\.04&pCl=0\.45&T=20$/
			);

			// the pump's own share: a fixed few millivolts, said to be so
			const squidVm = r.vm;
			await page
				.getByRole('checkbox', { name: lang === 'fr' ? /part électrogène/ : /electrogenic share/ })
				.check();
			r = await readout(page);
			expect(r.vm - squidVm).toBeCloseTo(-4, 6);
			await expect(page).toHaveURL(/&pump=on$/);

			// a slider by keyboard: one step right raises outside K⁺ and Vm follows
			const slider = page.locator('[data-key="Ko"] input[type="range"]');
			await slider.focus();
			await page.keyboard.press('ArrowRight');
			r = await readout(page);
			expect(r.state.Ko).toBeGreaterThan(20);
			expect(r.eK).toBeCloseTo(nernst(1, r.state.Ko!, 400, 20), 6);

			// the language switch carries the whole state
			const before = r;
			await page.getByRole('link', { name: switchTo }).click();
			await expect(page).toHaveURL(new RegExp(`${other}\\?Ko=`));
			await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
			await expect.poll(async () => (await readout(page)).state).toEqual(before.state);
			expect((await readout(page)).vm).toBeCloseTo(before.vm, 9);
			expect(problems).toEqual(noProblems);
		});

		test('an address with all ten values opens that exact state; bad values are clamped with a note naming them', async ({
			page,
			baseURL
		}) => {
			const problems = watch(page, baseURL!);
			const state = {
				Ko: 7.5,
				Ki: 150,
				Nao: 130,
				Nai: 15,
				Clo: 120,
				Cli: 9,
				pK: 1.2,
				pNa: 0.03,
				pCl: 0.3,
				T: 25
			};
			await open(page, `${path}?${KEYS.map((k) => `${k}=${state[k]}`).join('&')}`);
			const r = await readout(page);
			expect(r.state).toEqual(state);
			const c = {
				K: { outside_mM: 7.5, inside_mM: 150 },
				Na: { outside_mM: 130, inside_mM: 15 },
				Cl: { outside_mM: 120, inside_mM: 9 }
			};
			expect(r.vm).toBeCloseTo(ghk({ K: 1.2, Na: 0.03, Cl: 0.3 }, c, 25), 9);
			await expect(page.locator('[data-notes]')).toHaveCount(0);

			await open(page, `${path}?Ko=abc&Ki=99999&T=-4&pNa=0,1&pump=maybe`);
			const notes = page.locator('[data-notes] li');
			await expect(notes).toHaveCount(4);
			await expect(notes.nth(0)).toContainText('abc');
			await expect(notes.nth(0)).toContainText(bad);
			await expect(notes.nth(1)).toContainText('99999');
			await expect(notes.nth(2)).toContainText('-4');
			await expect(notes.nth(3)).toContainText('maybe');
			await expect(
				page.getByRole('checkbox', { name: lang === 'fr' ? /part électrogène/ : /electrogenic share/ })
			).not.toBeChecked();
			const clamped = await readout(page);
			expect(clamped.state).toMatchObject({ Ko: 5, Ki: 1000, T: 0, pNa: 0.1 });
			expect(Number.isFinite(clamped.vm)).toBe(true);
			await expect(page.locator('main')).not.toContainText('NaN');

			// a typed value out of range: clamped too, the field showing the value used
			const typed = page.locator('[data-key="Nai"] input[type="text"]');
			await typed.fill('0');
			await typed.press('Enter');
			await expect(page.locator('[data-notes] li')).toHaveCount(1);
			await expect(typed).toHaveValue(lang === 'fr' ? '0,1' : '0.1');
			expect(problems).toEqual(noProblems);
		});

		test('the recorder sweeps outside K⁺, keeps four runs in a legend, and exports CSV and SVG that match the model; axe', async ({
			page,
			baseURL
		}) => {
			const problems = watch(page, baseURL!);
			await open(page, path);
			const record = page.getByRole('button', {
				name: lang === 'fr' ? 'Enregistrer un essai' : 'Record a run'
			});
			for (const preset of ['neuron', 'squid', 'trpv1-open', 'facilitated', 'neuron']) {
				await page.locator(`button[data-preset="${preset}"]`).click();
				await record.click();
			}
			// four kept, each its own colour and dash, all named in the legend
			const runs = page.locator('path.run');
			await expect(runs).toHaveCount(4);
			const styles = await runs.evaluateAll((paths) =>
				paths.map((p) => `${p.getAttribute('stroke')} ${p.getAttribute('stroke-dasharray')}`)
			);
			expect(new Set(styles).size).toBe(4);
			expect(new Set(styles.map((s) => s.split(' ')[0])).size).toBe(4);
			await expect(page.locator('.legend-list li')).toHaveCount(4);
			await expect(page.locator('path.nernst')).toHaveCount(1);
			// the runs share their ends (1 to 100 mM): each line of the drawing's legend says what it held apart
			const legendLines = await page.locator('.recorder svg .legend text').allTextContents();
			expect(new Set(legendLines.slice(0, 4)).size).toBe(4);

			const [csvFile] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name: /CSV/ }).click()
			]);
			// named after the value swept, so that a worksheet's files are told apart
			const fileName = lang === 'fr' ? 'labo-membranaire-Ko_mM' : 'membrane-lab-Ko_mM';
			expect(csvFile.suggestedFilename()).toBe(`${fileName}.csv`);
			const lines = readFileSync(await csvFile.path(), 'utf8')
				.trim()
				.split('\n');
			// French spreadsheets split fields on ';' and read a decimal comma
			const separator = lang === 'fr' ? ';' : ',';
			const number = (text: string) => Number(lang === 'fr' ? text.replace(',', '.') : text);
			// the columns named in the page's language, each with its unit (the names after the byte-order mark,
			// which trim() takes away): read here by their place
			expect(lines[0]).toMatch(
				lang === 'fr' ? /^essai;grandeur variée;K⁺ ext\. \(mM\);/ : /^run,quantity varied,K⁺ out\. \(mM\),/
			);
			const header = [
				'run',
				'swept',
				...['Ko', 'Ki', 'Nao', 'Nai', 'Clo', 'Cli', 'pK', 'pNa', 'pCl', 'T'],
				'pump',
				'Vm',
				'EK',
				'ENa',
				'ECl'
			];
			expect(lines[0]!.split(separator)).toHaveLength(header.length);
			expect(lines).toHaveLength(1 + 4 * 61);
			for (const line of lines.slice(1)) {
				const row = Object.fromEntries(header.map((h, i) => [h, line.split(separator)[i]!]));
				const n = (k: string) => number(row[k]!);
				expect(row.swept).toBe(lang === 'fr' ? 'K⁺ ext. (mM)' : 'K⁺ out. (mM)');
				const c = {
					K: { outside_mM: n('Ko'), inside_mM: n('Ki') },
					Na: { outside_mM: n('Nao'), inside_mM: n('Nai') },
					Cl: { outside_mM: n('Clo'), inside_mM: n('Cli') }
				};
				// 6 significant digits, as a student reads them: a row still recomputes within a hundredth of a mV
				expect(row.Vm!.replace(/^-|0[.,]0*|[.,]/g, '').length).toBeLessThanOrEqual(6);
				expect(n('Vm')).toBeCloseTo(ghk({ K: n('pK'), Na: n('pNa'), Cl: n('pCl') }, c, n('T')), 2);
				expect(n('EK')).toBeCloseTo(nernst(1, n('Ko'), n('Ki'), n('T')), 2);
				expect(n('ENa')).toBeCloseTo(nernst(1, n('Nao'), n('Nai'), n('T')), 2);
				expect(n('ECl')).toBeCloseTo(nernst(-1, n('Clo'), n('Cli'), n('T')), 2);
			}
			// the sweep runs from 1 to 100 mM
			const kos = lines.slice(1, 62).map((l) => number(l.split(separator)[2]!));
			expect(kos[0]).toBeCloseTo(1, 9);
			expect(kos.at(-1)).toBeCloseTo(100, 9);

			const [svgFile] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name: /SVG/ }).click()
			]);
			expect(svgFile.suggestedFilename()).toBe(`${fileName}.svg`);
			const svg = readFileSync(await svgFile.path(), 'utf8');
			const parsed = await page.evaluate((text) => {
				const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
				return {
					error: doc.getElementsByTagName('parsererror').length,
					root: doc.documentElement.localName,
					ns: doc.documentElement.namespaceURI,
					runs: doc.querySelectorAll('path.run').length
				};
			}, svg);
			expect(parsed).toEqual({ error: 0, root: 'svg', ns: 'http://www.w3.org/2000/svg', runs: 4 });
			// and its legend tells the runs apart by the preset each was recorded from, not by the ends they share
			expect(svg).toContain(
				lang === 'fr' ? '>Essai 5\u00a0: neurone de mammifère<' : '>Run 5: mammalian neuron<'
			);
			// runs of the same sweep from different cases: the file says under the chart how each differs
			expect(svg).toMatch(lang === 'fr' ? /Essai 3\s?: [^<]*avec/ : /Run 3: [^<]*with/);

			// a sweep's end out of range is clamped too, and the recorder names it
			await page.locator('.recorder input[name="to"]').fill('5000');
			await record.click();
			await expect(page.locator('.recorder .status')).toContainText('5000');
			await expect(page.locator('.recorder input[name="to"]')).toHaveValue('1000');

			// a note on show as well, then axe over the whole lab
			const typed = page.locator('[data-key="T"] input[type="text"]');
			await typed.fill('x');
			await typed.press('Enter');
			await expect(page.locator('[data-notes] li')).toHaveCount(1);
			expect(await accessibilityViolations(page)).toEqual([]);
			expect(problems).toEqual(noProblems);
		});
	});
}

test('a link whose keys are written in another case (?ko=10, ?KO=10) opens that case, with no note', async ({
	page
}) => {
	for (const key of ['ko', 'KO']) {
		await open(page, `/en/lab/?theme=dark&${key}=10&PUMP=on`);
		expect((await readout(page)).state.Ko).toBe(10);
		await expect(page.getByRole('checkbox', { name: /electrogenic share/ })).toBeChecked();
		await expect(page.locator('[data-notes]')).toHaveCount(0);
	}
	// once the reader changes something, the address holds each value once, as the lab spells it
	await page.locator('[data-key="T"] input[type="range"]').focus();
	await page.keyboard.press('ArrowLeft');
	await expect(page).toHaveURL(/\?theme=dark&Ko=10&.*&T=36\.5&pump=on$/);
	expect(page.url()).not.toMatch(/KO=|PUMP=/);
});

test('a link’s number is read as the page’s field reads it: on the English page ?Ko=1,000 is a thousand', async ({
	page
}) => {
	const field = page.locator('[data-key="Ko"] input[type="text"]');
	await open(page, '/en/lab/?Ko=1,000');
	expect((await readout(page)).state.Ko).toBe(1000);
	await expect(field).toHaveValue('1000');
	// typed in the same field, the same text gives the same case
	await field.fill('1,000');
	await field.press('Enter');
	expect((await readout(page)).state.Ko).toBe(1000);
	// the address now says it as a number, so the French page opens the same case, not 1 mM
	await expect(page).toHaveURL(/\?Ko=1000&/);
	await page.getByRole('link', { name: 'Français' }).click();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect.poll(async () => (await readout(page)).state.Ko).toBe(1000);
	// and on the French page, a comma is the decimal one, in its field and in its address alike
	await open(page, '/fr/labo/?Ko=1,5');
	expect((await readout(page)).state.Ko).toBe(1.5);
});

test('a value typed with the unit printed beside its field is that value, with no note; another unit is refused', async ({
	page
}) => {
	const field = page.locator('[data-key="Ko"] input[type="text"]');
	const note = page.locator('[data-key="Ko"]').getByText('is not a number');
	await open(page, '/en/lab/');
	await field.fill('10 mM');
	await field.press('Enter');
	await expect.poll(async () => (await readout(page)).state.Ko).toBe(10);
	await expect(field).toHaveValue('10');
	await expect(note).toHaveCount(0);
	await field.fill('10 mV');
	await field.press('Enter');
	await expect(note).toBeVisible();
});

test('Infinity in a link is taken as the end of the range, with the note a too-large number gets', async ({
	page
}) => {
	await open(page, '/en/lab/?Ko=Infinity&T=-Infinity');
	expect((await readout(page)).state).toMatchObject({ Ko: 1000, T: 0 });
	const notes = page.locator('[data-notes] li');
	await expect(notes).toHaveCount(2);
	// named as a mathematician writes it: a page that says "Infinity" looks broken
	await expect(notes.nth(0)).toContainText('∞ is above what the lab accepts, so 1000 mM is used');
	await expect(notes.nth(1)).toContainText('−∞ is below what the lab accepts, so 0 °C is used');
	await expect(page.locator('main')).not.toContainText('Infinity');
});

test('a potential beyond the ±150 mV scale is drawn at its end, dashed, and said to be off the scale', async ({
	page
}) => {
	await open(page, '/en/lab/?Ko=1000&Ki=0.1&Nao=0.1&Nai=1000&Clo=1000&Cli=0.1&pK=10&pNa=0&pCl=0&T=50');
	// above zero with its sign, as E_K and E_Na beside it
	await expect(page.locator('output[data-vm]')).toHaveText('+256.5\u00a0mV');
	await expect(page.locator('[data-vm-label]')).toHaveText('Vm+256.5\u00a0mV, off the scale');
	// E_K is off the top with Vm, E_Na and E_Cl off the foot: three dashed marks, and no label out of the drawing
	await expect(page.locator('svg.voltage-scale line[data-beyond]')).toHaveCount(3);
	const outside = await page.locator('svg.voltage-scale').evaluate((svg) => {
		const box = (svg as SVGSVGElement).viewBox.baseVal;
		return [...svg.querySelectorAll('text')]
			.map((text) => text.getBBox())
			.filter((b) => b.y < 0 || b.x < 0 || b.y + b.height > box.height || b.x + b.width > box.width).length;
	});
	expect(outside).toBe(0);
	// the neuron again (by its address: a plain one would take up the case last used in the tab)
	await open(page, '/en/lab/?Ko=5');
	await expect(page.locator('svg.voltage-scale line[data-beyond]')).toHaveCount(0);
	await expect(page.locator('[data-vm-label]')).toHaveText('Vm');
});

test('on a phone, the millivolts stay in sight while a concentration is changed', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await open(page, '/en/lab/');
	const slider = page.locator('[data-key="Ko"] input[type="range"]');
	await slider.scrollIntoViewIfNeeded();
	await slider.focus();
	await page.keyboard.press('ArrowRight');
	const output = page.locator('output[data-vm]');
	const follow = page.locator('[data-vm-follow]');
	// the readout itself is far below the field, out of the screen; the line that follows is on it
	await expect(output).not.toBeInViewport();
	await expect(follow).toBeInViewport();
	await expect(follow.locator('strong')).toHaveText((await output.textContent())!);
	await page.keyboard.press('End');
	await expect(follow.locator('strong')).toHaveText((await output.textContent())!);
	// on a wide screen the readout sits beside the fields: the copy is shown only while it is out of sight
	await page.setViewportSize({ width: 1280, height: 800 });
	await output.scrollIntoViewIfNeeded();
	await expect(follow).toBeHidden();
});

test('on a phone, a field reached with Shift+Tab is scrolled to below the millivolts’ line, not under it', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await open(page, '/en/lab/');
	await page.locator('.pump input[type="checkbox"]').focus();
	const field = page.locator('[data-key="Ko"] input[type="text"]');
	for (let i = 0; i < 40 && !(await field.evaluate((el) => el === document.activeElement)); i++)
		await page.keyboard.press('Shift+Tab');
	await expect(field).toBeFocused();
	const follow = (await page.locator('[data-vm-follow]').boundingBox())!;
	const box = (await field.boundingBox())!;
	expect(box.y).toBeGreaterThanOrEqual(follow.y + follow.height);
});

test('a screen reader hears the membrane potential once the reader stops pressing, not at every arrow press', async ({
	page
}) => {
	// the lab's own timer, driven by hand: nothing here waits on the wall clock
	await page.clock.install();
	await open(page, '/en/lab/');
	const said = page.locator('[data-vm-said]');
	await expect(page.locator('output[data-vm]')).toHaveAttribute('aria-live', 'off');
	await expect(said).toHaveAttribute('aria-live', 'polite');
	await page.clock.runFor(2000);
	await expect(said).toHaveText(''); // the case the page opened on is not news
	const slider = page.locator('[data-key="Ko"] input[type="range"]');
	await slider.focus();
	for (let press = 0; press < 5; press++) {
		await page.keyboard.press('ArrowRight');
		await page.clock.runFor(200);
	}
	await expect(said).toHaveText('');
	await page.clock.runFor(1000);
	const millivolts = (await page.locator('output[data-vm]').textContent())!.replace(/\s*mV$/, '');
	await expect(said).toHaveText(`Membrane potential (Goldman–Hodgkin–Katz): ${millivolts} millivolts`);
});

test('the recorder’s status is a live region from the start, and says “cleared” when the runs are', async ({
	page
}) => {
	await open(page, '/en/lab/');
	// in the accessibility tree while empty: a region that appears with its first words is not always read
	const status = page.locator('.recorder').getByRole('status');
	await expect(status).toHaveCount(1);
	await expect(status).toHaveText('');
	await page.getByRole('button', { name: 'Record a run' }).click();
	await expect(status).toContainText('Run 1');
	await page.getByRole('button', { name: 'Clear the runs' }).click();
	await expect(status).toHaveText('The runs are cleared.');
});

test('on a 320 px phone, each value of the ion table says its column, and the runs’ tables fit the screen', async ({
	page
}) => {
	await page.setViewportSize({ width: 320, height: 800 });
	await open(page, '/en/lab/');
	// a row is a card on a phone: each value is shown under its column's name, not bare
	const driving = page.locator('tr[data-ion="K"] td[data-driving]');
	const before = await driving.evaluate((cell) => getComputedStyle(cell, '::before').content);
	expect(before).toContain('Driving force:');
	await page.getByRole('button', { name: 'Record a run' }).click();
	await page.locator('.recorder-table summary').click();
	await expect(page.locator('.recorder-table table')).toBeVisible();
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
	expect(overflow, 'sideways scrolling with the runs’ table open').toBeLessThanOrEqual(0);
});

test('before the first run, the recorder’s words never lie over its chart’s axis, from 320 px up', async ({
	page
}) => {
	for (const width of [320, 390, 1280]) {
		await page.setViewportSize({ width, height: 800 });
		await open(page, '/fr/labo/');
		const words = page.locator('.recorder .empty span');
		await expect(words).toBeVisible();
		const over = await words.evaluate((span) => {
			const box = span.getBoundingClientRect();
			const chart = span.closest('.chart')!.querySelector('svg')!;
			return [...chart.querySelectorAll('text')]
				.filter((text) => {
					const label = text.getBoundingClientRect();
					return (
						label.width > 0 &&
						Math.min(label.right, box.right) - Math.max(label.left, box.left) > 1 &&
						Math.min(label.bottom, box.bottom) - Math.max(label.top, box.top) > 1
					);
				})
				.map((text) => text.textContent);
		});
		// at 320 px the French sentence, ten lines long, hid the ticks and the axis's name
		expect(over, `${width} px`).toEqual([]);
	}
});

test('without JavaScript, both pages show the mammalian neuron with its numbers', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	for (const { path, lang } of pages) {
		await page.goto(path);
		const decimal = (text: string) => (lang === 'fr' ? text.replace('.', ',') : text);
		await expect(page.locator('output')).toHaveText(decimal('−67.2 mV'));
		const table = page.locator('table');
		for (const value of ['−89.1 mV', '+66.6 mV', '−73.6 mV'])
			// a positive potential with its sign, as the questions write it
			await expect(table).toContainText(decimal(value));
		await expect(page.locator('[data-key="Ko"] input[type="text"]')).toHaveValue('5');
		await expect(page.locator('button[data-preset="neuron"]')).toHaveAttribute('aria-pressed', 'true');
		// and it says that its fields will not answer, before the reader tries them, and they look it
		await expect(page.locator('.noscript-note')).toContainText('JavaScript');
		await expect(page.locator('[data-key="Ko"] input[type="text"]')).toHaveCSS('pointer-events', 'none');
		await expect(page.locator('button[data-preset="neuron"]')).toHaveCSS('opacity', '0.5');
		// they are disabled: out of the Tab order, said to be unavailable, and the arrow keys move no slider
		// that the readout would not follow
		const slider = page.locator('[data-key="Ko"] input[type="range"]');
		for (const control of [
			slider,
			page.locator('[data-key="Ko"] input[type="text"]'),
			page.locator('button[data-preset="neuron"]'),
			page.locator('.pump input[type="checkbox"]'),
			page.locator('.recorder select'),
			page.locator('.recorder button[type="submit"]')
		])
			await expect(control).toBeDisabled();
		const before = await slider.inputValue();
		await slider.focus();
		await page.keyboard.press('ArrowRight');
		expect(await slider.inputValue()).toBe(before);
		await expect(page.locator('output')).toHaveText(decimal('−67.2 mV'));
		// nor does the recorder ask for a run it cannot record
		await expect(page.locator('.recorder .empty')).toBeHidden();
		// its questions are answered without it: they stay usable
		await expect(page.locator('[data-questions="lab"] input[type="radio"]').first()).toBeEnabled();
	}
	await context.close();
});

test('with JavaScript, the lab’s controls are never shown disabled, even before its code has arrived', async ({
	page
}) => {
	// the islands' script held back: the page as a reader sees it between its first paint and the lab's start
	const release = await holdIslandsScript(page);
	await page.goto('/en/lab/', { waitUntil: 'domcontentloaded' });
	for (const control of [
		page.locator('[data-key="Ko"] input[type="range"]'),
		page.locator('button[data-preset="neuron"]'),
		page.locator('.pump input[type="checkbox"]')
	])
		await expect(control).toBeEnabled();
	await expect(page.locator('button[data-preset="neuron"]')).toHaveCSS('opacity', '1');
	await expect(page.locator('.recorder .empty')).toBeVisible();
	release();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.locator('button[data-preset="squid"]').click();
	await expect(page.locator('button[data-preset="squid"]')).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('button[data-preset="squid"]')).toBeEnabled();
});

test('the lab never scrolls sideways, from a phone to a laptop, in either language', async ({ page }) => {
	for (const path of ['/fr/labo/', '/en/lab/']) {
		await open(page, path);
		// 770 to 950 px used to give the readout's table a column too narrow for it
		for (const width of [320, 390, 640, 800, 900, 960, 1024, 1280]) {
			await page.setViewportSize({ width, height: 800 });
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
			expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0);
		}
	}
});

test('a recorded run says on the page what it held, though the fields move on; and why its Vm passes below E_K', async ({
	page
}) => {
	await open(page, '/en/lab/?pNa=0.1');
	await page.getByRole('button', { name: 'Record a run' }).click();
	const typed = page.locator('[data-key="pNa"] input[type="text"]');
	await typed.fill('0.05');
	await typed.press('Enter');
	// the chart is run 1's, at pNa 0.1, while the lab now shows 0.05: the page says which
	const conditions = page.locator('.run-conditions').first();
	await expect(conditions).toContainText('Conditions of run 1');
	await expect(conditions).toContainText('pNa 0.1');
	// outside K⁺ up to 100 mM: Vm ends below E_K, held there by chloride's fixed gradient (E_Cl −73.6 mV)
	const below = page.locator('.run-conditions').filter({ hasText: 'below K⁺’s equilibrium potential' });
	await expect(below).toHaveCount(1);
	await expect(below).toContainText('−73.6\u00a0mV');
	// a run with chloride left to follow Vm stays above E_K, and nothing is said of it (the runs cleared
	// first: this tab keeps them through the page opened again)
	await page.getByRole('button', { name: 'Clear the runs' }).click();
	await open(page, '/en/lab/?pCl=0');
	await page.getByRole('button', { name: 'Record a run' }).click();
	await expect(page.locator('.run-conditions')).toHaveCount(1);
	await expect(page.locator('.run-conditions')).not.toContainText('below K⁺’s');
});

test('a potential above zero carries its sign, as the equilibrium potentials beside it do', async ({
	page
}) => {
	await open(page, '/fr/labo/?Ko=1000');
	await expect(page.locator('output[data-vm]')).toHaveText(/^\+\d+,\d\u00a0mV$/);
});

test('a question that moves the lab leaves the case it was in one Back away (a teacher’s link)', async ({
	page
}) => {
	await page.clock.install();
	await open(page, '/en/lab/?Ko=10');
	await page.locator('[data-questions="lab"][data-live="true"]').waitFor();
	// the lab's clock stops: the question's beat (LabQuestions, 900 ms) runs only when the test says
	await page.clock.pauseAt(Date.now() + 60_000);
	const Ko = page.locator('[data-key="Ko"] input[type="text"]');
	const potassium = page.locator('li[data-question="potassium-3-to-5"]');
	await potassium.getByRole('radio').first().check();
	await potassium.locator('summary').click();
	await expect(Ko).toHaveValue('3'); // the question's start
	await page.clock.runFor(1000);
	await expect(Ko).toHaveValue('5'); // then its answer
	await page.goBack();
	await expect(Ko).toHaveValue('10');
	expect(new URL(page.url()).searchParams.get('Ko')).toBe('10');

	// Back before the beat: the lab stays at the case Back returned to, the question's answer does not come
	await potassium.getByRole('button', { name: 'Show it again in the lab' }).click();
	await expect(Ko).toHaveValue('3');
	await page.goBack();
	await expect(Ko).toHaveValue('10');
	await page.clock.runFor(1000);
	await expect(Ko).toHaveValue('10');

	// shown again and again from its own answer: still one Back from the teacher's case, not one per press
	const again = potassium.getByRole('button', { name: 'Show it again in the lab' });
	for (let press = 0; press < 3; press++) {
		await again.click();
		await page.clock.runFor(1000);
		await expect(Ko).toHaveValue('5');
	}
	await page.goBack();
	await expect(Ko).toHaveValue('10');
});

test('before a sweep of another value, the Record button says it will replace the earlier runs; a reload keeps them', async ({
	page
}) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await open(page, '/en/lab/');
	const button = page.getByRole('button', { name: 'Record a run' });
	await button.click();
	await button.click();
	const legend = page.locator('.recorder .legend-list li');
	await expect(legend).toHaveCount(2);
	await expect(page.locator('[data-replaces]')).toHaveCount(0);
	// another value chosen: said before the press, on the page and in the button's description
	const swept = page.getByRole('combobox', { name: 'Value to sweep' });
	await swept.selectOption('T');
	const warning = 'Recording now replaces the 2 runs of K⁺ outside';
	await expect(page.locator('[data-replaces]')).toContainText(warning);
	await expect(button).toHaveAccessibleDescription(new RegExp(`^${warning}`));
	await swept.selectOption('Ko');
	await expect(page.locator('[data-replaces]')).toHaveCount(0);
	// a reload (F5) keeps this tab's runs, in this tab only (sessionStorage), and the next run is the third
	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(legend).toHaveCount(2);
	expect(await page.evaluate(() => localStorage.length)).toBe(0);
	await button.click();
	await expect(page.locator('.recorder').getByRole('status')).toContainText('Run 3 recorded');
	await page.getByRole('button', { name: 'Clear the runs' }).click();
	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(legend).toHaveCount(0);
});

test('with four runs kept, the Record button says before the press that a fifth removes run 1', async ({
	page
}) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await open(page, '/fr/labo/');
	const button = page.getByRole('button', { name: 'Enregistrer un essai' });
	for (let run = 1; run <= 3; run++) await button.click();
	await expect(page.locator('[data-replaces]')).toHaveCount(0);
	await button.click();
	const warning = 'Enregistrer maintenant retire l’essai 1\u00a0: l’enregistreur garde quatre essais.';
	await expect(page.locator('[data-replaces]')).toContainText(warning);
	await expect(button).toHaveAccessibleDescription(/^Enregistrer maintenant retire l’essai 1\s:/);
	await button.click();
	await expect(page.locator('.recorder .legend-list li')).toHaveCount(4);
	await expect(page.locator('[data-replaces]')).toContainText('retire l’essai 2\u00a0:');
});

test('projected (projector theme, 1024 × 768), the lab’s drawings are lettered at 16 px or more', async ({
	page
}) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await open(page, '/en/lab/?theme=projector');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
	await page.getByRole('button', { name: 'Record a run' }).click();
	await expect(page.locator('.recorder svg .legend text')).toHaveCount(2); // the run and E_K
	// each text as drawn: its font size times the drawing's scale (its width over its viewBox's)
	const sizes = await page.evaluate(() =>
		[
			...document.querySelectorAll<SVGGraphicsElement>('.voltage-scale text, .recorder .chart svg text')
		].flatMap((text) => {
			const svg = text.ownerSVGElement!;
			const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
			return [text, ...text.querySelectorAll('tspan')].map((el) => ({
				text: el.textContent,
				px: Math.round(parseFloat(getComputedStyle(el).fontSize) * scale * 10) / 10
			}));
		})
	);
	expect(sizes.length).toBeGreaterThan(20);
	expect(sizes.filter((s) => s.px < 16)).toEqual([]);
});

test('all three permeabilities typed to 0: pK goes back to 1, and says so under its own field, on the screen', async ({
	page
}) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await open(page, '/fr/labo/');
	for (const key of ['pK', 'pCl', 'pNa']) {
		await page.locator(`[data-key="${key}"] input[type="text"]`).fill('0');
		await page.keyboard.press('Tab');
	}
	const note = page.locator('[data-key="pK"] .field-note');
	await expect(note).toContainText('pK revient à 1');
	await expect(note).toBeInViewport();
	await expect(page.locator('[data-key="pK"] input[type="text"]')).toHaveValue('1');
	await expect(page.locator('[data-key="pK"] input[type="text"]')).toHaveAttribute('aria-invalid', 'true');
});

test('on a laptop, the millivolts stay in sight while the temperature or the pump is changed', async ({
	page
}) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await open(page, '/en/lab/');
	const output = page.locator('output[data-vm]');
	const follow = page.locator('[data-vm-follow]');
	await expect(follow).toBeHidden(); // the readout is in sight beside the fields: no copy
	const temperature = page.getByRole('textbox', { name: 'Temperature, typed value' });
	// the student works down the fields, reading them in the middle of the screen (Tab from the top does the same)
	await temperature.evaluate((field) => field.scrollIntoView({ block: 'center' }));
	await temperature.fill('20');
	await temperature.press('Enter');
	await expect(output).not.toBeInViewport({ ratio: 1 });
	await expect(follow).toBeInViewport();
	await expect(follow.locator('strong')).toHaveText((await output.textContent())!);
	await page.getByRole('checkbox', { name: /pump/ }).check();
	await expect(follow.locator('strong')).toHaveText((await output.textContent())!);
	// it takes no room: the fields stay where they were
	await output.scrollIntoViewIfNeeded();
	await expect(follow).toBeHidden();
});

test('“Vm goes below E_K” names every run it holds for; the ion table says why K⁺ enters the cell', async ({
	page
}) => {
	await open(page, '/en/lab/');
	await page.getByRole('button', { name: 'Record a run' }).click();
	const typed = page.locator('[data-key="pNa"] input[type="text"]');
	await typed.fill('0.1');
	await typed.press('Enter');
	await page.getByRole('button', { name: 'Record a run' }).click();
	const below = page.locator('.run-conditions').filter({ hasText: 'below K⁺’s equilibrium potential' });
	await expect(below).toHaveCount(1);
	await expect(below).toContainText(/^Runs 1 and 2:/);
	const why = page.locator('[data-k-in-why]');
	await expect(why).toHaveCount(0); // the neuron: K⁺ leaves
	await open(page, '/en/lab/?Ko=50');
	await expect(page.locator('tr[data-ion="K"]')).toContainText('enters the cell');
	await expect(why).toContainText('−73.6\u00a0mV');
	await expect(why).not.toContainText('pump');
	// with the pump on, K⁺ 20 mM: without the pump Vm stays above E_K, so chloride alone is not the reason
	await open(page, '/fr/labo/?Ko=20&pump=on');
	await expect(page.locator('tr[data-ion="K"]')).toContainText('entre dans la cellule');
	await expect(why).toContainText('la part fixe de la pompe (−4,0\u00a0mV)');
	await expect(why).toContainText('sans la part de la pompe');
});
