import { describe, expect, it } from 'vitest';
import { numberFormat } from '$lib/i18n/numbers';
import { describeK2p } from '$lib/scenes/k2p/describe';
import fr from '$lib/scenes/k2p/messages/fr.json';
import en from '$lib/scenes/k2p/messages/en.json';
import { k2pFrameAt, k2pModel, steps, type K2pParams } from '$lib/scenes/k2p/model';
import { CHART, k2pChart, k2pLayout, MEMBRANE } from '$lib/scenes/k2p/view';
import { describeLandscape } from './landscape';

// The K2P figure against the textbook (science.md A1: rest −67.2 mV, E_K −89.1 mV; the facilitated
// ending sits just above a −55 mV threshold) and against what a reader sees at each step.
const params = (openFraction = 0.6): K2pParams => ({ openFraction, showHypothesis: false });
const words = { fr, en } as const;
const at = (step: string, openFraction = 0.6, lang: 'fr' | 'en' = 'en') => {
	const model = k2pModel(params(openFraction));
	const frame = k2pFrameAt(
		model,
		steps.findIndex((s) => s.id === step)
	);
	const view = { model, frame, words: words[lang], n: numberFormat(lang) };
	return { ...view, sentence: describeK2p(view), chart: k2pChart(model), layout: k2pLayout(model, frame) };
};

describe('the K2P model', () => {
	it('starts from a facilitated ending just above threshold, sending signals', () => {
		const { model, frame } = at('facilitated');
		expect(frame.vm_mV).toBeCloseTo(model.before.vm_mV, 6);
		expect(model.before.vm_mV).toBeGreaterThan(-55);
		expect(model.before.vm_mV).toBeLessThan(-50);
		expect(frame.firingRate_Hz).toBeGreaterThan(0);
		expect(model.rest_mV).toBeCloseTo(-67.2, 1);
	});

	it('with 60 % open, ends below rest and above E_K, silent', () => {
		const { model, frame } = at('fewer-signals');
		expect(frame.vm_mV).toBeLessThan(model.rest_mV);
		expect(frame.vm_mV).toBeGreaterThan(model.after.eK_mV);
		expect(model.after.eK_mV).toBeCloseTo(-89.1, 1);
		expect(frame.firingRate_Hz).toBe(0);
	});

	it('moves the trace forward step by step, never back', () => {
		const model = k2pModel(params());
		const times = steps.map((_, i) => k2pFrameAt(model, i).shownUntil_ms);
		times.slice(1).forEach((time, i) => expect(time).toBeGreaterThanOrEqual(times[i]!));
		expect(times.at(-1)).toBe(100);
	});

	it('names the step a reader sees: the destination once a passage is past halfway', () => {
		const model = k2pModel(params());
		expect(k2pFrameAt(model, 1.4).step).toBe('k2p-opens');
		expect(k2pFrameAt(model, 1.6).step).toBe('k-efflux');
		expect(k2pFrameAt(model, Number.NaN).step).toBe('facilitated');
		expect(k2pFrameAt(model, 99).step).toBe('fewer-signals');
	});
});

describe('what the K2P figure says', () => {
	it('gives the model’s numbers, written as each language writes them', () => {
		expect(at('facilitated', 0.6, 'fr').sentence).toContain('−53\u00a0mV');
		expect(at('facilitated', 0.6, 'fr').sentence).toContain('−55\u00a0mV');
		expect(at('k2p-opens', 0.6, 'fr').sentence).toContain('60\u00a0%');
		expect(at('k2p-opens', 0.6, 'en').sentence).toContain('60%');
		expect(at('hyperpolarised', 0.6, 'en').sentence).toContain('−89\u00a0mV');
	});

	it('with no channel open, says that none opens and that the membrane stays where it was', () => {
		const before = at('facilitated', 0).model.before.vm_mV;
		expect(at('k2p-opens', 0).sentence).toMatch(/^No K2P channel opens/);
		const efflux = at('k-efflux', 0);
		expect(efflux.sentence).toContain(`stays at ${numberFormat('en').mV(before)}`);
		expect(efflux.sentence).not.toMatch(/falls/);
		expect(at('repolarised', 0, 'fr').sentence).toMatch(/^Sans canal ouvert, le potentiel reste/);
		expect(at('k2p-opens', 0.05).sentence).toMatch(/^5% of the K2P channels open/);
	});

	it('with few channels open, says there is no hyperpolarisation and where the potential stops', () => {
		const few = at('hyperpolarised', 0.2);
		expect(few.model.after.vm_mV).toBeGreaterThan(few.model.rest_mV);
		expect(few.sentence).toContain(numberFormat('en').mV(few.model.after.vm_mV));
		expect(few.sentence).toMatch(/no hyperpolarisation/);
		expect(at('hyperpolarised', 0.6).sentence).not.toMatch(/no hyperpolarisation/);
	});

	it('says the membrane is back at rest only when the open channels bring it there', () => {
		// every stop of the slider: from 5 % to 35 % the new steady state stays above rest (−67 mV)
		for (let stop = 1; stop <= 20; stop++) {
			const { model, sentence } = at('repolarised', stop / 20);
			const reachesRest = model.after.vm_mV <= model.rest_mV + 0.5;
			expect(sentence.includes('the membrane is repolarised'), `${stop * 5} %: ${sentence}`).toBe(
				reachesRest
			);
			if (reachesRest) continue;
			// never "settles at −67 mV, above the resting level (−67 mV)": tenths where the whole numbers agree
			const n = numberFormat('en');
			const close = n.mV(model.after.vm_mV) === n.mV(model.rest_mV);
			const settles = close ? n.unit(model.after.vm_mV, 'mV', 1) : n.mV(model.after.vm_mV);
			expect(sentence).toContain(`settles at ${settles}`);
			if (close)
				expect(sentence).toContain(`just above the resting level (${n.unit(model.rest_mV, 'mV', 1)})`);
		}
		const few = at('repolarised', 0.2, 'fr');
		expect(few.model.after.vm_mV).toBeGreaterThan(few.model.rest_mV + 0.5);
		expect(few.sentence).toMatch(/sans l’atteindre/);
		expect(few.sentence).not.toMatch(/repolarisée/);
	});

	it('names one steady value at the last two steps, the one the readout shows (all, 60 % and no channels open)', () => {
		for (const openFraction of [1, 0.6, 0])
			for (const lang of ['en', 'fr'] as const) {
				const n = numberFormat(lang);
				const last = at('fewer-signals', openFraction, lang);
				const settled = n.mV(last.model.after.vm_mV);
				// the last step's readout is where the membrane settles, and its caption says so
				expect(n.mV(last.frame.vm_mV), `${openFraction} ${lang}`).toBe(settled);
				expect(last.sentence).toContain(settled);
				const before = at('hyperpolarised', openFraction, lang);
				const shown = n.mV(before.frame.vm_mV);
				// the step before gives what its readout shows, and where it settles is the same value
				const mVs = before.sentence.match(/−?\d+(?:[.,]\d)?\u00a0mV/g) ?? [];
				const rest = n.mV(before.model.rest_mV);
				const eK = n.mV(before.model.after.eK_mV);
				const said = mVs.filter((value) => value !== rest && value !== eK);
				if (openFraction > 0) expect(said[0], before.sentence).toBe(shown);
				for (const value of said) expect([shown, settled], before.sentence).toContain(value);
				if (shown !== settled)
					expect(before.sentence).toContain(
						lang === 'en' ? `on its way to ${settled}` : `en route vers ${settled}`
					);
			}
		// all channels open: −75 mV on the way, −76 mV where it settles
		const all = at('hyperpolarised', 1);
		expect(all.sentence).toMatch(
			/falls to −75\u00a0mV, below rest \(−67\u00a0mV\), on its way to −76\u00a0mV/
		);
	});

	it('ends silent when well below threshold, and says how far below', () => {
		const end = at('fewer-signals');
		const below = numberFormat('en').mV(end.model.after.threshold_mV - end.model.after.vm_mV);
		expect(end.sentence).toContain(below);
		expect(end.sentence).toContain(String(Math.round(end.model.before.firingRate_Hz)));
	});

	it('never says NaN, whatever the slider sends', () => {
		for (const openFraction of [Number.NaN, -1, 2, Infinity])
			for (const step of steps)
				expect(at(step.id, openFraction, 'fr').sentence).not.toMatch(/NaN|Infinity|undefined|\{/);
	});
});

describe('the K2P drawing', () => {
	it.each([
		[0, 0],
		[0.2, 1],
		[0.6, 3],
		[1, 5]
	])('opens %d of the channels as %d of five', (openFraction, open) => {
		expect(at('k-efflux', openFraction).layout.channels.filter((c) => c.open)).toHaveLength(open);
		expect(at('facilitated', openFraction).layout.channels.filter((c) => c.open)).toHaveLength(0);
	});

	it.each([
		[0, 0],
		[0.6, 6],
		[1, 10]
	])('with %d open, %d of ten K⁺ ions end outside', (openFraction, outside) => {
		const ions = at('fewer-signals', openFraction).layout.ions;
		expect(ions.filter((ion) => ion.y < MEMBRANE.top)).toHaveLength(outside);
		expect(at('facilitated', openFraction).layout.ions.every((ion) => ion.y > MEMBRANE.bottom)).toBe(true);
	});

	it('hands the figure the same channel and ion, not a copy, at every frame where it is at rest', () => {
		// the figure redraws a part only when its object changes (a keyed each-block compares by identity)
		const model = k2pModel(params(0.6));
		const [a, b] = [6.2, 6.8].map((t) => k2pLayout(model, k2pFrameAt(model, t)));
		expect(k2pFrameAt(model, 6.2).step).toBe(k2pFrameAt(model, 6.8).step);
		b!.channels.forEach((channel, i) => expect(channel).toBe(a!.channels[i]));
		b!.ions.forEach((ion, i) => expect(ion).toBe(a!.ions[i]));
		// while the channels open, and then while the ions leave, they move: new objects, three and six of them
		const moved = (from: number, to: number, part: 'channels' | 'ions') => {
			const [c, d] = [from, to].map((t) => k2pLayout(model, k2pFrameAt(model, t))[part]);
			return d!.filter((item, i) => item !== c![i]).length;
		};
		expect(moved(0.5, 0.75, 'channels')).toBe(3);
		expect(moved(1.25, 1.75, 'ions')).toBe(6);
	});

	it('makes the whole trace once, from the model, and moves only the present along it', () => {
		const start = at('facilitated');
		const end = at('fewer-signals');
		// the same parameters, the same chart at every step: nothing of it is remade per frame
		expect(end.chart).toEqual(start.chart);
		const xs = [...end.chart.tracePath.matchAll(/[ML](-?[\d.]+),/g)].map((m) => Number(m[1]));
		expect(xs[0]).toBeCloseTo(CHART.left, 6);
		expect(xs.at(-1)).toBeCloseTo(CHART.right, 6);
		// the trace is revealed up to the cursor (Trace's until), which moves right as time goes on
		const cursorX = ['facilitated', 'hyperpolarised', 'fewer-signals'].map(
			(step) => at(step).layout.cursor.x
		);
		expect(cursorX[0]).toBeGreaterThan(CHART.left);
		expect(cursorX[1]).toBeGreaterThan(cursorX[0]!);
		expect(cursorX[2]).toBeCloseTo(CHART.right, 6);
		expect(end.chart.xTicks.map((tick) => tick.label)).toEqual(['0', '20', '40', '60', '80', '100']);
	});
});

// its side-by-side arrangement for wide screens and presenter mode: the same drawing, the same words
describeLandscape('k2p');
