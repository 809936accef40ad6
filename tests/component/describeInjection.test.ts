import { describe, expect, it } from 'vitest';
import { describeInjection } from '$lib/scenes/injection/describe';
import { injectionSceneAt, layerAt } from '$lib/scenes/injection/state';
import { injectionSteps } from '$lib/scenes/injection/steps';

// The sentences a screen reader hears (science.md C2 #12: skin 1.9–2.4 mm, fat 10–15 mm; B: 5 mL of 5 %
// dextrose in the carpal tunnel trial; dose.ts: 5 mL at 5 % = 0.25 g).
describe('injection scene descriptions', () => {
	const at = (step: number, volume_mL = 5) => injectionSceneAt(step, { volume_mL });

	it('puts the tip of a 4 mm needle pushed straight in below the dermis, in the fat', () => {
		const state = at(1);
		expect(state.needles[0].endsIn).toEqual({ thin: 'subcutis', thick: 'subcutis' });
		expect(describeInjection(state, 'fr')).toBe(
			'Enfoncée droite, l’aiguille 27 G de 4\u00a0mm a sa pointe 1,9\u00a0mm sous le derme, dans la graisse : ce n’est pas une injection intradermique.'
		);
		expect(describeInjection(state, 'en')).toContain('its tip 1.9\u00a0mm below the dermis, in the fat');
	});

	it('lets a 13 mm needle reach muscle only where the fat is thin', () => {
		expect(layerAt(13, 10)).toBe('muscle');
		expect(layerAt(13, 15)).toBe('subcutis');
		expect(describeInjection(at(2), 'en')).toBe(
			'The 26 G 13\u00a0mm needle reaches the bottom of the fat; where the fat is thinner than 10.9\u00a0mm, its tip is in muscle.'
		);
	});

	it('gives the grams of sugar from the volume of 5 % dextrose', () => {
		expect(describeInjection(at(5), 'fr')).toMatch(
			/^Avec 5\u00a0mL de glucose à 5\u00a0%, le liquide entoure le nerf ; cela fait 0,25\u00a0g de sucre\./
		);
		expect(describeInjection(at(5, 10), 'en')).toContain('With 10\u00a0mL of 5% dextrose');
		expect(describeInjection(at(5, 10), 'en')).toContain('that is 0.50\u00a0g of sugar');
		expect(describeInjection(at(4, 1), 'en')).toBe(
			'0.5\u00a0mL of 5% dextrose go in under the nerve, separating it from the tendons.'
		);
	});

	it('never shows NaN, whatever the slider sends', () => {
		for (const volume_mL of [Number.NaN, -1, 0, 1, 10, 11, Infinity]) {
			for (let step = 0; step < injectionSteps.length; step += 0.5) {
				for (const lang of ['fr', 'en'] as const) {
					const sentence = describeInjection(at(step, volume_mL), lang);
					expect(sentence).not.toMatch(/NaN|Infinity|undefined/);
				}
			}
		}
	});
});
