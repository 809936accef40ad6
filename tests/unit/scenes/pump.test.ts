import { describe, expect, it } from 'vitest';
import { LABEL_CHAR_WIDTH } from '$lib/figure/axis';
import { ionHalfSize } from '$lib/figure/ions';
import { format, placeholders } from '$lib/i18n/format';
import { numberFormat } from '$lib/i18n/numbers';
import {
	BLOOD_GLUCOSE_mM,
	D5W_PERCENT,
	GLUCOSE_KM_mM,
	glucoseMillimolar,
	glucoseUptakeFraction,
	PUMP_STEPS
} from '$lib/physiology';
import { defaultsOf } from '$lib/player/parameters';
import { reference } from '$content/references';
import scene from '$lib/scenes/pump';
import { about } from '$lib/scenes/pump/about';
import questions from '$lib/scenes/pump/questions.json';
import { describePump } from '$lib/scenes/pump/describe';
import fr from '$lib/scenes/pump/messages/fr.json';
import en from '$lib/scenes/pump/messages/en.json';
import {
	controls,
	D5W_GLUCOSE_mM,
	GLUCOSE_STOPS_mM,
	pumpFrameAt,
	pumpModel,
	STALLED_RATE,
	steps,
	type PumpParams
} from '$lib/scenes/pump/model';
import {
	CONC_CHART,
	FUEL_ROW,
	FUEL_Y,
	fuelPanel,
	HYPOTHESIS_BOX,
	legendLayout,
	MEMBRANE,
	PUMP,
	pumpChart,
	pumpLayout,
	ROWS,
	UPTAKE_BAR,
	VIEWBOX,
	VM_CHART
} from '$lib/scenes/pump/view';
import { insideCount } from '$lib/scenes/pump/cell';
import { drawScene } from './drawn-layout';
import { describeLandscape } from './landscape';

// The pump figure against the pump–leak model's own numbers (science.md A2; physiology/model.md: 12/140 mM
// and −67 mV at rest, a reserve that lasts ~38 min, recovery within minutes of fuel returning, 77 % of the
// maximal glucose uptake at 5 mM and 99 % at 5 % dextrose) and against what a reader sees at each step.
const words = { fr, en } as const;
type Lang = keyof typeof words;
const fed: PumpParams = { glucose_mM: BLOOD_GLUCOSE_mM, oxygen: true, showHypothesis: false };
const indexOf = (step: string) => steps.findIndex((s) => s.id === step);
const at = (step: string | number, params: Partial<PumpParams> = {}, lang: Lang = 'en') => {
	const model = pumpModel({ ...fed, ...params });
	const frame = pumpFrameAt(model, typeof step === 'number' ? step : indexOf(step));
	const view = { model, frame, words: words[lang], n: numberFormat(lang) };
	return { ...view, sentence: describePump(view), layout: pumpLayout(model, frame) };
};
const nbsp = '\u00a0';

describe('the pump model', () => {
	it('holds the textbook resting axon while fed: 12/140 mM, −67 mV at 10 min', () => {
		const { model, frame } = at('k-in');
		expect(model.rest.vm_mV).toBeCloseTo(-67.2, 1);
		expect(frame.shownUntil_min).toBe(10);
		expect(model.fed.naInside_mM).toBeCloseTo(12, 0);
		expect(model.fed.kInside_mM).toBeCloseTo(140, 0);
		expect(model.fed.vm_mV).toBeCloseTo(-67.2, 0);
	});

	it('runs on its reserve at 40 min, runs down by 70 min, recovers within minutes of fuel returning', () => {
		expect(Math.abs(at('fuel-cut').frame.now.naInside_mM - 12)).toBeLessThan(1);
		const { model } = at('run-down');
		expect(model.starved.naInside_mM).toBeGreaterThan(100);
		expect(model.starved.vm_mV).toBeGreaterThan(-40);
		expect(model.recovery_min).toBeGreaterThan(2);
		expect(model.recovery_min).toBeLessThan(20);
		// driven by the Na⁺ that piled up, the pump runs faster than at rest once fuel is back
		expect(model.peakRateAfterReturn).toBeGreaterThan(1.5);
		expect(model.end.vm_mV).toBeCloseTo(-67.2, 0);
	});

	it('without oxygen gets 2 ATP per glucose instead of 30, and never recovers', () => {
		expect(at('na-bind').model.atpPerGlucose).toBe(30);
		const anoxic = at('fuel-back', { oxygen: false }).model;
		expect(anoxic.atpPerGlucose).toBe(2);
		expect(anoxic.recovery_min).toBeNull();
		expect(anoxic.fed.naInside_mM).toBeGreaterThan(14);
	});

	it('takes up glucose at 77 % of its maximum at blood glucose and 99 % at 5 % dextrose (≈ 278 mM)', () => {
		expect(D5W_GLUCOSE_mM).toBe(glucoseMillimolar(D5W_PERCENT));
		expect(D5W_GLUCOSE_mM).toBeCloseTo(277.5, 1);
		const { model } = at('na-bind');
		expect(model.uptake).toBeCloseTo(0.77, 2);
		expect(model.uptakeAtBlood).toBe(model.uptake);
		expect(model.uptakeAtD5W).toBeCloseTo(0.99, 2);
	});

	it.each(
		GLUCOSE_STOPS_mM.flatMap((glucose_mM) => [true, false].map((oxygen) => [glucose_mM, oxygen] as const))
	)('at %d mM (oxygen %s) the reserve is spent by 69.5 min: the pump has stopped', (glucose_mM, oxygen) => {
		const { model, frame } = at('run-down', { glucose_mM, oxygen });
		expect(model.starved.pumpRate).toBeLessThan(STALLED_RATE);
		expect(frame.stalled).toBe(true);
	});

	it('moves the charts forward step by step, never back: 10 min for the cycle, then 40, 69.5, 120', () => {
		const model = pumpModel(fed);
		expect(steps.map((_, i) => pumpFrameAt(model, i).shownUntil_min)).toEqual([
			10, 10, 10, 10, 10, 40, 69.5, 120
		]);
	});

	it.each([
		['na-bind', 'na-bind-inside'],
		['atp-phosphate', 'atp-binds-adp-leaves'],
		['na-out', 'na-released-outside'],
		['k-bind', 'k-bind-outside'],
		['k-in', 'k-released-inside'],
		['fuel-cut', 'na-bind-inside'],
		['run-down', 'na-bind-inside'],
		['fuel-back', 'na-bind-inside']
	] as const)('at %s the pump is in the cycle state %s', (step, state) => {
		const { frame } = at(step);
		expect(frame.cycle.from).toBe(state);
		expect(frame.cycle.to).toBe(state);
		expect(frame.cycle.fromStep).toBe(PUMP_STEPS[state]);
	});

	it('names the step a reader sees: the destination once a passage is past halfway', () => {
		const model = pumpModel(fed);
		expect(pumpFrameAt(model, 1.4).step).toBe('atp-phosphate');
		expect(pumpFrameAt(model, 1.6).step).toBe('na-out');
		expect(pumpFrameAt(model, 5.5).shownUntil_min).toBeCloseTo(54.75, 6);
		expect(pumpFrameAt(model, Number.NaN).step).toBe('na-bind');
		expect(pumpFrameAt(model, 99).step).toBe('fuel-back');
	});

	it('takes any glucose value safely: within the slider’s range, a bad one as none', () => {
		expect(pumpModel({ ...fed, glucose_mM: Number.NaN }).params.glucose_mM).toBe(0);
		expect(pumpModel({ ...fed, glucose_mM: -1 }).params.glucose_mM).toBe(0);
		expect(pumpModel({ ...fed, glucose_mM: 2000 }).params.glucose_mM).toBe(D5W_GLUCOSE_mM);
		expect(pumpModel({ ...fed, glucose_mM: Infinity }).params.glucose_mM).toBe(0);
	});
});

describe('the pump controls', () => {
	it('start at blood glucose with oxygen and without the hypothesis', () => {
		expect(defaultsOf(controls)).toEqual(fed);
	});

	it('name the glucose stops none, blood and 5 % dextrose, each a stop of the slider, in both languages', () => {
		const glucose = controls[0];
		expect(glucose.named).toEqual({ none: 0, blood: BLOOD_GLUCOSE_mM, d5w: D5W_GLUCOSE_mM });
		for (const value of Object.values(glucose.named)) expect(glucose.stops).toContain(value);
		expect(Object.keys(fr.params.glucose_mM.stops)).toEqual(Object.keys(glucose.named));
		expect(Object.keys(en.params.glucose_mM.stops)).toEqual(Object.keys(glucose.named));
		expect(glucose.show(D5W_GLUCOSE_mM, numberFormat('fr'))).toBe(`278${nbsp}mM`);
		expect(glucose.show(0.5, numberFormat('fr'))).toBe(`0,5${nbsp}mM`);
	});

	it('draw the unsupported claim as a switch, and every claim has its words', () => {
		const claim = controls.find((control) => control.kind === 'claim');
		expect(scene.claims.find((c) => c.id === claim?.claim)?.level).toBe('unsupported');
		for (const { id } of scene.claims) {
			expect(fr.claims[id as keyof typeof fr.claims]).toBeTruthy();
			expect(en.claims[id as keyof typeof en.claims]).toBeTruthy();
		}
	});
});

describe('the evidence behind the glucose claims (science.md A2)', () => {
	const claim = (id: string) => scene.claims.find((c) => c.id === id);

	it('calls the ATP yield of one glucose established, with the biochemistry textbook science.md cites', () => {
		expect(claim('glucose-yield')).toMatchObject({ level: 'established', refs: ['berg-2002'] });
		expect(en.claims['glucose-yield']).toMatch(/2 ATP by glycolysis alone and about thirty/);
		expect(fr.claims['glucose-yield']).toMatch(/2\u00a0ATP par la seule glycolyse, et une trentaine/);
		expect(about.find((entry) => entry.key === 'yield')?.refs).toEqual(['berg-2002']);
		expect(reference('berg-2002').supports.en).toMatch(/Table 18\.4, after Hinkle 1991/);
	});

	it('labels the uptake estimate a calculation, without the brain energy budget', () => {
		const uptake = claim('glucose-uptake')!;
		expect(uptake.level).toBe('hypothesis');
		expect(uptake.refs).not.toContain('attwell-2001');
		expect(en.claims['glucose-uptake']).toMatch(/a calculation, not a measurement on a nerve\.$/);
		expect(fr.claims['glucose-uptake']).toMatch(/C’est un calcul, pas une mesure faite sur un nerf\.$/);
		expect(claim('glucose-yield-and-uptake')).toBeUndefined();
	});

	// numbers64 D2: the textbook's spread (60–80 %, at most +60 %) was credited to this model, whose slider
	// shows 77 % at 5 mM and 99 % at 278 mM, about 30 % more: the range is the textbook's, the 30 % the model's
	it('gives the textbook’s range as the textbook’s, and the model’s own rise as the figure computes it', () => {
		const rise = glucoseUptakeFraction(278) / glucoseUptakeFraction(5) - 1;
		const percent = Math.round(rise * 10) * 10;
		expect(percent).toBe(30);
		expect(en.claims['glucose-uptake']).toMatch(/1 to 3\u00a0mmol\/L.*60–80%.*at most about 60%/);
		expect(en.claims['glucose-uptake']).toContain(`about ${percent}% with the ${GLUCOSE_KM_mM}\u00a0mmol/L`);
		expect(fr.claims['glucose-uptake']).toMatch(/vers 1 à 3\u00a0mmol\/L.*60 à 80\u00a0%.*60\u00a0% environ/);
		expect(fr.claims['glucose-uptake']).toContain(
			`d’environ ${percent}\u00a0% avec le ${String(GLUCOSE_KM_mM).replace('.', ',')}\u00a0mmol/L`
		);
	});

	it('backs the transporter question’s answer with the textbook, not a study of nerve anoxia', () => {
		const dextrose = questions.find((question) => question.id === 'dextrose')!;
		expect(dextrose.refs).toEqual(['berg-2002']);
	});
});

describe('the pump catalogues', () => {
	const leaves = (value: unknown, path = ''): [string, string][] =>
		typeof value === 'string'
			? [[path, value]]
			: Object.entries(value as object).flatMap(([key, inner]) =>
					leaves(inner, path ? `${path}.${key}` : key)
				);

	it('have the same keys in both languages, each asking for the same numbers', () => {
		const french = new Map(leaves(fr));
		const english = new Map(leaves(en));
		expect([...english.keys()]).toEqual([...french.keys()]);
		for (const [key, text] of french)
			expect(placeholders(english.get(key)!), key).toEqual(placeholders(text));
	});

	it('have a step name and text for every step, and nothing for steps that do not exist', () => {
		expect(Object.keys(fr.steps)).toEqual(steps.map((step) => step.id));
		expect(Object.keys(en.steps)).toEqual(steps.map((step) => step.id));
	});

	it.each(['fr', 'en'] as const)('%s: every sentence variant is said for some step and setting', (lang) => {
		const said = new Set<string>();
		for (const glucose_mM of GLUCOSE_STOPS_mM)
			for (const oxygen of [true, false])
				for (const step of steps) said.add(at(step.id, { glucose_mM, oxygen }, lang).sentence);
		// each variant's words up to its first number are in some sentence
		for (const [key, text] of leaves(words[lang].describe)) {
			const head = text.split('{')[0]!.trim();
			const fragment = head.length > 8 ? head : text.split('}').at(-1)!.trim();
			expect(
				[...said].some((sentence) => sentence.includes(fragment)),
				key
			).toBe(true);
		}
	});
});

describe('what the pump figure says', () => {
	it('starts from the fuel: 5 mM, 77 % of the maximal uptake, 30 ATP per glucose', () => {
		const french = at('na-bind', {}, 'fr').sentence;
		expect(french).toContain(`5${nbsp}mM`);
		expect(french).toContain(`77${nbsp}%`);
		expect(french).toContain('30 ATP');
		expect(french).toMatch(/oxygène/);
		expect(at('na-bind').sentence).toContain('77%');
		expect(at('na-bind', { glucose_mM: D5W_GLUCOSE_mM }).sentence).toContain('99%');
	});

	it('says how much less ATP a glucose gives without oxygen, and that a nerve without glucose lives on its reserve', () => {
		const anoxic = at('na-bind', { oxygen: false }).sentence;
		expect(anoxic).toMatch(/only 2 ATP/);
		expect(at('na-bind', { oxygen: false }, 'fr').sentence).toMatch(/ne donne que 2 ATP/);
		const none = at('na-bind', { glucose_mM: 0 }).sentence;
		expect(none).toMatch(/reserve/);
		expect(none).not.toMatch(/ATP/);
	});

	it('gives the gradients each ion is pumped against: 145 mM Na⁺ outside, 12 inside, 5 mM K⁺ outside', () => {
		const out = at('na-out', {}, 'fr').sentence;
		expect(out).toContain(`145${nbsp}mM`);
		expect(out).toContain(`12${nbsp}mM`);
		expect(at('k-bind').sentence).toContain(`5${nbsp}mM`);
		expect(at('atp-phosphate').sentence).toMatch(/ADP/);
	});

	it('after one turn, the gradients hold at 10 min when fed, and ATP is already short without oxygen', () => {
		const holds = at('k-in').sentence;
		for (const part of [`10${nbsp}min`, `12${nbsp}mM`, `140${nbsp}mM`, `−67${nbsp}mV`])
			expect(holds).toContain(part);
		expect(holds).toMatch(/gradients hold/);
		const short = at('k-in', { oxygen: false });
		expect(short.sentence).toMatch(/already short/);
		expect(short.sentence).toContain(numberFormat('en').mM(Math.round(short.model.fed.naInside_mM)));
	});

	it('at 40 min the reserve still runs the pump; without oxygen it does not', () => {
		const reserve = at('fuel-cut');
		expect(reserve.sentence).toContain(`40${nbsp}min`);
		expect(reserve.sentence).toMatch(/still runs the pump/);
		expect(at('fuel-cut', { oxygen: false }).sentence).toMatch(/not enough/);
		expect(at('fuel-cut', { glucose_mM: 0 }, 'fr').sentence).toMatch(/^Toujours pas de glucose\./);
	});

	it('just before glucose returns, gives where Na⁺, K⁺ and Vm have gone, in the minutes the clock shows', () => {
		const starved = at('run-down', {}, 'fr');
		const n = numberFormat('fr');
		// the clock shows whole minutes gone (69 at 69.5 min): cut at 10 min, 59 min without glucose
		expect(Math.floor(starved.frame.shownUntil_min)).toBe(69);
		expect(starved.sentence).toContain(`en 59${nbsp}min sans glucose`);
		expect(starved.sentence).toContain(n.mM(Math.round(starved.model.starved.naInside_mM)));
		expect(starved.sentence).toContain(n.mM(Math.round(starved.model.starved.kInside_mM)));
		expect(starved.sentence).toContain(n.mV(starved.model.starved.vm_mV));
		expect(starved.sentence).toContain(`−67${nbsp}mV`);
		// never fed: as long as the clock has run
		expect(at('run-down', { glucose_mM: 0 }).sentence).toContain(`after 69${nbsp}min without glucose`);
	});

	it('without oxygen, counts the run-down from where the cell was when glucose went, not from rest', () => {
		const anoxic = at('run-down', { oxygen: false });
		const n = numberFormat('en');
		const cut = anoxic.model.fed;
		expect(cut.naInside_mM - anoxic.model.rest.naInside_mM).toBeGreaterThan(20);
		expect(anoxic.sentence).toContain(`inside Na⁺ goes from ${n.mM(Math.round(cut.naInside_mM))}`);
		expect(anoxic.sentence).toContain(`climbs from ${n.mV(cut.vm_mV)}`);
		expect(anoxic.sentence).not.toContain(`from ${n.mM(12)}`);
	});

	it('when glucose returns, says how fast the pump runs and how soon the gradients are back', () => {
		const back = at('fuel-back');
		const n = numberFormat('en');
		expect(back.sentence).toContain(`70${nbsp}min`);
		expect(back.sentence).toContain(n.duration(back.model.recovery_min!));
		// at blood glucose the peak is twice the resting rate: said "twice as fast", not "2 times as fast"
		expect(Math.round(back.model.peakRateAfterReturn * 10) / 10).toBe(2);
		expect(back.sentence).toContain('up to twice as fast as at rest');
		expect(back.sentence).not.toMatch(/2 times/);
		expect(back.sentence).toContain(`−67${nbsp}mV`);
		expect(at('fuel-back', {}, 'fr').sentence).toContain('jusqu’à deux fois plus vite');
		// any other peak is said in figures
		const other = GLUCOSE_STOPS_mM.map((glucose_mM) => at('fuel-back', { glucose_mM })).find((view) => {
			const peak = Math.round(view.model.peakRateAfterReturn * 10) / 10;
			return peak > 1 && peak !== 2 && view.model.recovery_min !== null;
		})!;
		expect(other.sentence).toContain(
			`up to ${n.upTo(Math.round(other.model.peakRateAfterReturn * 10) / 10, 1)} times as fast`
		);
		// so little glucose that the pump's peak is the resting rate, to the tenth: no "1 times as fast"
		const little = at('fuel-back', { glucose_mM: 1 });
		expect(Math.round(little.model.peakRateAfterReturn * 10) / 10).toBeLessThanOrEqual(1);
		expect(little.model.recovery_min).not.toBeNull();
		expect(little.sentence).toMatch(/barely faster than at rest/);
		expect(little.sentence).not.toMatch(/times as fast/);
	});

	it('when glucose returns without oxygen, or too little of it, or none, says the gradients stay down', () => {
		const anoxic = at('fuel-back', { oxygen: false }, 'fr');
		expect(anoxic.sentence).toMatch(/sans oxygène il ne donne que 2 ATP/);
		expect(anoxic.sentence).toContain(numberFormat('fr').mM(Math.round(anoxic.model.end.naInside_mM)));
		expect(at('fuel-back', { glucose_mM: 0.5 }).sentence).toMatch(/too little/);
		expect(at('fuel-back', { glucose_mM: 0 }).sentence).toContain(`(0${nbsp}mM)`);
	});

	it('never says or draws NaN, whatever the slider sends', () => {
		for (const glucose_mM of [Number.NaN, -1, 0, 0.5, 2000, Infinity, -Infinity])
			for (const oxygen of [true, false]) {
				const model = pumpModel({ ...fed, glucose_mM, oxygen });
				for (let t = -1; t <= steps.length; t += 0.5)
					for (const lang of ['fr', 'en'] as const) {
						const view = { model, frame: pumpFrameAt(model, t), words: words[lang], n: numberFormat(lang) };
						expect(describePump(view)).not.toMatch(/NaN|Infinity|undefined|null|\{/);
						expect(JSON.stringify(pumpLayout(model, view.frame))).not.toMatch(/NaN|null/);
					}
			}
	});
});

describe('the pump drawing', () => {
	it.each([
		['na-bind', 0, true, false, false],
		['atp-phosphate', 0, false, true, true],
		['na-out', 1, false, true, true],
		['k-bind', 1, false, false, true],
		['k-in', 0, false, false, true],
		['fuel-cut', 0, true, false, false],
		['fuel-back', 0, true, false, false]
	] as const)(
		'at %s the pump faces %d (0 in, 1 out); ATP %s, ADP %s, phosphate %s',
		(step, facing, atp, adp, pi) => {
			const { layout } = at(step);
			expect(layout.facing).toBe(facing);
			expect(layout.atp.opacity > 0.5).toBe(atp);
			expect(layout.adp.opacity > 0.5).toBe(adp);
			expect(layout.phosphate.opacity > 0.5).toBe(pi);
			expect(layout.stalled).toBe(false);
		}
	);

	it('sets the phosphate free as Pi when the K⁺ go in', () => {
		expect(at('k-bind').layout.phosphate.free).toBe(false);
		expect(at('k-in').layout.phosphate.free).toBe(true);
	});

	it('draws a starved pump stalled, without its ATP', () => {
		const { layout } = at('run-down');
		expect(layout.stalled).toBe(true);
		expect(layout.atp.opacity).toBe(0);
	});

	it.each([
		[12, 12, 1],
		[39, 12, 2],
		[147, 12, 6],
		[140, 5, 6],
		[5, 5, 1],
		[2000, 5, 6],
		[Number.NaN, 5, 1]
	])('draws %d mM (floor %d mM) as %d ions inside', (value, floor, count) => {
		expect(insideCount(value, floor)).toBe(count);
	});

	it('fills the inside with Na⁺ as the gradients run down, and empties it of K⁺', () => {
		const inside = (step: string, kind: string) =>
			at(step).layout.ions.filter((ion) => ion.kind === kind && ion.y > MEMBRANE.bottom + 30).length;
		expect(inside('fuel-cut', 'na')).toBe(1);
		expect(inside('fuel-cut', 'k')).toBe(6);
		expect(inside('run-down', 'na')).toBeGreaterThanOrEqual(5);
		expect(inside('run-down', 'k')).toBe(1);
	});

	it('hands the figure the same ion, not a copy, wherever an ion has not moved', () => {
		// the figure updates an ion only when its object changes (a keyed each-block compares by identity)
		const before = at('na-bind').layout.ions;
		const after = at('na-out').layout.ions;
		const kept = after.filter((ion) => before.includes(ion));
		// the crowd outside (six Na⁺, one K⁺) and the ions inside stay where they were
		expect(kept.length).toBeGreaterThanOrEqual(7 + 2);
		// this cycle's three Na⁺ go out between the two steps: they are new
		expect(after.length - kept.length).toBeGreaterThanOrEqual(3);
	});

	it('makes the two hours of each line once, from the model, and moves only the present along them', () => {
		const { model } = at('na-bind');
		const chart = pumpChart(model);
		for (const path of [chart.naPath, chart.kPath, chart.vmPath]) {
			const xs = [...path.matchAll(/[ML](-?[\d.]+),/g)].map((m) => Number(m[1]));
			expect(xs[0]).toBeCloseTo(CONC_CHART.left, 6);
			expect(xs.at(-1)).toBeCloseTo(CONC_CHART.right, 6);
		}
		const start = at('na-bind').layout;
		const end = at('fuel-back').layout;
		// the lines are revealed up to the cursors (Trace's until), which reach the right edge at the end
		expect(start.cursor.x).toBeLessThan(end.cursor.x);
		expect(end.cursor.x).toBe(CONC_CHART.right);
		expect(chart.xTicks.map((tick) => tick.label)).toEqual(['0', '20', '40', '60', '80', '100', '120']);
		expect(chart.concTicks.map((tick) => tick.value)).toEqual([0, 140]);
		expect(chart.vmTicks.map((tick) => tick.value)).toEqual([-90, 0]);
	});

	it('keeps the whole Vm trace inside its chart, the resting level well above its bottom', () => {
		for (const glucose_mM of GLUCOSE_STOPS_mM)
			for (const oxygen of [true, false]) {
				const { model } = at('fuel-back', { glucose_mM, oxygen });
				expect(Math.min(...model.series.vm_mV)).toBeGreaterThan(-95);
				expect(Math.max(...model.series.vm_mV)).toBeLessThanOrEqual(0);
			}
		expect(VM_CHART.bottom - pumpChart(at('na-bind').model).restY).toBeGreaterThan(30);
	});
});

// The fuel panel (glucose → ATP, the uptake bar) says what reaches the axon at the time the charts show, not
// only where the slider is: after 60 min without glucose it cannot read "5 mM: 77 %" beside "no glucose".
const fuelAtStep = [
	// step, slider (mM), glucose reaching the axon (mM), uptake (share of maximum), ATP from glucose
	['na-bind', BLOOD_GLUCOSE_mM, BLOOD_GLUCOSE_mM, 0.77, 30],
	['k-in', BLOOD_GLUCOSE_mM, BLOOD_GLUCOSE_mM, 0.77, 30],
	['fuel-cut', BLOOD_GLUCOSE_mM, 0, 0, 0],
	['run-down', BLOOD_GLUCOSE_mM, 0, 0, 0],
	['fuel-back', BLOOD_GLUCOSE_mM, BLOOD_GLUCOSE_mM, 0.77, 30],
	['run-down', D5W_GLUCOSE_mM, 0, 0, 0],
	['fuel-back', D5W_GLUCOSE_mM, D5W_GLUCOSE_mM, 0.99, 30],
	['na-bind', 0, 0, 0, 0]
] as const;

describe('the fuel panel of the pump figure', () => {
	it.each(fuelAtStep)(
		'at %s with the slider at %d mM: %d mM reach the axon, uptake %d, %d ATP from glucose',
		(step, slider, glucose, uptake, atp) => {
			const { model, frame } = at(step, { glucose_mM: slider });
			expect(frame.glucose_mM).toBe(glucose);
			const panel = fuelPanel(model, frame.glucose_mM);
			expect(panel.cut).toBe(glucose === 0);
			expect(panel.glucose_mM).toBe(glucose);
			expect(panel.uptake).toBeCloseTo(uptake, 2);
			expect(panel.atp).toBe(atp);
			expect(panel.uptakeWidth === 0).toBe(glucose === 0);
			// no arrow from glucose that is not there
			expect(panel.arrow === null).toBe(glucose === 0);
		}
	);

	it('cuts the glucose as soon as the chart passes 10 min, and gives it back at 70', () => {
		const { model } = at('na-bind');
		const passage = indexOf('k-in') + 0.5; // on the way from 10 to 40 min
		expect(pumpFrameAt(model, passage).glucose_mM).toBe(0);
		const back = indexOf('run-down') + 0.5; // on the way from 69.5 to 120 min, past 70
		expect(pumpFrameAt(model, back).shownUntil_min).toBeGreaterThan(70);
		expect(pumpFrameAt(model, back).glucose_mM).toBe(BLOOD_GLUCOSE_mM);
	});

	it.each(
		(['fr', 'en'] as const).flatMap((lang) =>
			fuelAtStep.map(
				([step, slider, glucose, uptake, atp]) => [lang, step, slider, glucose, uptake, atp] as const
			)
		)
	)(
		'%s, drawn at %s with the slider at %d mM: the words say %d mM, %d of the maximum, %d ATP',
		(lang, step, slider, glucose, uptake, atp) => {
			const view = at(step, { glucose_mM: slider }, lang);
			const w = words[lang].labels;
			const texts = drawScene(scene, view, 'portrait').texts.map((text) => text.name.slice(1, -1));
			// the drawing is read as a browser lays it out: a no-break space is a space there
			const uptakeText = format(w.uptake, {
				glucose: view.n.mM(glucose),
				uptake: view.n.percent(uptake)
			}).replaceAll(nbsp, ' ');
			expect(texts).toContain(uptakeText);
			expect(texts).toContain(`${atp} ATP`);
			// the fuel row names the glucose, or says there is none (as the band over the charts does)
			expect(texts.filter((text) => text === w.noFuel).length).toBe(glucose === 0 ? 2 : 1);
			expect(texts.includes(w.glucose)).toBe(glucose > 0);
		}
	);
});

// Every text of the figure as a box, by its estimated width (axis.ts: 12.5 units per character of a
// 21-unit label, a little more for bold or 26-unit readouts): none may overlap another or leave the figure.
interface Box {
	name: string;
	x0: number;
	x1: number;
	y0: number;
	y1: number;
}
function textBox(
	name: string,
	text: string,
	x: number,
	y: number,
	anchor = 'start',
	size = 21,
	perChar = LABEL_CHAR_WIDTH
): Box {
	const width = text.length * perChar * (size / 21);
	const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
	return { name, x0, x1: x0 + width, y0: y - size * 0.8, y1: y + size * 0.2 };
}
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function textsOf(step: string, params: Partial<PumpParams>, lang: Lang): Box[] {
	const { model, frame, layout, n } = at(step, params, lang);
	const chart = pumpChart(model);
	const fuel = fuelPanel(model, frame.glucose_mM);
	const w = words[lang].labels;
	const boxes = [
		textBox('outside', w.outside, 14, 28),
		textBox('inside', w.inside, 14, MEMBRANE.bottom + 24),
		textBox('pump', w.pump, PUMP.cx, PUMP.labelY, 'middle'),
		textBox('glucose', fuel.cut ? w.noFuel : w.glucose, FUEL_ROW.labelX, FUEL_Y + 7),
		textBox('atp', `${fuel.atp} ATP`, fuel.atpAt.x, fuel.atpAt.y, 'start', 21, 13.5),
		textBox('oxygen', model.params.oxygen ? w.oxygen : w.noOxygen, FUEL_ROW.oxygen.x, FUEL_ROW.oxygen.y),
		textBox(
			'uptake',
			format(w.uptake, { glucose: n.mM(fuel.glucose_mM), uptake: n.percent(fuel.uptake) }),
			UPTAKE_BAR.left,
			UPTAKE_BAR.labelY
		),
		textBox('blood', n.mM(BLOOD_GLUCOSE_mM), chart.uptake.blood - 6, UPTAKE_BAR.tickLabelY, 'end'),
		textBox('noFuel', w.noFuel, (chart.noFuel.x0 + chart.noFuel.x1) / 2, ROWS.noFuel, 'middle'),
		...legendLayout(w.kInside, w.naInside).map((item) =>
			textBox(`legend-${item.kind}`, item.kind === 'k' ? w.kInside : w.naInside, item.textX, ROWS.legend)
		),
		...chart.concTicks.map((tick) =>
			textBox(`conc ${tick.value}`, n.mM(tick.value), CONC_CHART.left - 6, tick.at + 7, 'end')
		),
		textBox('readout', format(w.vm, { value: n.mV(frame.now.vm_mV) }), 14, ROWS.readout, 'start', 26, 13.5),
		textBox('shown', n.duration(frame.shownUntil_min), VIEWBOX.width - 14, ROWS.readout, 'end'),
		textBox('rest', format(w.rest, { value: n.mV(model.rest.vm_mV) }), VM_CHART.left + 10, chart.restY + 26),
		...chart.vmTicks.map((tick) =>
			textBox(`vm ${tick.value}`, n.mV(tick.value), VM_CHART.left - 6, tick.at + 7, 'end')
		),
		...chart.xTicks.map((tick) =>
			textBox(`t ${tick.label}`, tick.label, tick.at, VM_CHART.bottom + 24, 'middle')
		),
		textBox('time', w.time, VIEWBOX.width - 14, ROWS.timeTitle, 'end')
	];
	if (layout.stalled) boxes.push(textBox('noAtp', w.noAtp, 300, 300, 'middle', 21, 13.5));
	if (model.params.showHypothesis)
		boxes.push(
			textBox(
				'hypothesis',
				w.hypothesis,
				(HYPOTHESIS_BOX.left + HYPOTHESIS_BOX.right) / 2,
				HYPOTHESIS_BOX.textY,
				'middle',
				21,
				13.5
			),
			textBox('d5w', n.mM(D5W_GLUCOSE_mM), UPTAKE_BAR.right, UPTAKE_BAR.tickLabelY, 'end', 21, 13.5)
		);
	return boxes;
}

const settings: Partial<PumpParams>[] = [
	{ showHypothesis: true },
	{ glucose_mM: 0, oxygen: false, showHypothesis: true },
	{ glucose_mM: D5W_GLUCOSE_mM, showHypothesis: true },
	{ glucose_mM: 0.5, oxygen: false }
];
const cases = (['fr', 'en'] as const).flatMap((lang) =>
	steps.flatMap((step) => settings.map((params) => [lang, step.id, params] as const))
);

describe('every label of the pump figure is legible', () => {
	it.each(cases)('%s, %s, %o: no text overlaps another or leaves the figure', (lang, step, params) => {
		const boxes = textsOf(step, params, lang);
		for (const box of boxes) {
			expect(box.x0, box.name).toBeGreaterThanOrEqual(4);
			expect(box.x1, box.name).toBeLessThanOrEqual(VIEWBOX.width - 4);
			expect(box.y0, box.name).toBeGreaterThanOrEqual(4);
			expect(box.y1, box.name).toBeLessThanOrEqual(VIEWBOX.height - 4);
		}
		boxes.forEach((a, i) =>
			boxes.slice(i + 1).forEach((b) => expect(overlaps(a, b), `${a.name} / ${b.name}`).toBe(false))
		);
	});

	it.each(cases)('%s, %s, %o: no text sits under an ion or a molecule', (lang, step, params) => {
		const boxes = textsOf(step, params, lang);
		const { layout } = at(step, params, lang);
		const glyphs = [
			...layout.ions.map((ion) => {
				const half = ionHalfSize[ion.kind];
				return {
					name: `${ion.kind} at ${ion.x},${ion.y}`,
					x0: ion.x - half.x,
					x1: ion.x + half.x,
					y0: ion.y - half.y,
					y1: ion.y + half.y
				};
			}),
			// the ATP and ADP pills (68 × 32) and the phosphate (r 17), while they show
			...[layout.atp, layout.adp]
				.filter((m) => m.opacity > 0.01)
				.map((m) => ({
					name: `pill at ${m.x},${m.y}`,
					x0: m.x - 34,
					x1: m.x + 34,
					y0: m.y - 16,
					y1: m.y + 16
				})),
			...[layout.phosphate]
				.filter((m) => m.opacity > 0.01)
				.map((m) => ({ name: 'phosphate', x0: m.x - 17, x1: m.x + 17, y0: m.y - 17, y1: m.y + 17 }))
		];
		for (const glyph of glyphs)
			for (const box of boxes) expect(overlaps(glyph, box), `${glyph.name} / ${box.name}`).toBe(false);
	});

	it.each(cases)('%s, %s, %o: no ion hides another', (lang, step, params) => {
		const glyphs = at(step, params, lang).layout.ions.map((ion) => {
			const half = ionHalfSize[ion.kind];
			return {
				name: `${ion.kind} at ${ion.x},${ion.y}`,
				x0: ion.x - half.x,
				x1: ion.x + half.x,
				y0: ion.y - half.y,
				y1: ion.y + half.y
			};
		});
		glyphs.forEach((a, i) =>
			glyphs.slice(i + 1).forEach((b) => expect(overlaps(a, b), `${a.name} / ${b.name}`).toBe(false))
		);
	});
});

// its side-by-side arrangement for wide screens and presenter mode: the same drawing, the same words
describeLandscape('pump');
