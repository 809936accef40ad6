import { describe, expect, it } from 'vitest';
import { overlap as boxesOverlap } from './drawn-layout';
import questions from '$lib/scenes/trpv1/questions.json';
import { render } from 'svelte/server';
import { LABEL_CHAR_WIDTH, placeAlong } from '$lib/figure/axis';
import { ionHalfSize } from '$lib/figure/ions';
import { NBSP, numberFormat } from '$lib/i18n/numbers';
import { format, placeholders } from '$lib/i18n/format';
import {
	HYPOTHETICAL_DEXTROSE_BLOCK,
	SENSITISED_ENDING,
	TRPV1_LIMITS,
	trpv1Density,
	trpv1Response,
	unblockedShare
} from '$lib/physiology';
import { defaultsOf, isShown } from '$lib/player/parameters';
import scene from '$lib/scenes/trpv1';
import { about } from '$lib/scenes/trpv1/about';
import { describeTrpv1, type Trpv1Words } from '$lib/scenes/trpv1/describe';
import fr from '$lib/scenes/trpv1/messages/fr.json';
import en from '$lib/scenes/trpv1/messages/en.json';
import {
	controls,
	steps,
	stimulusKinds,
	stimulusOf,
	trpv1FrameAt,
	trpv1Model,
	type Trpv1Params
} from '$lib/scenes/trpv1/model';
import {
	AXON,
	channelCount,
	EDGE,
	MARKERS,
	MEMBRANE,
	ROWS,
	SCALE,
	trpv1Layout,
	trpv1Scale,
	VIEWBOX
} from '$lib/scenes/trpv1/view';
import { references } from '$content/references';
import { describeLandscape } from './landscape';

// The TRPV1 figure against the textbook (science.md A1, A3: rest −67.2 mV, threshold −55 mV; TRPV1 opens
// above ≈ 43 °C, below pH ≈ 5.9, and with capsaicin around its 0.7 µM EC50, not with touch) and against what
// a reader sees at each step.
type Lang = 'fr' | 'en';
type StepName = (typeof steps)[number]['id'];
const words: Record<Lang, Trpv1Words> = { fr, en };
const defaults = defaultsOf(controls);
const params = (change: Partial<Trpv1Params> = {}): Trpv1Params => ({ ...defaults, ...change });
const indexOf = (step: StepName) => steps.findIndex((s) => s.id === step);
const at = (step: StepName, change: Partial<Trpv1Params> = {}, lang: Lang = 'en') => {
	const model = trpv1Model(params(change));
	const frame = trpv1FrameAt(model, indexOf(step));
	const n = numberFormat(lang);
	const view = { model, frame, words: words[lang], n };
	return {
		...view,
		sentence: describeTrpv1(view),
		layout: trpv1Layout(frame),
		scale: trpv1Scale(model, n)
	};
};
const mV = (value: number, lang: Lang = 'en') => numberFormat(lang).mV(value);

describe('the TRPV1 model', () => {
	it('rests at the textbook potential, channels closed, silent', () => {
		const { model, frame } = at('at-rest');
		expect(model.rest.vm_mV).toBeCloseTo(-67.2, 0);
		expect(frame.vm_mV).toBeCloseTo(model.rest.vm_mV, 6);
		expect(frame.openProbability).toBe(0);
		expect(frame.firingRate_Hz).toBe(0);
	});

	it('heat above 43 °C takes a healthy ending past threshold', () => {
		const { model, frame } = at('signal-sent', { heat_C: 44 });
		expect(model.stimulated.vm_mV).toBeGreaterThan(model.stimulated.threshold_mV);
		expect(model.stimulated.threshold_mV).toBe(-55);
		expect(frame.firingRate_Hz).toBeGreaterThan(0);
		expect(frame.vm_mV).toBeCloseTo(model.stimulated.vm_mV, 6);
	});

	it('warmth below 43 °C stays below threshold; the same warmth fires once the ending is sensitised', () => {
		const healthy = at('signal-sent', { heat_C: 42 });
		expect(healthy.model.stimulated.firingRate_Hz).toBe(0);
		expect(healthy.frame.firingRate_Hz).toBe(0);
		const sensitised = at('sensitised', { heat_C: 42 });
		expect(sensitised.model.sensitised.firingRate_Hz).toBeGreaterThan(0);
		expect(sensitised.frame.firingRate_Hz).toBeCloseTo(sensitised.model.sensitised.firingRate_Hz, 6);
	});

	it('acid below pH 5.9 and capsaicin above its EC50 open TRPV1; touch barely does', () => {
		expect(at('channels-open', { kind: 'acid', pH: 5.5 }).model.stimulated.openProbability).toBeGreaterThan(
			0.2
		);
		expect(
			at('channels-open', { kind: 'capsaicin', capsaicin_uM: 1 }).model.stimulated.openProbability
		).toBeGreaterThan(0.5);
		const touch = at('channels-open', { kind: 'touch' });
		expect(touch.model.stimulated.openProbability).toBeLessThan(0.01);
		expect(touch.model.stimulated.firingRate_Hz).toBe(0);
	});

	it('reads each stimulus from its own slider, whichever the others hold', () => {
		const mixed = { heat_C: 49, capsaicin_uM: 2.5, pH: 5.2 };
		expect(stimulusOf(params({ ...mixed, kind: 'heat' }))).toMatchObject({
			heat_C: 49,
			capsaicin_uM: 0,
			pH: 7.4
		});
		expect(stimulusOf(params({ ...mixed, kind: 'capsaicin' }))).toMatchObject({
			heat_C: 37,
			capsaicin_uM: 2.5
		});
		expect(stimulusOf(params({ ...mixed, kind: 'acid' }))).toMatchObject({ heat_C: 37, pH: 5.2 });
		expect(stimulusOf(params({ ...mixed, kind: 'touch' }))).toMatchObject({ heat_C: 37, pH: 7.4, touch: 1 });
	});

	it('ends on the sensitised ending of the physiology module, at least 26 weeks of pain', () => {
		for (const weeksOfPain of [0, 10, 40]) {
			const { model } = at('sensitised', { weeksOfPain });
			expect(model.sensitised.density).toBeCloseTo(
				trpv1Density(Math.max(weeksOfPain, SENSITISED_ENDING.weeksOfPain)),
				9
			);
			expect(model.sensitised.openProbability).toBeGreaterThan(model.stimulated.openProbability);
		}
	});

	it('more weeks of pain never lower the response', () => {
		const vms = [0, 4, 13, 26, 52].map(
			(weeksOfPain) => at('depolarisation', { weeksOfPain }).model.stimulated.vm_mV
		);
		vms.slice(1).forEach((vm, i) => expect(vm).toBeGreaterThanOrEqual(vms[i]!));
	});

	it('draws the hypothesis from the physiology module’s block, below the established response', () => {
		const { model } = at('signal-sent', { showHypothesis: true });
		const expected = trpv1Response({
			stimulus: model.stimulus,
			weeksOfPain: 0,
			dextroseBlock: HYPOTHETICAL_DEXTROSE_BLOCK
		});
		expect(model.hypothetical.stimulated.vm_mV).toBeCloseTo(expected.vm_mV, 9);
		expect(model.hypothetical.stimulated.vm_mV).toBeLessThan(model.stimulated.vm_mV);
		expect(at('sensitised').frame.hypothetical_mV).toBe(model.hypothetical.sensitised.vm_mV);
		expect(at('signal-sent').frame.hypothetical_mV).toBe(model.hypothetical.stimulated.vm_mV);
	});

	it.each(
		controls.flatMap((control) =>
			control.kind === 'range' ? [[control.key, control.min, control.max] as const] : []
		)
	)('keeps the %s slider (%d to %d) inside the model’s limits', (key, min, max) => {
		const limits: Record<string, readonly [number, number]> = TRPV1_LIMITS;
		const [low, high] = limits[key]!;
		expect(min).toBeGreaterThanOrEqual(low);
		expect(max).toBeLessThanOrEqual(high);
	});

	it('shows each stimulus slider only with its stimulus, and the touch note only with touch', () => {
		const shown = (kind: Trpv1Params['kind']) =>
			controls.filter((control) => isShown(control, params({ kind }))).map((control) => control.key);
		expect(shown('heat')).toEqual(['kind', 'heat_C', 'weeksOfPain', 'showHypothesis']);
		expect(shown('capsaicin')).toEqual(['kind', 'capsaicin_uM', 'weeksOfPain', 'showHypothesis']);
		expect(shown('acid')).toEqual(['kind', 'pH', 'weeksOfPain', 'showHypothesis']);
		expect(shown('touch')).toEqual(['kind', 'touchNote', 'weeksOfPain', 'showHypothesis']);
	});

	it('names the step a reader sees: the destination once a passage is past halfway', () => {
		const model = trpv1Model(params());
		expect(trpv1FrameAt(model, 2.4).step).toBe('channels-open');
		expect(trpv1FrameAt(model, 2.6).step).toBe('depolarisation');
		expect(trpv1FrameAt(model, Number.NaN).step).toBe('at-rest');
		expect(trpv1FrameAt(model, 99).step).toBe('sensitised');
	});

	it('opens the channels, then moves the membrane, then reads out signals, in that order', () => {
		const frames = Object.fromEntries(steps.map((s) => [s.id, at(s.id).frame])) as Record<
			StepName,
			ReturnType<typeof at>['frame']
		>;
		expect(frames.stimulus.stimulusShown).toBe(1);
		expect(frames.stimulus.openProbability).toBe(0);
		expect(frames['channels-open'].openProbability).toBeGreaterThan(0);
		expect(frames['channels-open'].vm_mV).toBe(frames['at-rest'].vm_mV);
		expect(frames['channels-open'].firingRate_Hz).toBe(0);
		expect(frames.depolarisation.firingRate_Hz).toBeGreaterThan(0);
		expect(frames.depolarisation.signalling).toBe(false);
		expect(frames['signal-sent'].signalling).toBe(true);
		expect(frames.sensitised.vm_mV).toBeGreaterThan(frames['signal-sent'].vm_mV);
	});

	it('keeps the clock that moves the signals running within a step', () => {
		const model = trpv1Model(params());
		const early = trpv1FrameAt(model, 4.1);
		const later = trpv1FrameAt(model, 4.3);
		expect(later.step).toBe(early.step);
		expect(later.t).toBeCloseTo(4.3, 9);
		expect(trpv1Layout(later).spikes).not.toEqual(trpv1Layout(early).spikes);
	});
});

describe('what the TRPV1 figure says', () => {
	it('says, as the glucopuncture article does, that a steady rise of TRPV1 with the duration of pain is unshown in people (science.md C1 #6: partly supported, not shown to be monotonic in humans), not that it was never seen there', () => {
		const claim = scene.claims.find((c) => c.id === 'more-channels-with-pain')!;
		expect(claim.level).toBe('hypothesis');
		for (const words of [en, fr]) {
			for (const text of [words.intro, words.claims['more-channels-with-pain']]) {
				expect(text).not.toMatch(
					/never shown in humans|jamais montré chez l’humain|remains a hypothesis in people|reste une hypothèse chez l’humain/
				);
				expect(text).toMatch(
					/steady rise with the duration of pain|hausse régulière avec la durée de la douleur/
				);
			}
		}
	});

	it('starts at rest with the channels closed, at −67 mV', () => {
		expect(at('at-rest', {}, 'fr').sentence).toContain(`−67${NBSP}mV`);
		expect(at('at-rest', {}, 'fr').sentence).toMatch(/fermés/);
		expect(at('at-rest', {}, 'en').sentence).toMatch(/closed.*at rest/);
	});

	it.each([
		[{ kind: 'heat', heat_C: 44 }, `chaleur à 44${NBSP}°C`, `heat at 44${NBSP}°C`],
		[{ kind: 'heat', heat_C: 44.5 }, `chaleur à 44,5${NBSP}°C`, `heat at 44.5${NBSP}°C`],
		[{ kind: 'capsaicin', capsaicin_uM: 0.5 }, `capsaïcine à 0,5${NBSP}µM`, `capsaicin at 0.5${NBSP}µM`],
		[{ kind: 'capsaicin', capsaicin_uM: 0.05 }, `capsaïcine à 0,05${NBSP}µM`, `capsaicin at 0.05${NBSP}µM`],
		[{ kind: 'acid', pH: 6 }, `acidité à pH${NBSP}6,0`, `acid at pH${NBSP}6.0`],
		[{ kind: 'acid', pH: 5.5 }, `acidité à pH${NBSP}5,5`, `acid at pH${NBSP}5.5`],
		[{ kind: 'touch' }, 'un toucher léger', 'a light touch']
	] as const)('names the stimulus %o with its value: "%s", "%s"', (change, french, english) => {
		expect(at('stimulus', change, 'fr').sentence).toContain(french);
		expect(at('stimulus', change, 'en').sentence).toContain(english);
		if (change.kind !== 'touch') expect(at('channels-open', change, 'fr').sentence).toContain(french);
	});

	it('gives the share of open channels, written as each language writes it', () => {
		const { model } = at('channels-open');
		const share = Math.round(model.stimulated.openProbability * 100);
		expect(at('channels-open', {}, 'fr').sentence).toContain(`${share}${NBSP}%`);
		expect(at('channels-open', {}, 'en').sentence).toContain(`${share}%`);
	});

	it('says that touch barely opens TRPV1', () => {
		const touch = at('channels-open', { kind: 'touch' });
		expect(touch.model.stimulated.openProbability).toBeLessThan(0.01);
		// no rounded "(1%)" for 0.6 %: in words, as the question about touch says it
		expect(touch.sentence).toMatch(
			/^Touch opens almost no TRPV1 channel \(in this model, fewer than one in a hundred\): this channel does not sense touch/
		);
		expect(at('channels-open', { kind: 'touch' }, 'fr').sentence).toMatch(/ne détecte pas le toucher/);
	});

	it.each([
		[44, 'above', 'au-dessus'],
		[41, 'below', 'en dessous']
	] as const)('at %d °C, the membrane ends %s threshold', (heat_C, english, french) => {
		const en = at('depolarisation', { heat_C });
		expect(en.sentence).toContain(`${english} threshold (${mV(-55)})`);
		expect(en.sentence).toContain(mV(en.model.rest.vm_mV));
		expect(en.sentence).toContain(mV(en.model.stimulated.vm_mV));
		expect(at('depolarisation', { heat_C }, 'fr').sentence).toContain(`${french} du seuil`);
	});

	it('counts the signals past threshold, and says none leave below it', () => {
		const firing = at('signal-sent', { heat_C: 44 });
		const rate = String(Math.round(firing.model.stimulated.firingRate_Hz));
		expect(rate).not.toBe('0');
		expect(firing.sentence).toMatch(
			new RegExp(
				`^The membrane is past threshold: in this model, the ending sends ${rate} pain signals per second`
			)
		);
		const silent = at('signal-sent', { heat_C: 41 }, 'fr');
		expect(silent.sentence).toMatch(/reste sous le seuil\s:\saucun signal ne part/);
		expect(silent.sentence).toContain(mV(silent.model.stimulated.vm_mV, 'fr'));
	});

	it('never contradicts its own numbers near threshold: "at threshold", "fewer than one signal"', () => {
		// 42 °C after 14 weeks of pain: Vm −54.96 mV against a −55 mV threshold, 0.1–0.4 signals a second
		const near = { heat_C: 42, weeksOfPain: 14 };
		const depolarised = at('depolarisation', near);
		expect(mV(depolarised.model.stimulated.vm_mV)).toBe(mV(depolarised.model.stimulated.threshold_mV));
		expect(depolarised.sentence).toMatch(/right at threshold\.$/);
		expect(depolarised.sentence).not.toMatch(/above|below/);
		const sent = at('signal-sent', near);
		expect(Math.round(sent.model.stimulated.firingRate_Hz)).toBe(0);
		expect(sent.sentence).toMatch(/only just passes threshold: in this model, fewer than one pain signal/);
		expect(sent.sentence).not.toMatch(/\b0 pain signals/);
		// and one signal is one, in both languages
		let ones = 0;
		for (let heat_C = 42; heat_C <= 44; heat_C += 0.5)
			for (let weeksOfPain = 0; weeksOfPain <= 52; weeksOfPain++) {
				const each = at('signal-sent', { heat_C, weeksOfPain });
				if (Math.round(each.model.stimulated.firingRate_Hz) !== 1) continue;
				ones++;
				expect(each.sentence).toContain('sends 1 pain signal per second');
				expect(at('signal-sent', { heat_C, weeksOfPain }, 'fr').sentence).toContain(
					'1 signal de douleur par seconde'
				);
			}
		expect(ones).toBeGreaterThan(0);
	});

	it('says when nothing reaches the ending, nothing opens and the membrane does not move', () => {
		const none = { kind: 'capsaicin', capsaicin_uM: 0 } as const;
		expect(at('stimulus', none).sentence).toMatch(
			/^Nothing new reaches the ending: capsaicin at 0\sµM is what resting tissue has/
		);
		expect(at('channels-open', none).sentence).toMatch(
			/almost no TRPV1 channel opens: in this model, fewer than one in a hundred/
		);
		const still = at('depolarisation', none);
		expect(still.sentence).toBe(
			`Almost no ion flows in: in this model, the membrane barely moves, to ${mV(still.model.rest.vm_mV)}, below threshold (${mV(-55)}).`
		);
		expect(at('stimulus', { heat_C: 44 }).sentence).toMatch(/^The ending receives heat at 44/);
	});

	it('draws what the caption says: a channel open once a share is said to open, no signal beside "0 signals/s"', () => {
		for (let heat_C = 37; heat_C <= 50; heat_C += 0.5)
			for (const weeksOfPain of [0, 14, 26, 52]) {
				const opening = at('channels-open', { heat_C, weeksOfPain });
				const drawnOpen = opening.layout.channels.some((channel) => channel.open);
				expect(drawnOpen, `${heat_C} °C: ${opening.sentence}`).toBe(
					!/almost no TRPV1 channel/.test(opening.sentence)
				);
				for (const step of ['signal-sent', 'sensitised'] as const) {
					const { frame, layout, sentence } = at(step, { heat_C, weeksOfPain });
					if (Math.round(frame.firingRate_Hz) === 0)
						expect(layout.spikes, `${step} ${heat_C} °C`).toHaveLength(0);
					expect(sentence).not.toMatch(/\b0 (pain )?signals? (per second|de douleur)/);
				}
			}
	});

	it('deep in the block, says fewer than one signal leaves, against what the step before sent', () => {
		const nearly = at('sensitised', { kind: 'capsaicin', capsaicin_uM: 0.7 });
		expect(Math.round(nearly.model.sensitised.firingRate_Hz)).toBe(0);
		expect(nearly.model.sensitised.firingRate_Hz).toBeGreaterThan(0);
		const before = Math.round(
			at('signal-sent', { kind: 'capsaicin', capsaicin_uM: 0.7 }).frame.firingRate_Hz
		);
		expect(nearly.sentence).toMatch(
			new RegExp(
				`sodium channels inactivate\\. It sends fewer than one signal per second, against ${before} a step earlier`
			)
		);
		// a year of pain at 50 °C: the slider's ending is silent already, and stays where it was
		const still = at('sensitised', { heat_C: 50, weeksOfPain: 52 });
		expect(still.model.stimulated.firingRate_Hz).toBe(0);
		expect(still.sentence).toContain(`the membrane stays at ${mV(still.model.sensitised.vm_mV)}`);
		expect(still.sentence).toContain('it is silent (no signal, as a step earlier)');
		expect(still.sentence).not.toMatch(/against|from −\d+\smV to/);
	});

	it('compares the sensitised ending with what the step before showed, in the readouts’ numbers', () => {
		// the review's case: 44 °C after 52 weeks of pain. The step before read −40 mV and 31 signals/s on 8
		// channels; the last step reads −32 mV and 31 signals/s on 8 channels. Its caption once said "31 …
		// against 18 from a pain-free ending", an ending the reader never saw
		for (const weeksOfPain of [0, 4, 14, 52])
			for (const lang of ['en', 'fr'] as const) {
				const before = at('signal-sent', { heat_C: 44, weeksOfPain }, lang);
				const after = at('sensitised', { heat_C: 44, weeksOfPain }, lang);
				const n = numberFormat(lang);
				const rateBefore = n.fixed(before.frame.firingRate_Hz, 0);
				const rateAfter = n.fixed(after.frame.firingRate_Hz, 0);
				const vmBefore = n.mV(before.frame.vm_mV);
				const vmAfter = n.mV(after.frame.vm_mV);
				const label = `${weeksOfPain} weeks, ${lang}: ${after.sentence}`;
				// every Vm the caption gives is one of the two readouts, the last one being the step's own
				const said = after.sentence.match(/−?\d+\smV/g) ?? [];
				expect(said.at(-1), label).toBe(vmAfter);
				for (const value of said) expect([vmBefore, vmAfter], label).toContain(value);
				// and its rate is the step's readout, compared with the step before's
				expect(after.sentence, label).toContain(
					lang === 'en'
						? `${rateAfter} pain signals per second`
						: `${rateAfter} signaux de douleur par seconde`
				);
				if (rateBefore === rateAfter)
					expect(after.sentence, label).toContain(
						lang === 'en' ? 'as a step earlier' : 'comme à l’étape précédente'
					);
				else
					expect(after.sentence, label).toContain(
						lang === 'en'
							? `against ${rateBefore} a step earlier`
							: `contre ${rateBefore} à l’étape précédente`
					);
				expect(after.sentence).not.toMatch(/pain-free ending\)|pour une terminaison sans douleur/);
				// what it says of the channels matches the count drawn: doubled, more, or the same
				const drawn = [before, after].map(({ frame }) => channelCount(frame.density));
				if (weeksOfPain === 0) {
					expect(drawn).toEqual([4, 8]);
					expect(after.sentence).toMatch(
						/twice as many channels as before|deux fois plus de canaux qu’avant/
					);
				} else if (drawn[0]! < drawn[1]!)
					expect(after.sentence).toMatch(
						/more channels than a step earlier|plus de canaux qu’à l’étape précédente/
					);
				else {
					expect(drawn).toEqual([8, 8]);
					expect(after.sentence).toMatch(
						lang === 'en'
							? new RegExp(
									`^In this model ${weeksOfPain}\\sweeks of pain had already given the ending its extra channels`
								)
							: new RegExp(`^Dans ce modèle, ${weeksOfPain}\\ssemaines de douleur avaient déjà donné`)
					);
				}
			}
		// the review's case in full
		expect(at('sensitised', { heat_C: 44, weeksOfPain: 52 }).sentence).toMatch(
			/rises from −40\smV to −32\smV, where its sodium channels begin to inactivate\. It sends 31 pain signals per second, as a step earlier \(36 without this onset of block\)\.$/
		);
	});

	it('gives no time scale science.md lacks, and keeps the one-week culture to Lam 2018', () => {
		for (const lang of ['en', 'fr'] as const) {
			const all = JSON.stringify(words[lang]);
			expect(all).not.toMatch(/weeks of inflammation|semaines d’inflammation/);
			expect(all).not.toMatch(/Two studies of neurons (kept|grown)|Deux études (sur des|de) neurones/);
		}
		expect(en.steps.sensitised.text).toMatch(/lasting inflammation adds more channels/);
		expect(fr.steps.sensitised.text).toMatch(/une inflammation qui dure en ajoute d’autres/);
		expect(en.claims['dextrose-dampens-trpv1']).toMatch(/neurons kept a week in it, weaker in diabetic mice/);
		expect(fr.claims['dextrose-dampens-trpv1']).toMatch(/plus faibles chez des souris diabétiques/);
		const akita = references.find((ref) => ref.id === 'akita-2019')!;
		expect(akita.supports.en).not.toMatch(/week/);
		expect(akita.supports.fr).not.toMatch(/semaine/);
	});

	it('says no signal leaves a sensitised ending that stays under threshold, where the model sends exactly none', () => {
		for (const change of [
			{ heat_C: 40 },
			{ kind: 'capsaicin', capsaicin_uM: 0.05 } as const,
			{ kind: 'touch' } as const
		]) {
			const quiet = at('sensitised', change);
			expect(quiet.model.sensitised.vm_mV).toBeLessThan(quiet.model.sensitised.threshold_mV);
			expect(quiet.model.sensitised.firingRate_Hz).toBe(0);
			expect(quiet.sentence).toContain(
				`brings the membrane only to ${mV(quiet.model.sensitised.vm_mV)}, below threshold (${mV(-55)}): no signal leaves.`
			);
			expect(quiet.sentence).not.toMatch(/sends|fewer than one/);
			expect(at('sensitised', change, 'fr').sentence).toMatch(
				/sous le seuil \(−55\smV\)\s: aucun signal ne part\.$/
			);
		}
		// just past threshold, under one signal a second: "fewer than one" stays
		const { model, frame } = at('sensitised', { heat_C: 40 });
		const barely = {
			...model,
			sensitised: { ...model.sensitised, vm_mV: model.sensitised.threshold_mV + 0.01, firingRate_Hz: 0.2 }
		};
		for (const lang of ['en', 'fr'] as const) {
			const sentence = describeTrpv1({ model: barely, frame, words: words[lang], n: numberFormat(lang) });
			expect(sentence).toMatch(
				lang === 'en'
					? /with lower thresholds\. At −55\smV, the membrane only just passes threshold: in this model, fewer than one pain signal per second leaves\.$/
					: /et leurs seuils ont baissé\. À −55\smV, la membrane dépasse tout juste le seuil\s: dans ce modèle, moins d’un signal de douleur par seconde part\.$/
			);
		}
	});

	it('compares the sensitised ending with the pain-free one shown before, in numbers', () => {
		const { model, sentence } = at('sensitised', { heat_C: 42 });
		// "twice as many channels", in words (not "100% more"): true as long as the sensitised ending's
		// density, to one decimal, is 2
		expect(numberFormat('en').upTo(model.sensitised.density, 1)).toBe('2');
		// the step is named "The same, sensitised": its caption does not open on "Sensitised," again
		expect(sentence).toMatch(/^In this model the sensitised ending has twice as many channels/);
		expect(sentence).toContain(mV(model.sensitised.vm_mV));
		expect(sentence).toContain(
			`${Math.round(model.sensitised.firingRate_Hz)} pain signals per second, against 0 a step earlier`
		);
		expect(at('sensitised', { heat_C: 42 }, 'fr').sentence).toContain('deux fois plus de canaux');
	});

	it('says the block begins while the ending still fires, and calls it silent only when it is', () => {
		// 44 °C on a sensitised ending: Vm past the block's onset, yet more signals than the healthy ending
		const sensitised = at('sensitised', { heat_C: 44 });
		const { vm_mV, firingRate_Hz } = sensitised.model.sensitised;
		expect(vm_mV).toBeGreaterThan(-35);
		expect(firingRate_Hz).toBeGreaterThan(sensitised.model.stimulated.firingRate_Hz);
		expect(sensitised.sentence).toMatch(/sodium channels begin to inactivate/);
		expect(sensitised.sentence).not.toMatch(/blocks|silent|silence/);
		const unblocked = firingRate_Hz / unblockedShare(vm_mV);
		expect(unblocked).toBeGreaterThan(firingRate_Hz);
		expect(sensitised.sentence).toContain(`(${Math.round(unblocked)} without this onset of block)`);
		// the healthy ending at 50 °C: partly blocked, still counted
		const hot = at('signal-sent', { heat_C: 50 });
		expect(hot.model.stimulated.vm_mV).toBeGreaterThan(-35);
		expect(hot.model.stimulated.firingRate_Hz).toBeGreaterThan(0);
		expect(hot.sentence).toMatch(/begin to inactivate/);
		expect(hot.sentence).toContain(
			`${Math.round(hot.model.stimulated.firingRate_Hz)} pain signals per second`
		);
		// a sensitised ending flooded with capsaicin: every channel open, and silent
		const flooded = at('sensitised', { kind: 'capsaicin', capsaicin_uM: 3 }, 'fr');
		expect(flooded.model.sensitised.firingRate_Hz).toBe(0);
		expect(flooded.sentence).toMatch(/se tait \(aucun signal/);
		expect(flooded.layout.spikes).toHaveLength(0);
	});

	it('never says NaN, whatever the controls send', () => {
		const bad: Partial<Trpv1Params>[] = [
			{ heat_C: Number.NaN },
			{ heat_C: 1e9, weeksOfPain: -3 },
			{ kind: 'acid', pH: -Infinity },
			{ kind: 'capsaicin', capsaicin_uM: Infinity, weeksOfPain: Number.NaN },
			{ kind: 'laser' as Trpv1Params['kind'], showHypothesis: 'yes' as unknown as boolean }
		];
		for (const change of bad)
			for (const lang of ['fr', 'en'] as const)
				for (const step of steps) {
					const { sentence, layout } = at(step.id, change, lang);
					expect(sentence).not.toMatch(/NaN|Infinity|undefined|\{/);
					expect(JSON.stringify(layout)).not.toMatch(/NaN|null/);
				}
	});
});

describe('the TRPV1 catalogues', () => {
	const shape = (value: unknown): unknown =>
		typeof value === 'string'
			? placeholders(value)
			: Object.fromEntries(Object.entries(value as object).map(([key, inner]) => [key, shape(inner)]));

	it('have the same keys and placeholders in both languages', () => {
		expect(shape(en)).toEqual(shape(fr));
	});

	it('have every word the scene reads, and no word it never reads', () => {
		// every key a step, a parameter, the figure or the description reads, recorded on the way
		const read = new Set<string>();
		const track = <T extends object>(value: T, path: string): T =>
			new Proxy(value, {
				get(target, key, receiver) {
					const inner = Reflect.get(target, key, receiver);
					if (typeof key !== 'string') return inner;
					const here = path ? `${path}.${key}` : key;
					read.add(here);
					return inner && typeof inner === 'object' ? track(inner, here) : inner;
				}
			});
		const leaves = (value: unknown, path: string): string[] =>
			typeof value === 'string'
				? [path]
				: Object.entries(value as object).flatMap(([key, inner]) =>
						leaves(inner, path ? `${path}.${key}` : key)
					);
		// what the shell and the scene page read: title, intro, steps, parameters, claims; and the patient's
		// page, the sentence the figure opens with (PatientLead)
		const shell = (w: Trpv1Words) => {
			void [w.title, w.intro, w.summary, w.patient];
			for (const step of steps) void [w.steps[step.id].name, w.steps[step.id].text];
			for (const control of controls) {
				void w.params[control.key].label;
				// a claim layer's short name, beside its label while presented (presented-caption.ts)
				if (control.kind === 'claim') void w.params[control.key].shown;
				// a count's words, singular and plural, in the slider's value (value-text.ts)
				if (control.key === 'weeksOfPain')
					void [w.params.weeksOfPain.count.one, w.params.weeksOfPain.count.other];
				if (control.kind === 'choice')
					for (const option of control.options) void w.params.kind.options[option];
			}
			for (const claim of scene.claims) void w.claims[claim.id as keyof Trpv1Words['claims']];
			// and the scene page's "about this model"
			for (const entry of about) void w.about[entry.key as keyof Trpv1Words['about']];
			// and its predict-then-see questions (src/lib/questions/): prompt, options, explanation, and why each
			// wrong option is wrong
			for (const question of questions) {
				const asked = w.questions[question.id as keyof Trpv1Words['questions']];
				void [asked.prompt, asked.explain];
				for (const option of question.options) {
					void asked.options[option as keyof typeof asked.options];
					if (option !== question.answer) void asked.whyNot[option as keyof typeof asked.whyNot];
				}
			}
		};
		const kinds = stimulusKinds.map((kind) => ({ kind }));
		// each sentence's case: no stimulus; at threshold; one signal; a year of pain at 50 °C; a quiet sensitised
		// ending; deep in the block, nearly silent; silenced only once sensitised
		const cases = [
			...kinds,
			{ heat_C: 41 },
			{ heat_C: 44, showHypothesis: true },
			{ kind: 'capsaicin', capsaicin_uM: 0 } as const,
			{ heat_C: 42, weeksOfPain: 14 },
			{ heat_C: 42, weeksOfPain: 20 },
			{ heat_C: 50, weeksOfPain: 52 },
			{ heat_C: 40 },
			{ kind: 'capsaicin', capsaicin_uM: 0.7 } as const,
			{ kind: 'capsaicin', capsaicin_uM: 3 } as const,
			{ heat_C: 48.5, weeksOfPain: 14 },
			// the last step's channels: a few more than a step earlier; a year of pain, blocked already
			{ heat_C: 44, weeksOfPain: 4 },
			{ heat_C: 44, weeksOfPain: 52 }
		];
		for (const lang of ['fr', 'en'] as const) {
			read.clear();
			const w = track(words[lang], '');
			shell(w);
			for (const change of cases)
				for (let i = 0; i < steps.length; i++) {
					const model = trpv1Model(params(change));
					const frame = trpv1FrameAt(model, i);
					const view = { model, frame, words: w, n: numberFormat(lang) };
					describeTrpv1(view);
					expect(render(scene.Figure, { props: view }).body).not.toMatch(/NaN|undefined/);
				}
			// a sensitised ending just past threshold, under one signal a second: no slider value lands there
			const model = trpv1Model(params({ heat_C: 40 }));
			const barely = {
				...model,
				sensitised: { ...model.sensitised, vm_mV: model.sensitised.threshold_mV + 0.01, firingRate_Hz: 0.2 }
			};
			describeTrpv1({
				model: barely,
				frame: trpv1FrameAt(barely, steps.length - 1),
				words: w,
				n: numberFormat(lang)
			});
			expect(leaves(words[lang], '').filter((key) => !read.has(key))).toEqual([]);
		}
	});
});

/** A text's box, estimated as the figure rules say: 12.5 units a character at 21 units (13.5 bold). */
interface Box {
	name: string;
	left: number;
	right: number;
	top: number;
	bottom: number;
}
function textBox(
	name: string,
	text: string,
	x: number,
	y: number,
	anchor: string,
	style: 'label' | 'bold' | 'readout' = 'label'
): Box {
	const char = { label: LABEL_CHAR_WIDTH, bold: 13.5, readout: 18 }[style];
	const height = style === 'readout' ? 24 : 17;
	const width = text.length * char;
	const left = anchor === 'end' ? x - width : anchor === 'middle' ? x - width / 2 : x;
	return { name, left, right: left + width, top: y - height, bottom: y + 6 };
}
/** boxes that share any room at all (drawn-layout.ts's one box test, with no tolerance) */
const overlap = (a: Box, b: Box) => boxesOverlap(a, b, 0);

describe('the TRPV1 drawing', () => {
	it.each([
		[0, 4],
		[1, 5],
		[2, 6],
		[4, 7],
		[26, 8],
		[52, 8]
	])('with %d weeks of pain, draws %d channels', (weeksOfPain, count) => {
		expect(at('signal-sent', { weeksOfPain }).layout.channels).toHaveLength(count);
		expect(channelCount(trpv1Density(weeksOfPain))).toBe(count);
	});

	it.each([0, 4, 8, 52])('with %d weeks of pain, keeps even open channels apart', (weeksOfPain) => {
		const { channels } = at('sensitised', { weeksOfPain, kind: 'capsaicin', capsaicin_uM: 3 }).layout;
		expect(channels.every((channel) => channel.open)).toBe(true);
		channels.slice(1).forEach((channel, i) => {
			const before = channels[i]!;
			const gapBetween = channel.x - channel.gap - channel.width - (before.x + before.gap + before.width);
			expect(gapBetween).toBeGreaterThanOrEqual(6);
		});
		expect(channels[0]!.x - channels[0]!.gap - channels[0]!.width).toBeGreaterThan(0);
		expect(channels.at(-1)!.x + channels.at(-1)!.gap + channels.at(-1)!.width).toBeLessThan(VIEWBOX.width);
	});

	it.each([
		['stimulus', {}, 0],
		['channels-open', {}, 1],
		['channels-open', { kind: 'touch' }, 0],
		['channels-open', { heat_C: 50 }, 4],
		['sensitised', { heat_C: 44 }, 2],
		['sensitised', { heat_C: 41 }, 1]
	] as const)('at %s with %o, opens %d channels', (step, change, open) => {
		expect(at(step, change).layout.channels.filter((c) => c.open)).toHaveLength(open);
	});

	it.each([
		['channels-open', {}, 0],
		['depolarisation', {}, 5],
		['depolarisation', { heat_C: 50 }, 10],
		['depolarisation', { kind: 'touch' }, 0],
		['sensitised', { heat_C: 44 }, 6]
	] as const)('at %s with %o, %d cations have come in and settled inside', (step, change, inside) => {
		const cations = at(step, change).layout.cations.filter((c) => c.visible);
		expect(cations).toHaveLength(inside);
		for (const cation of cations)
			expect(cation.y - ionHalfSize[cation.kind].y).toBeGreaterThan(MEMBRANE.bottom + 8);
	});

	it('hands the figure the same channel and cation, not a copy, at every frame where it is at rest', () => {
		// the figure redraws a part only when its object changes (a keyed each-block compares by identity)
		const model = trpv1Model(params({ heat_C: 50 }));
		const layoutAt = (t: number) => trpv1Layout(trpv1FrameAt(model, t));
		// on the way to 'signal-sent': the channels are open and every cation in has settled
		const signalling = indexOf('signal-sent');
		const [a, b] = [signalling - 0.8, signalling - 0.2].map(layoutAt);
		expect(b!.channels.filter((c) => c.open).length).toBeGreaterThan(0);
		expect(b!.cations.filter((c) => c.visible).length).toBeGreaterThan(0);
		b!.channels.forEach((channel, i) => expect(channel).toBe(a!.channels[i]));
		b!.cations.forEach((cation, i) => expect(cation).toBe(a!.cations[i]));
		// while the channels open, and while the cations come in, they move: new objects
		const moved = (from: number, to: number, part: 'channels' | 'cations') => {
			const [c, d] = [from, to].map((t) => layoutAt(t)[part]);
			return d!.filter((item, i) => item !== c![i]).length;
		};
		const opening = indexOf('channels-open');
		expect(moved(opening - 0.6, opening - 0.4, 'channels')).toBeGreaterThan(0);
		expect(
			moved(indexOf('depolarisation') - 0.6, indexOf('depolarisation') - 0.4, 'cations')
		).toBeGreaterThan(0);
	});

	it('draws mostly Na⁺ coming in, with one Ca²⁺ among them, as Na⁺ carries most of the current', () => {
		const cations = at('depolarisation', { heat_C: 50 }).layout.cations.filter((c) => c.visible);
		const ca = cations.filter((c) => c.kind === 'ca').length;
		expect(ca).toBe(1);
		expect(ca / cations.length).toBeLessThanOrEqual(0.1);
		// and the Ca²⁺ is among the first few, so that even a weak stimulus shows it
		expect(
			at('depolarisation')
				.layout.cations.filter((c) => c.visible)
				.some((c) => c.kind === 'ca')
		).toBe(true);
	});

	it.each([
		['depolarisation', {}, 0],
		['signal-sent', { heat_C: 41 }, 0],
		['signal-sent', { heat_C: 44 }, 3],
		['signal-sent', { heat_C: 46 }, 5],
		// past the block onset, fewer signals
		['signal-sent', { heat_C: 50 }, 2],
		['signal-sent', { kind: 'touch' }, 0],
		['sensitised', { heat_C: 42 }, 3],
		['sensitised', { heat_C: 41 }, 0]
	] as const)('at %s with %o, %d signals run along the fibre', (step, change, count) => {
		const { spikes } = at(step, change).layout;
		expect(spikes).toHaveLength(count);
		for (const x of spikes) {
			expect(x).toBeGreaterThanOrEqual(AXON.left);
			expect(x).toBeLessThanOrEqual(AXON.right);
		}
	});

	it('writes the scale’s values with a true minus sign, kept inside the figure', () => {
		const { ticks } = at('at-rest', {}, 'fr').scale;
		expect(ticks.map((tick) => tick.label)).toEqual(['−90', '−60', '−30', '0']);
		for (const tick of placeAlong(ticks, 4, VIEWBOX.width - 4)) {
			const box = textBox(tick.label, tick.label, tick.at, ROWS.ticks, tick.anchor);
			expect(box.left).toBeGreaterThanOrEqual(4);
			expect(box.right).toBeLessThanOrEqual(VIEWBOX.width - 4);
		}
	});

	// Under the scale: tick values, "rest" and "threshold", the hypothesis' legend. None may meet another or
	// leave the figure, for any stimulus, any weeks of pain, any settled step, in both languages.
	const stimuli: Partial<Trpv1Params>[] = [
		{ kind: 'heat', heat_C: 37 },
		{ kind: 'heat', heat_C: 44 },
		{ kind: 'heat', heat_C: 50 },
		{ kind: 'capsaicin', capsaicin_uM: 0 },
		{ kind: 'capsaicin', capsaicin_uM: 3 },
		{ kind: 'acid', pH: 5 },
		{ kind: 'acid', pH: 7.4 },
		{ kind: 'touch' }
	];
	const grid = (['fr', 'en'] as const).flatMap((lang) =>
		stimuli.flatMap((stimulus) =>
			[0, 8, 26, 52].map((weeksOfPain) => [lang, { ...stimulus, weeksOfPain }] as const)
		)
	);
	it.each(grid)(
		'in %s with %o, no text under the scale meets another or leaves the figure',
		(lang, change) => {
			for (const step of steps) {
				const { scale } = at(step.id, { ...change, showHypothesis: true }, lang);
				const w = words[lang].labels;
				const boxes = [
					...placeAlong(scale.ticks, 4, VIEWBOX.width - 4).map((tick) =>
						textBox(`tick ${tick.label}`, tick.label, tick.at, ROWS.ticks, tick.anchor)
					),
					...scale.guides.map((guide) =>
						textBox(guide.key, w[guide.key], guide.x, ROWS.guides, guide.anchor)
					),
					textBox(
						'hypothesis',
						w.hypothesis,
						EDGE + 2 * MARKERS.hypothesis.halfWidth + 8,
						ROWS.hypothesis,
						'start',
						'bold'
					)
				];
				for (const box of boxes) {
					expect(box.left, box.name).toBeGreaterThanOrEqual(4);
					expect(box.right, box.name).toBeLessThanOrEqual(VIEWBOX.width - 4);
					// below the scale's markers, above the fibre's signals
					expect(box.top, box.name).toBeGreaterThan(SCALE.bottom + 6);
					expect(box.bottom, box.name).toBeLessThan(AXON.y - 26);
				}
				boxes.forEach((a, i) =>
					boxes.slice(i + 1).forEach((b) => expect(overlap(a, b), `${a.name} / ${b.name}`).toBe(false))
				);
			}
		}
	);

	it.each(grid)(
		'in %s with %o, the labels above the scale stay apart and off the cations',
		(lang, change) => {
			const w = words[lang];
			const right = VIEWBOX.width - EDGE;
			for (const step of steps) {
				const { model, layout, frame, n } = at(step.id, change, lang);
				const rate = format(w.labels.signals, { rate: n.fixed(frame.firingRate_Hz, 0) });
				const labels = [
					textBox('outside', w.labels.outside, EDGE, 32, 'start'),
					textBox('stimulus', w.params.kind.options[model.params.kind], right, 32, 'end', 'bold'),
					textBox(
						'channels',
						format(w.labels.channels, { count: layout.channels.length }),
						EDGE,
						68,
						'start'
					),
					textBox('inside', w.labels.inside, EDGE, 310, 'start'),
					textBox('vm', n.mV(frame.vm_mV), EDGE, 352, 'start', 'readout'),
					textBox('rate', rate, right, 352, 'end', 'readout'),
					textBox('vm label', w.labels.vm, EDGE, 382, 'start')
				];
				labels.forEach((a, i) =>
					labels.slice(i + 1).forEach((b) => expect(overlap(a, b), `${a.name} / ${b.name}`).toBe(false))
				);
				for (const label of labels) {
					// above the scale's markers, which stand on its line
					expect(label.bottom, label.name).toBeLessThan(SCALE.bottom - 2 - MARKERS.hypothesis.height);
					expect(label.left, label.name).toBeGreaterThanOrEqual(4);
					expect(label.right, label.name).toBeLessThanOrEqual(VIEWBOX.width - 4);
					for (const ion of layout.cations.filter((c) => c.visible)) {
						const half = ionHalfSize[ion.kind];
						const glyph = {
							name: ion.kind,
							left: ion.x - half.x,
							right: ion.x + half.x,
							top: ion.y - half.y,
							bottom: ion.y + half.y
						};
						expect(overlap(label, glyph), `${label.name} / ${ion.kind} at ${step.id}`).toBe(false);
					}
				}
			}
		}
	);
});

// its side-by-side arrangement for wide screens and presenter mode: the same drawing, the same words
describeLandscape('trpv1');
