import { describe, expect, it } from 'vitest';
import { describePump } from '$lib/scenes/pump/describe';
import { pumpSceneAt, type PumpParams } from '$lib/scenes/pump/state';
import { pumpSteps } from '$lib/scenes/pump/steps';

// The sentences a screen reader hears, from the pump–leak model's own numbers (science.md A2; model.md:
// 12/140 mM and −67 mV at rest, a reserve that lasts ~38 min, recovery within minutes of fuel returning).
describe('pump scene descriptions', () => {
	const fed: PumpParams = { glucose_mM: 5, oxygen: true, showHypothesis: false };
	const at = (step: number, params: Partial<PumpParams> = {}) => pumpSceneAt(step, { ...fed, ...params });

	it('starts from the fuel: uptake already at 77 % of its maximum at 5 mM, 30 ATP per glucose with oxygen', () => {
		expect(describePump(at(0), 'fr')).toBe(
			'Avec 5\u00a0mM de glucose et de l’oxygène, le nerf capte le glucose à 77\u00a0% de son maximum, et chaque glucose donne 30 ATP. Ouverte vers l’intérieur, la pompe fixe 3 ions sodium (Na⁺).'
		);
		expect(describePump(at(0), 'en')).toMatch(
			/^With 5\u00a0mM of glucose and oxygen, the nerve takes up glucose at 77% of its maximum, and each glucose gives 30 ATP\./
		);
	});

	it('at 5 % dextrose (278 mM) uptake is barely higher: 99 %', () => {
		expect(describePump(at(0, { glucose_mM: 278 }), 'en')).toContain('at 99% of its maximum');
	});

	it('without oxygen, says a glucose gives only 2 ATP, and that ATP is already short at 10 min', () => {
		expect(describePump(at(0, { oxygen: false }), 'fr')).toContain('ne donne que 2 ATP');
		expect(describePump(at(4, { oxygen: false }), 'en')).toMatch(
			/But ATP is already short: at 10\u00a0min, inside Na⁺ is at \d+\u00a0mM/
		);
	});

	it('names the steps of one cycle: 3 Na⁺ out against 145 mM, 2 K⁺ in, one ATP', () => {
		expect(describePump(at(2), 'fr')).toBe(
			'La pompe s’ouvre vers l’extérieur et y relâche 3 Na⁺, contre leur gradient : 145\u00a0mM dehors, 12\u00a0mM dedans.'
		);
		expect(describePump(at(4), 'en')).toBe(
			'The phosphate leaves, the pump turns back and lets 2 K⁺ in: 3 charges out, 2 in, for one ATP. At 10\u00a0min the gradients hold: Na⁺ 12\u00a0mM, K⁺ 140\u00a0mM inside the cell, −67\u00a0mV.'
		);
	});

	it('holds on its reserve at 40 min, runs down by 70 min, and recovers within minutes of fuel returning', () => {
		expect(describePump(at(5), 'en')).toContain(
			'The reserve still runs the pump: at 40\u00a0min, Na⁺ 12\u00a0mM'
		);
		const starved = at(6);
		expect(starved.starved.naInside_mM).toBeGreaterThan(100);
		expect(starved.starved.vm_mV).toBeGreaterThan(-40);
		expect(describePump(starved, 'fr')).toMatch(
			/^Faute d’ATP, la pompe s’arrête, 3 Na⁺ fixés\. En 60\u00a0min sans glucose, le Na⁺ intérieur passe de 12\u00a0mM à 1\d\d\u00a0mM/
		);
		const back = at(7);
		expect(back.recovery_min).toBeGreaterThan(2);
		expect(back.recovery_min).toBeLessThan(20);
		expect(describePump(back, 'en')).toMatch(
			/^Glucose returns at 70\u00a0min: .* restores the gradients in \d+\u00a0min \(Na⁺ 12\u00a0mM, K⁺ 140\u00a0mM, −67\u00a0mV\)\.$/
		);
	});

	it('without oxygen, glucose coming back does not restore the gradients', () => {
		const state = at(7, { oxygen: false });
		expect(state.recovery_min).toBeNull();
		expect(describePump(state, 'fr')).toMatch(/mais sans oxygène il ne donne que 2 ATP par molécule/);
	});

	it('never shows NaN, whatever the slider sends', () => {
		for (const glucose_mM of [Number.NaN, -1, 0, 0.5, 2000, Infinity]) {
			for (const oxygen of [true, false]) {
				for (let step = 0; step < pumpSteps.length; step += 0.5) {
					for (const lang of ['fr', 'en'] as const) {
						const sentence = describePump(at(step, { glucose_mM, oxygen }), lang);
						expect(sentence).not.toMatch(/NaN|Infinity|undefined|null/);
					}
				}
			}
		}
	});
});
