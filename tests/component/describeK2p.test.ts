import { describe, expect, it } from 'vitest';
import { describeK2p } from '$lib/scenes/k2p/describe';
import { k2pSceneAt } from '$lib/scenes/k2p/state';

// The sentences a screen reader hears, from the model's own numbers (science.md A1: rest −67.2 mV,
// E_K −89.1 mV; the facilitated ending sits just above a −55 mV threshold).
describe('K2P scene descriptions', () => {
	const at = (step: number, openFraction = 0.6) => k2pSceneAt(step, { openFraction, showHypothesis: false });

	it('starts from a facilitated ending above threshold, sending signals', () => {
		const state = at(0);
		expect(state.vm_mV).toBeGreaterThan(state.threshold_mV);
		expect(describeK2p(state, 'fr')).toMatch(
			/^Une partie des canaux K2P est fermée : la membrane reste à −53\u00a0mV, au-dessus du seuil \(−55\u00a0mV\), et envoie \d+ signaux/
		);
		expect(describeK2p(state, 'en')).toMatch(
			/^Part of the K2P channels are closed: the membrane stays at −53\u00a0mV, above threshold \(−55\u00a0mV\)/
		);
	});

	it('says how many channels open, in each language’s way of writing percent', () => {
		expect(describeK2p(at(1), 'fr')).toBe(
			'60\u00a0% des canaux K2P s’ouvrent : le potassium peut de nouveau sortir.'
		);
		expect(describeK2p(at(1), 'en')).toBe('60% of the K2P channels open: potassium can leave again.');
	});

	it('with 60 % open, falls below rest toward E_K and never past it', () => {
		const state = at(4);
		expect(state.vm_mV).toBeLessThan(state.rest_mV);
		expect(state.vm_mV).toBeGreaterThan(state.eK_mV);
		expect(describeK2p(state, 'fr')).toMatch(
			/^Le potentiel de membrane descend à −7\d\u00a0mV, sous le repos \(−67\u00a0mV\)/
		);
		expect(describeK2p(state, 'en')).toContain('toward the potassium equilibrium potential (−89\u00a0mV)');
	});

	it('with few channels open, says honestly that there is no hyperpolarisation', () => {
		const state = at(4, 0.2);
		expect(state.after.vm_mV).toBeGreaterThan(state.rest_mV);
		expect(describeK2p(state, 'en')).toMatch(
			/^With 20% of channels open, the potential stops at −\d+\u00a0mV: no hyperpolarisation/
		);
		expect(describeK2p(state, 'fr')).toContain('pas d’hyperpolarisation');
	});

	it('ends with no pain signals once the membrane is well below threshold', () => {
		const state = at(5);
		expect(state.firingRate_Hz).toBe(0);
		expect(describeK2p(state, 'en')).toMatch(
			/mV below threshold: no more pain signals, against \d+ per second at first\.$/
		);
		expect(describeK2p(state, 'fr')).toMatch(/plus aucun signal de douleur/);
	});

	it('never shows NaN, whatever the slider sends', () => {
		for (const openFraction of [Number.NaN, -1, 2, Infinity]) {
			for (let step = 0; step <= 5; step += 0.5) {
				const sentence = describeK2p(at(step, openFraction), 'fr');
				expect(sentence).not.toMatch(/NaN|Infinity|undefined/);
			}
		}
	});
});
