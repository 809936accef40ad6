import { describe, expect, it } from 'vitest';
import { describeCushion } from '$lib/scenes/cushion/describe';
import { cushionSceneAt } from '$lib/scenes/cushion/state';
import { cushionSteps } from '$lib/scenes/cushion/steps';

// The sentences a screen reader hears, from cushion.ts (science.md D: with 5 mL of tissue fluid and a 20 mL
// bolus, C/C0 = 0.20, 0.50, 0.80 and 0.98 at 0, 1, 2 and 4 h; the joint stays at 1).
describe('cushion scene descriptions', () => {
	const at = (step: number, bolus_mL = 20, showWashout = false) =>
		cushionSceneAt(step, { bolus_mL, showWashout });

	it('dilutes 5-fold with 20 mL, then recovers as the saline is absorbed', () => {
		expect(describeCushion(at(1), 'fr')).toBe(
			'20\u00a0mL de sérum s’ajoutent aux 5\u00a0mL de liquide du tissu : la concentration des médiateurs tombe à 20\u00a0%, une dilution par 5.'
		);
		expect(describeCushion(at(2), 'en')).toBe(
			'The saline passes into the blood (half-life 30\u00a0min): after 60\u00a0min, 5\u00a0mL is left under the skin and the concentration is back up to 50%.'
		);
		expect(describeCushion(at(3), 'fr')).toContain('à 2\u00a0h, la concentration est déjà à 80\u00a0%');
		expect(describeCushion(at(4), 'en')).toBe(
			'At 4\u00a0h, the concentration is back to 98% of its level: diluting removed nothing for good.'
		);
	});

	it('with 500 mL, says honestly that four hours are not enough, and when it is back above 90 %', () => {
		const state = at(4, 500);
		expect(state.ratio).toBeLessThan(0.9);
		expect(describeCushion(state, 'fr')).toMatch(
			/^À 4\u00a0h, la concentration n’est encore qu’à 72\u00a0% : avec 500\u00a0mL, elle repasse au-dessus de 90\u00a0% vers 4\u00a0h\u00a05\d/
		);
	});

	it('sets the claimed washout beside the model when the switch is on', () => {
		expect(describeCushion(at(3, 20, true), 'en')).toContain(
			'The claimed “washout” would keep it at 20%; the model shows 80%.'
		);
		expect(describeCushion(at(3, 20, false), 'en')).not.toContain('washout');
	});

	it('leaves the joint or disc unchanged', () => {
		const state = at(5, 500);
		expect(state.jointRatio).toBe(1);
		expect(describeCushion(state, 'fr')).toContain('les médiateurs sont restés à 100\u00a0% de leur niveau');
	});

	it('never shows NaN, whatever the slider sends', () => {
		for (const bolus_mL of [Number.NaN, -5, 0, 5, 499.5, 10_000, Infinity]) {
			for (let step = 0; step < cushionSteps.length; step += 0.5) {
				for (const lang of ['fr', 'en'] as const) {
					const sentence = describeCushion(at(step, bolus_mL, true), lang);
					expect(sentence).not.toMatch(/NaN|Infinity|undefined/);
				}
			}
		}
	});
});
