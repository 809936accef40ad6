import { expect, test, type Page } from '@playwright/test';
import { openHydrated } from './site';

// What a reader checks with a pencil (numbers review D2–D6): a caption's numbers are the readouts drawn
// beside it at that step, the lab's driving force is the difference of the values it shows, and the dose
// calculator's upper bound is written to the precision an upper bound deserves.

const awake = (page: Page) => page.locator('figure.scene[data-awake="true"]');
/** the step's caption, spaces as a reader sees them */
const caption = async (page: Page) =>
	(await page.locator('.scene-live .scene-description').textContent())!.replace(/\s+/g, ' ').trim();
/** the figure's readouts (membrane potential, signals a second), as drawn */
const readouts = async (page: Page) =>
	(await awake(page).locator('text.readout').allTextContents()).map((text) => text.replace(/\s+/g, ' '));

async function atStep(page: Page, path: string) {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(path);
	await expect(awake(page)).toBeVisible();
	return { caption: await caption(page), readouts: await readouts(page) };
}

test('TRPV1 after 52 weeks of pain: the last step compares with the step the reader has just seen', async ({
	page
}) => {
	const before = await atStep(page, '/en/scenes/trpv1/?kind=heat&heat_C=44&weeksOfPain=52&step=signal-sent');
	const after = await atStep(page, '/en/scenes/trpv1/?kind=heat&heat_C=44&weeksOfPain=52&step=sensitised');
	expect(before.readouts).toEqual(['−40 mV', '31 signals/s']);
	expect(after.readouts).toEqual(['−32 mV', '31 signals/s']);
	// both Vm readouts, and the rate as the step before's: no pain-free ending the reader never saw
	expect(after.caption).toContain('rises from −40 mV to −32 mV');
	expect(after.caption).toContain('31 pain signals per second, as a step earlier');
	expect(after.caption).not.toContain('pain-free ending (');
	expect(after.caption).toMatch(/52 weeks of pain had already given the ending its extra channels/);
});

test('TRPV1 below threshold: the caption says no signal leaves, beside "0 signaux/s"', async ({ page }) => {
	const quiet = await atStep(page, '/fr/scenes/trpv1/?kind=capsaicin&capsaicin_uM=0.05&step=sensitised');
	expect(quiet.readouts).toEqual(['−61 mV', '0 signaux/s']);
	expect(quiet.caption).toMatch(/qu’à −61 mV, sous le seuil \(−55 mV\) : aucun signal ne part\.$/);
	expect(quiet.caption).not.toContain('moins d’un signal');
});

test('K2P with every channel open: the last two steps name one steady value, the one the readout shows', async ({
	page
}) => {
	const hyper = await atStep(page, '/en/scenes/k2p/?openFraction=1&step=hyperpolarised');
	const last = await atStep(page, '/en/scenes/k2p/?openFraction=1&step=fewer-signals');
	expect(hyper.readouts[0]).toBe('−75 mV');
	expect(last.readouts[0]).toBe('−76 mV');
	expect(hyper.caption).toContain('falls to −75 mV, below rest (−67 mV), on its way to −76 mV');
	expect(last.caption).toContain('at −76 mV');
});

test('the lab’s driving force is the difference of the Vm and E it shows', async ({ page }) => {
	await openHydrated(page, '/en/lab/');
	const vm = (await page.locator('output[data-vm]').first().textContent())!;
	const row = page.locator('tr[data-ion="Cl"]');
	const e = (await row.locator('td[data-e]').textContent())!;
	const driving = (await row.locator('td[data-driving]').textContent())!;
	const read = (text: string) => Number(text.replace('−', '-').replace(/[^\d.+-]/g, ''));
	expect([vm, e.replace(/^E\s*Cl\s*=\s*/, ''), driving].map((t) => t.replace(/\s+/g, ' '))).toEqual([
		'−67.2 mV',
		'−73.6 mV',
		'+6.4 mV'
	]);
	expect(read(driving)).toBeCloseTo(read(vm) - read(e.replace(/^E\s*Cl\s*=\s*/, '')), 6);
});

test('the dose calculator writes its upper bound to two or three figures, in each language', async ({
	page
}) => {
	for (const [path, volume, percent, written] of [
		['/en/glucopuncture/', 'Volume injected', 'Glucose concentration', '+185 mmol/L (+3,300 mg/dL)'],
		[
			'/fr/glucopuncture/',
			'Volume injecté',
			'Concentration en glucose',
			'+33 g/L (+3 300 mg/dL, +185 mmol/L)'
		]
	] as const) {
		await openHydrated(page, path);
		const calculator = page.locator('section.dose');
		await calculator.getByLabel(volume).fill('1000');
		await calculator.getByLabel(percent).fill('50');
		const output = calculator.locator('output');
		await expect(output).toContainText('500');
		const text = (await output.textContent())!.replace(/[\s\u00a0\u202f]+/g, ' ');
		expect(text).toContain(written);
	}
});
