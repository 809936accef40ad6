import { describe, expect, it } from 'vitest';
import { ABSORPTION_HALF_LIVES_min, CUSHION_LIMITS, SKIN_mm } from '$lib/physiology';
import { numberFormat } from '$lib/i18n/numbers';
import { safeValue } from '$lib/player/parameters';
import scene from '$lib/scenes/cushion';
import { describeCushion } from '$lib/scenes/cushion/describe';
import fr from '$lib/scenes/cushion/messages/fr.json';
import en from '$lib/scenes/cushion/messages/en.json';
import {
	BOLUS_STOPS_mL,
	controls,
	cushionFrameAt,
	cushionModel,
	RECOVERED_RATIO,
	SPREAD_BEYOND_mL,
	steps,
	type CushionParams
} from '$lib/scenes/cushion/model';
import { ratioPercent } from '$lib/scenes/cushion/percent';
import {
	CHART,
	cushionChart,
	cushionLayout,
	DRAWN_mm,
	mediatorPath,
	labelBox,
	LAYER_Y,
	LEGEND,
	MEDIATOR_HALF,
	PER_MM,
	TISSUE_MEDIATOR_COUNT,
	VIEWBOX
} from '$lib/scenes/cushion/view';
import { describeLandscape } from './landscape';

// The cushion figure against science.md D (5 mL of tissue fluid, a 20 mL bolus, t½ 30 min: C/C0 = 0.20,
// 0.50, 0.80 and 0.98 at 0, 1, 2 and 4 h; the joint stays at 1) and against what a reader sees at each step.
const words = { fr, en } as const;
const params = (
	bolus_mL = 20,
	showWashout = false,
	absorption: CushionParams['absorption'] = 'patients'
): CushionParams => ({ bolus_mL, absorption, showWashout });
/** A message's own words, whatever numbers fill it: which variant a sentence is. */
const variant = (message: string) =>
	new RegExp(`^${message.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '.+?')}$`);
const indexOf = (step: string) => steps.findIndex((s) => s.id === step);
const at = (step: string, bolus_mL = 20, lang: 'fr' | 'en' = 'en', showWashout = false) => {
	const model = cushionModel(params(bolus_mL, showWashout));
	const frame = cushionFrameAt(model, indexOf(step));
	const view = { model, frame, words: words[lang], n: numberFormat(lang) };
	return {
		...view,
		sentence: describeCushion(view),
		chart: cushionChart(model),
		layout: cushionLayout(model, frame, words[lang].labels.saline.length)
	};
};

describe('the cushion model', () => {
	it('dilutes 5 mL of tissue fluid fivefold with 20 mL, then recovers: 0.20, 0.50, 0.80, 0.98', () => {
		expect(at('inflamed').frame.ratio).toBe(1);
		expect(at('bolus').frame.ratio).toBeCloseTo(0.2, 6);
		expect(at('absorbed').frame.ratio).toBeCloseTo(0.5, 3);
		expect(at('made-again').frame.ratio).toBeCloseTo(0.8, 3);
		expect(at('recovered').frame.ratio).toBeCloseTo(1 - 1 / 65, 4);
		expect(at('joint-unchanged').model.series.jointRatio).toBe(1);
	});

	it('absorbs the saline with a 30 min half-life: 5 of 20 mL left at one hour', () => {
		expect(at('bolus').frame.bolusLeft_mL).toBeCloseTo(20, 6);
		expect(at('absorbed').frame.bolusLeft_mL).toBeCloseTo(5, 6);
		expect(at('inflamed').frame.bolusLeft_mL).toBe(0);
	});

	it('finds, with 500 mL, that four hours are not enough and when C/C0 is back above 90 %', () => {
		const { model, frame } = at('recovered', 500);
		expect(frame.ratio).toBeLessThan(RECOVERED_RATIO);
		expect(model.recovered90_min).toBeGreaterThan(4 * 60);
		expect(model.recovered90_min).toBeLessThan(5 * 60);
		expect(at('recovered', 20).model.recovered90_min).toBeLessThan(4 * 60);
	});

	it('with the pig absorption (t½ 2 h), takes five to six hours to recover from 20 mL (science.md D)', () => {
		const model = cushionModel(params(20, false, 'pigs'));
		expect(model.absorptionHalfLife_min).toBe(ABSORPTION_HALF_LIVES_min.pigs);
		expect(cushionFrameAt(model, indexOf('absorbed')).bolusLeft_mL).toBeCloseTo(20 / Math.SQRT2, 6);
		// slower absorption, slower return: not back above 90 % within the chart's four hours
		expect(model.recovered90_min).toBeGreaterThan(4 * 60);
		expect(model.recovered90_min).toBeLessThan(6 * 60);
		const sentence = describeCushion({
			model,
			frame: cushionFrameAt(model, indexOf('absorbed')),
			words: en,
			n: numberFormat('en')
		});
		expect(sentence).toMatch(/half-life of 2\u00a0h/);
	});

	it('falls back to the patients’ absorption for an unknown choice', () => {
		const model = cushionModel({ ...params(), absorption: 'rabbits' as CushionParams['absorption'] });
		expect(model.params.absorption).toBe('patients');
		expect(model.absorptionHalfLife_min).toBe(30);
	});

	it('moves model time forward step by step, never back, and names the step a reader sees', () => {
		const model = cushionModel(params());
		const times = steps.map((_, i) => cushionFrameAt(model, i).t_min);
		times.slice(1).forEach((time, i) => expect(time).toBeGreaterThanOrEqual(times[i]!));
		expect(times).toEqual([0, 0, 60, 120, 240, 240]);
		expect(cushionFrameAt(model, 1.4).step).toBe('bolus');
		expect(cushionFrameAt(model, 1.6).step).toBe('absorbed');
		expect(cushionFrameAt(model, Number.NaN).step).toBe('inflamed');
		expect(cushionFrameAt(model, 99).step).toBe('joint-unchanged');
	});

	it('dilutes by what has gone in so far during the injection', () => {
		const model = cushionModel(params());
		const half = cushionFrameAt(model, 0.5);
		expect(half.injected).toBeCloseTo(0.5, 9);
		expect(half.ratio).toBeCloseTo(5 / (5 + 10), 9);
	});

	it('turns to the joint at its own step only', () => {
		const focused = steps.filter((step) => at(step.id).frame.jointFocus).map((step) => step.id);
		expect(focused).toEqual(['joint-unchanged']);
	});

	it('keeps any bolus it is handed within hydrotomy’s 5–500 mL; a bolus that is no number is the default', () => {
		for (const [bolus, kept] of [
			[Number.NaN, 20],
			[-5, 5],
			[0, 5],
			[10_000, 500],
			[Infinity, 20]
		] as const)
			expect(cushionModel(params(bolus)).params.bolus_mL).toBe(kept);
	});
});

describe('the cushion’s controls', () => {
	const [bolus, absorption, washout] = controls;

	it('moves the bolus along stops within CUSHION_LIMITS, from its default', () => {
		expect(bolus).toMatchObject({ kind: 'stops', key: 'bolus_mL' });
		expect(bolus.stops).toEqual([5, 10, 20, 30, 50, 100, 200, 300, 500]);
		expect(Math.min(...BOLUS_STOPS_mL)).toBeGreaterThanOrEqual(CUSHION_LIMITS.bolus_mL[0]);
		expect(Math.max(...BOLUS_STOPS_mL)).toBeLessThanOrEqual(CUSHION_LIMITS.bolus_mL[1]);
		expect(bolus.stops).toContain(bolus.default);
		expect(bolus.default).toBe(20);
		expect(safeValue(bolus, 499.5)).toBe(500);
		expect(safeValue(bolus, Number.NaN)).toBe(20);
	});

	it('shows the bolus in each language’s way, and draws the washout as the unsupported claim', () => {
		expect(bolus.show(20, numberFormat('fr'))).toBe('20\u00a0mL');
		expect(washout).toMatchObject({ kind: 'claim', key: 'showWashout', claim: 'washout', default: false });
		expect(scene.claims.find((claim) => claim.id === 'washout')?.level).toBe('unsupported');
		expect(scene.claims.find((claim) => claim.id === 'hydrates-discs')?.level).toBe('incorrect');
	});

	it('lets the reader choose between the two measured absorption rates, patients first', () => {
		expect(absorption).toMatchObject({ kind: 'choice', key: 'absorption', default: 'patients' });
		expect(safeValue(absorption, 'pigs')).toBe('pigs');
		expect(safeValue(absorption, 'rabbits')).toBe('patients');
		for (const lang of ['fr', 'en'] as const)
			for (const option of ['patients', 'pigs'] as const)
				expect(words[lang].params.absorption.options[option]).toBeTruthy();
	});

	it('says its recovery is the model’s, not a measurement: a hypothesis, with the source articles as sources', () => {
		const claim = (id: string) => scene.claims.find((c) => c.id === id)!;
		expect(claim('mediators-made-again').level).toBe('hypothesis');
		expect(words.en.claims['mediators-made-again']).toMatch(/this model/);
		expect(words.fr.claims['mediators-made-again']).toMatch(/ce modèle/);
		// the hydrotomy page makes these claims: named as their source, never as their evidence
		for (const id of ['washout', 'hydrates-discs']) {
			expect(claim(id).source).toBe('sihp-hydrotomie');
			expect(claim(id).refs).not.toContain('sihp-hydrotomie');
		}
	});
});

describe('what the cushion figure says', () => {
	it('gives the dilution with the model’s numbers, written as each language writes them', () => {
		const bolus = at('bolus', 20, 'fr').sentence;
		for (const number of ['20\u00a0mL', '5\u00a0mL', '20\u00a0%', 'd’un facteur 5.'])
			expect(bolus).toContain(number);
		expect(at('bolus', 20, 'en').sentence).toContain('a 5-fold dilution');
		expect(at('bolus', 5, 'en').sentence).toContain('50%, a 2-fold dilution');
	});

	it('says how much saline is left and where the concentration is, as it is absorbed', () => {
		const absorbed = at('absorbed', 20, 'en').sentence;
		for (const number of ['30\u00a0min', '60\u00a0min', '5\u00a0mL', '50%'])
			expect(absorbed).toContain(number);
		const madeAgain = at('made-again', 20, 'fr').sentence;
		expect(madeAgain).toContain('2\u00a0h');
		expect(madeAgain).toContain('80\u00a0%');
		expect(madeAgain).toMatch(/déjà à 80/);
		// 300 mL: at 2 h the concentration has only begun to climb back, so not "already"
		const large = at('made-again', 300, 'en');
		expect(large.frame.ratio).toBeLessThan(0.5);
		expect(large.sentence).toMatch(/is climbing back, at \d+% so far/);
		expect(large.sentence).not.toMatch(/already/);
	});

	it('says the concentration is back at four hours with 20 mL: 98.5 %, as question 2 and the article say', () => {
		const back = at('recovered', 20, 'en');
		expect(back.sentence).toContain('4\u00a0h');
		expect(back.sentence).toBe(
			en.describe.recovered.back.replace('{window}', '4\u00a0h').replace('{ratio}', '98.5%')
		);
		expect(at('recovered', 20, 'fr').sentence).toContain('revenue à 98,5\u00a0% de son niveau');
		expect(en.questions.back.explain).toContain('98.5%');
		expect(fr.questions.back.explain).toContain('98,5\u00a0%');
	});

	it('writes C/C0 whole below 95 %, with one decimal from 95 % up, and 100 % whole', () => {
		const n = numberFormat('en');
		expect(ratioPercent(n, 0.72)).toBe('72%');
		expect(ratioPercent(n, 0.949)).toBe('95%');
		expect(ratioPercent(n, 0.95)).toBe('95%');
		expect(ratioPercent(n, 0.9846)).toBe('98.5%');
		expect(ratioPercent(n, 0.9996)).toBe('100%');
		expect(ratioPercent(n, 1)).toBe('100%');
		expect(ratioPercent(numberFormat('fr'), 0.9846)).toBe('98,5\u00a0%');
	});

	it('says, for a bolus beyond what the 5 mL patch holds, that a real one spreads and dilutes far less', () => {
		const large = at('bolus', 500, 'en').sentence;
		expect(large).toContain('a 101-fold dilution');
		expect(large).toContain(
			'In this model all of it mixes into the same 5\u00a0mL of tissue fluid; a real 500\u00a0mL spreads within minutes over a far larger area'
		);
		expect(at('recovered', 500, 'en').sentence).toContain('the local dilution would be far smaller');
		expect(at('bolus', 100, 'fr').sentence).toContain(
			'Dans ce modèle, tout se mêle aux mêmes 5\u00a0mL de liquide du tissu\u00a0; un vrai volume de 100\u00a0mL s’étale'
		);
		for (const bolus of [5, 20, 30, SPREAD_BEYOND_mL])
			for (const step of ['bolus', 'recovered'])
				expect(at(step, bolus, 'en').sentence, `${bolus} mL`).not.toMatch(/spreads/);
		for (const bolus of BOLUS_STOPS_mL.filter((stop) => stop > SPREAD_BEYOND_mL)) {
			expect(at('bolus', bolus, 'en').sentence).toMatch(/spreads/);
			for (const step of ['inflamed', 'absorbed', 'made-again', 'joint-unchanged'])
				expect(at(step, bolus, 'en').sentence).not.toMatch(/spreads/);
		}
	});

	it('with 500 mL, says honestly that four hours are not enough, and when it is back above 90 %', () => {
		const late = at('recovered', 500, 'fr');
		const n = numberFormat('fr');
		expect(late.sentence).toContain('72\u00a0%');
		expect(late.sentence).toContain('500\u00a0mL');
		expect(late.sentence).toContain('90\u00a0%');
		expect(late.sentence).toMatch(/4\u00a0h\u00a05\d/);
		expect(late.sentence).toContain(n.duration(late.model.recovered90_min));
		// the other variant: 20 mL is back within the four hours, and says so without a later time
		// beyond what the 5 mL patch holds, followed by the caveat that a real bolus would spread
		expect(late.sentence).toMatch(variant(`${fr.describe.recovered.notYet} ${fr.describe.spread}`));
		expect(at('recovered', 20, 'fr').sentence).toMatch(variant(fr.describe.recovered.back));
		expect(at('recovered', 20, 'fr').sentence).not.toContain('90\u00a0%');
	});

	it('sets the claimed washout beside the model when the switch is on, at the steps where it differs', () => {
		const on = at('made-again', 20, 'en', true).sentence;
		// a dilution that lasted (what a lasting "washout" would need), then what the model shows
		expect(on).toContain('If the dilution lasted, it would stay at 20%; the model shows 80%.');
		expect(at('made-again', 20, 'en', false).sentence).not.toContain('dilution lasted');
		for (const step of ['inflamed', 'bolus', 'joint-unchanged'])
			expect(at(step, 20, 'fr', true).sentence).not.toContain('durait');
		for (const step of ['absorbed', 'made-again', 'recovered'])
			expect(at(step, 20, 'fr', true).sentence).toContain('Si la dilution durait');
	});

	it('leaves the joint or disc unchanged', () => {
		const joint = at('joint-unchanged', 500, 'fr');
		expect(joint.model.series.jointRatio).toBe(1);
		// said in words: "stayed at 100 % of their level" read as jargon to a GP (gpsci D8)
		expect(joint.sentence).toMatch(
			/articulation ou le disque, la concentration des médiateurs n’a pas bougé/
		);
		expect(at('joint-unchanged', 500, 'en').sentence).toMatch(/joint or the disc, .* did not change/);
	});

	it('never says NaN, whatever the slider sends, at any position', () => {
		for (const bolus_mL of [Number.NaN, -5, 0, 5, 499.5, 10_000, Infinity, -Infinity])
			for (let t = 0; t < steps.length; t += 0.5)
				for (const lang of ['fr', 'en'] as const) {
					const model = cushionModel(params(bolus_mL, true));
					const view = { model, frame: cushionFrameAt(model, t), words: words[lang], n: numberFormat(lang) };
					expect(describeCushion(view)).not.toMatch(/NaN|Infinity|undefined|\{/);
				}
	});
});

describe('the cushion drawing', () => {
	it('draws the layers to scale from SKIN_mm, the subcutis within its 10–15 mm', () => {
		expect(DRAWN_mm.epidermis).toBe(SKIN_mm.epidermis);
		expect(DRAWN_mm.dermis).toBe(SKIN_mm.dermis);
		expect(DRAWN_mm.subcutis).toBeGreaterThanOrEqual(SKIN_mm.subcutisMin);
		expect(DRAWN_mm.subcutis).toBeLessThanOrEqual(SKIN_mm.subcutisMax);
		expect(LAYER_Y.subcutis - LAYER_Y.dermis).toBeCloseTo(DRAWN_mm.subcutis * PER_MM, 9);
	});

	it.each([
		[5, false],
		[20, true],
		[100, true],
		[500, true]
	])('with %d mL the cushion is inside the subcutis and the figure; labelled: %s', (bolus, labelled) => {
		const { cushion, salineLabel } = at('bolus', bolus).layout;
		expect(cushion).not.toBeNull();
		expect(cushion!.cy - cushion!.ry).toBeGreaterThan(LAYER_Y.dermis);
		expect(cushion!.cy + cushion!.ry).toBeLessThan(LAYER_Y.subcutis);
		expect(cushion!.cx + cushion!.rx).toBeLessThanOrEqual(VIEWBOX.width);
		expect(salineLabel !== null).toBe(labelled);
	});

	it.each([
		['inflamed', false],
		['bolus', true],
		['made-again', true],
		['joint-unchanged', true]
	])('at %s a cushion is drawn: %s; it shrinks as the saline leaves', (step, drawn) => {
		expect(at(step).layout.cushion !== null).toBe(drawn);
		expect(at('made-again').layout.cushion!.rx).toBeLessThan(at('bolus').layout.cushion!.rx);
	});

	it.each([5, 20, 100, 500])('with %d mL, fewer mediators show in the diluted tissue', (bolus) => {
		const before = at('inflamed', bolus).layout.mediators.length;
		expect(before).toBe(TISSUE_MEDIATOR_COUNT);
		expect(at('bolus', bolus).layout.mediators.length).toBeLessThan(before);
	});

	it('draws the same mediators from frame to frame: the ones that stay are the same objects, unmoved', () => {
		// a figure draws them by identity, so a frame only adds or removes those that appear or vanish
		const model = cushionModel(params(20, false));
		const shown = [0.6, 0.8, 1, 1.5, 2].map(
			(t) => cushionLayout(model, cushionFrameAt(model, t), 6).mediators
		);
		for (let i = 1; i < shown.length; i++) {
			const before = new Set(shown[i - 1]);
			const kept = shown[i]!.filter((m) => before.has(m));
			expect(kept.length).toBeGreaterThan(0);
			expect(kept.length).toBeGreaterThanOrEqual(shown[i]!.length - 10);
		}
	});

	it('draws and names only the mediators its curve follows, the cytokines TNF-α and IL-1β, not the prostaglandins cleared in seconds to minutes (science.md D)', () => {
		expect(LEGEND.map((m) => m.kind)).toEqual(['tnf', 'il1']);
		const drawn = new Set([
			...at('inflamed').layout.mediators.map((m) => m.kind),
			...at('joint-unchanged').layout.jointMediators.map((m) => m.kind)
		]);
		expect([...drawn].sort()).toEqual(['il1', 'tnf']);
		for (const lang of ['fr', 'en'] as const) {
			const w = words[lang];
			expect(Object.keys(w.labels)).not.toContain('pg');
			// the steps and sentences about the curve name the cytokines; prostaglandins only as what it does not follow
			expect(w.describe.inflamed).not.toMatch(/prostaglandin/);
			expect(w.steps.inflamed.text).toMatch(/cytokines \(TNF-α, IL-1β\)/);
			expect(w.about.clearance).toMatch(/TNF-α/);
		}
	});

	it.each([
		['tnf', 'a triangle', 3],
		['il1', 'a diamond', 4]
	] as const)('a %s mediator is %s (%d corners), drawn where it is', (kind, _shape, corners) => {
		const d = mediatorPath(kind, 100, 200);
		expect(d.match(/[MLhv]/g)).toHaveLength(corners);
		expect(d.startsWith('M')).toBe(true);
		expect(d.endsWith('Z')).toBe(true);
		const start = d.match(/^M(-?[\d.]+) (-?[\d.]+)/)!;
		expect(Math.abs(Number(start[1]) - 100)).toBeLessThanOrEqual(10);
		expect(Math.abs(Number(start[2]) - 200)).toBeLessThanOrEqual(10);
		expect(mediatorPath(kind, 130, 200)).not.toBe(d);
	});

	it.each(['fr', 'en'] as const)(
		'in %s, keeps every mediator off the cushion’s name, at every bolus',
		(lang) => {
			for (const bolus of BOLUS_STOPS_mL)
				for (const step of steps) {
					const { layout } = at(step.id, bolus, lang);
					if (!layout.salineLabel) continue;
					const label = labelBox(layout.salineLabel, words[lang].labels.saline.length, 'middle');
					for (const m of layout.mediators)
						expect(
							m.x + MEDIATOR_HALF <= label.left ||
								m.x - MEDIATOR_HALF >= label.right ||
								m.y + MEDIATOR_HALF <= label.top ||
								m.y - MEDIATOR_HALF >= label.bottom
						).toBe(true);
				}
		}
	);

	it.each([
		['inflamed', 0],
		['bolus', 1],
		['absorbed', 0]
	])(
		'at %s the needle’s opacity is %d; its tip ends in the subcutis, above the cushion’s name',
		(step, opacity) => {
			const { needle, salineLabel } = at(step).layout;
			expect(needle.opacity).toBe(opacity);
			expect(needle.tipY).toBeGreaterThan(LAYER_Y.dermis);
			if (salineLabel) expect(needle.tipY).toBeLessThan(labelBox(salineLabel, 5, 'middle').top);
		}
	);

	it.each(BOLUS_STOPS_mL.map((bolus) => [bolus]))(
		'with %d mL, the washout’s label sits in the chart, clear of the axis labels',
		(bolus) => {
			const { washout } = at('recovered', bolus, 'fr', true).chart;
			const box = labelBox({ x: CHART.right, y: washout.labelY }, fr.labels.washout.length, 'end');
			expect(box.left).toBeGreaterThan(CHART.left);
			expect(box.top).toBeGreaterThan(CHART.top);
			expect(box.bottom).toBeLessThan(CHART.bottom);
		}
	);

	it('draws the curve up to the present, with the cursor at its end, on 0–240 min and 0–100 %', () => {
		const start = at('bolus');
		const end = at('recovered');
		// while the bolus goes in, the drop at t = 0 is drawn as it goes; after, the whole line made once
		// from the model is revealed up to the cursor (Trace's until)
		expect(start.layout.dropPath).not.toBeNull();
		expect(end.layout.dropPath).toBeNull();
		expect(end.chart).toEqual(start.chart);
		expect(end.chart.ratioPath.length).toBeGreaterThan(start.layout.dropPath!.length);
		const xs = [...end.chart.ratioPath.matchAll(/[ML](-?[\d.]+),/g)].map((m) => Number(m[1]));
		expect(xs[0]).toBeCloseTo(CHART.left, 6);
		expect(xs.at(-1)).toBeCloseTo(CHART.right, 6);
		expect(end.layout.cursor.x).toBeCloseTo(CHART.right, 6);
		expect(start.layout.cursor.x).toBeCloseTo(CHART.left, 6);
		expect(end.chart.xTicks.map((tick) => tick.label)).toEqual(['0', '60', '120', '180', '240']);
		expect(end.chart.yTicks.map((tick) => tick.label)).toEqual(['0', '50', '100']);
		expect(end.chart.jointLabelY).toBeLessThan(end.chart.baselineY - 6);
	});
});

// its side-by-side arrangement for wide screens and presenter mode: the same drawing, the same words
describeLandscape('cushion');
