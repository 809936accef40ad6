import { describe, expect, it } from 'vitest';
import { describeTrpv1 } from '$lib/scenes/trpv1/describe';
import { trpv1SceneAt, type Trpv1Params } from '$lib/scenes/trpv1/state';

const heat44: Trpv1Params = { kind: 'heat', intensity: 44, weeksOfPain: 0, showHypothesis: false };

describe('TRPV1 scene descriptions', () => {
	it('starts at rest with the channels closed (science.md A1: −67 mV)', () => {
		expect(describeTrpv1(trpv1SceneAt(0, heat44), 'fr')).toBe(
			'Canaux TRPV1 fermés : la membrane est au repos, à −67\u00a0mV.'
		);
		expect(describeTrpv1(trpv1SceneAt(0, heat44), 'en')).toBe(
			'TRPV1 channels closed: the membrane is at rest, at −67\u00a0mV.'
		);
	});

	it('names the stimulus with its value, written as each language writes numbers', () => {
		const acid = trpv1SceneAt(1, { ...heat44, kind: 'acid', intensity: 5.5 });
		expect(describeTrpv1(acid, 'fr')).toBe('La terminaison reçoit acidité à pH 5,5.');
		expect(describeTrpv1(acid, 'en')).toBe('The ending receives acid at pH 5.5.');
	});

	it('heat above 43 °C depolarises a healthy ending past threshold and sends signals', () => {
		const state = trpv1SceneAt(4, heat44);
		expect(state.stimulated.vm_mV).toBeGreaterThan(state.stimulated.threshold_mV);
		expect(describeTrpv1(state, 'en')).toMatch(
			/^The membrane is past threshold: \d+ pain signals per second leave for the spinal cord\.$/
		);
	});

	it('warmth below 43 °C stays below threshold in a healthy ending: no signal', () => {
		const state = trpv1SceneAt(4, { ...heat44, intensity: 41 });
		expect(state.stimulated.firingRate_Hz).toBe(0);
		expect(describeTrpv1(state, 'fr')).toMatch(/reste sous le seuil : aucun signal ne part/);
	});

	it('the same warmth fires once the ending is sensitised', () => {
		const state = trpv1SceneAt(5, { ...heat44, intensity: 41 });
		expect(state.sensitised.firingRate_Hz).toBeGreaterThan(0);
		expect(describeTrpv1(state, 'en')).toMatch(
			/^Sensitised, the ending carries \d+% more channels than a pain-free nerve/
		);
	});

	it('says that touch barely opens TRPV1', () => {
		const state = trpv1SceneAt(2, { ...heat44, kind: 'touch' });
		expect(state.stimulated.firingRate_Hz).toBe(0);
		expect(describeTrpv1(state, 'en')).toMatch(
			/^Touch opens almost no TRPV1 channel \(\d+%\): this channel does not sense touch\.$/
		);
	});

	it('never shows NaN, whatever the controls send', () => {
		const bad = [
			{ ...heat44, intensity: Number.NaN },
			{ ...heat44, intensity: 1e9, weeksOfPain: -3 },
			{ ...heat44, kind: 'laser' as Trpv1Params['kind'] }
		];
		for (const params of bad) {
			for (let step = 0; step <= 5; step++) {
				expect(describeTrpv1(trpv1SceneAt(step, params), 'fr')).not.toMatch(/NaN|Infinity|undefined/);
			}
		}
	});
});
