import { describe, expect, it } from 'vitest';
import { presentedClaims } from '$lib/player/presented-caption';
import { safeParams, type Control, type ParamValues } from '$lib/player/parameters';
import type { SceneClaim, SceneWords } from '$lib/player/scene';
import { sceneIds } from '$lib/scenes/ids';
import { sceneOf, wordsOf } from '$lib/scenes/scenes.server';

// A presented figure hides its settings, and with them the badges they carry: its caption names the claims it
// shows, each with its evidence label. The idea the figure illustrates (its patientClaim) is always among them,
// its layer on or off: in a talk about an injection, a figure of established physiology says on screen that the
// injection's part in it is unproven (clinician review, stop 61).
describe.each(sceneIds)('scene %s, presented', (id) => {
	const scene = sceneOf(id);
	const words = wordsOf(id, 'fr');
	const defaults = safeParams(scene.controls, {});
	const ids = (params: ParamValues) =>
		presentedClaims(scene.controls, scene.claims, params, words, scene.patientClaim).map(
			({ claim }) => claim.id
		);

	it('names the idea it illustrates at its default settings, with that idea’s level and words', () => {
		const shown = presentedClaims(scene.controls, scene.claims, defaults, words, scene.patientClaim);
		const lead = shown.find(({ claim }) => claim.id === scene.patientClaim);
		expect(lead, `${id}: no control carries its patientClaim, ${scene.patientClaim}`).toBeDefined();
		expect(lead!.claim.level).toBe(scene.claims.find((claim) => claim.id === scene.patientClaim)!.level);
		expect(lead!.text.trim().length).toBeGreaterThan(3);
		expect(lead!.text).not.toBe(lead!.claim.id);
	});

	it('names each claim once, with every claim layer switched on', () => {
		const allOn = Object.fromEntries(
			scene.controls.flatMap((control) => (control.kind === 'claim' ? [[control.key, true]] : []))
		);
		const shown = ids({ ...defaults, ...allOn });
		expect(new Set(shown).size).toBe(shown.length);
		expect(shown).toContain(scene.patientClaim);
	});
});

describe('a claim layer that is not the figure’s lead (a scene with two layers)', () => {
	const controls: Control[] = [
		{ kind: 'claim', key: 'lead', claim: 'the-lead', default: false },
		{ kind: 'claim', key: 'other', claim: 'another', default: false },
		{ kind: 'note', key: 'touchOnly', claim: 'a-note', when: { kind: 'touch' } }
	];
	const claims: SceneClaim[] = [
		{ id: 'the-lead', level: 'unsupported', refs: ['x'] },
		{ id: 'another', level: 'hypothesis', refs: ['y'] },
		{ id: 'a-note', level: 'established', refs: ['z'] }
	];
	const words = {
		params: { lead: { shown: 'The lead, per the article:' }, other: { label: 'Show another idea' } }
	} as unknown as SceneWords;
	const named = (params: Record<string, unknown>) =>
		presentedClaims(controls, claims, params as ParamValues, words, 'the-lead').map(({ claim, text }) => [
			claim.id,
			text
		]);

	it.each([
		[{ lead: false, other: false, kind: 'heat' }, [['the-lead', 'The lead, per the article:']]],
		[
			{ lead: false, other: true, kind: 'heat' },
			[
				['the-lead', 'The lead, per the article:'],
				['another', 'Show another idea']
			]
		],
		[
			{ lead: true, other: false, kind: 'touch' },
			[
				['the-lead', 'The lead, per the article:'],
				['a-note', 'a-note']
			]
		]
	])('with %o names %j', (params, expected) => {
		expect(named(params)).toEqual(expected);
	});

	it('without a lead, names only what is switched on or shown', () => {
		expect(
			presentedClaims(controls, claims, { lead: false, other: false, kind: 'heat' } as ParamValues, words)
		).toEqual([]);
	});
});
