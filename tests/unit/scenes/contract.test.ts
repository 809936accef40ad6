import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isWellFormedSceneId, sceneIds } from '$lib/scenes/ids';
import { sceneOf } from '$lib/scenes/scenes.server';
import { sceneCases } from '../../e2e/scene-table';

// What ties a scene's folder together and that no type can check: a slip here type-checks, passes the
// other tests, and leaves a figure that never wakes or a hypothesis switch without its badge.
describe.each(sceneIds)('the scene in src/lib/scenes/%s/', (id) => {
	const scene = sceneOf(id);

	// an id with "_" or a capital passed every other test and left its pages without a first frame or a
	// thumbnail: the build now stops on it too (frames.server.ts)
	it('has a folder name that is an id: lower-case letters and digits joined by hyphens (sceneIdPattern)', () => {
		expect(
			isWellFormedSceneId(id),
			`src/lib/scenes/${id}/: rename the folder (and scene.json's id) to lower-case letters and digits joined by hyphens, such as "needle-depth" (sceneIdPattern, src/lib/scenes/ids.ts)`
		).toBe(true);
	});

	it('has its folder’s name as its id (the page wakes the figure whose id it asked for)', () => {
		expect(scene.id, `scene.json: id must be '${id}'`).toBe(id);
	});

	it('plays the steps of its steps.json, in that order', () => {
		const file = JSON.parse(readFileSync(`src/lib/scenes/${id}/steps.json`, 'utf8')) as object;
		expect(scene.steps.map((step) => step.id)).toEqual(Object.keys(file));
	});

	it('names, in every control that shows a claim, one of the claims it declares', () => {
		const claims = scene.claims.map((claim) => claim.id);
		for (const control of scene.controls)
			if ('claim' in control && control.claim !== undefined)
				expect(
					claims,
					`control ${control.key}: claim '${control.claim}' is not in scene.json's claims`
				).toContain(control.claim);
	});

	it('is in the end-to-end tests’ table of scenes, with the same steps', () => {
		const written = sceneCases.find((each) => each.id === id);
		expect(written, `tests/e2e/scene-table.ts: add the scene '${id}'`).toBeDefined();
		expect(written!.steps).toEqual(scene.steps.map((step) => step.id));
	});

	// (none named like a key the site keeps for itself: tests/unit/address/figure-state.test.ts)
	it('gives each control a key of its own (the address and the words are found by it)', () => {
		const keys = scene.controls.map((control) => control.key);
		expect(new Set(keys).size).toBe(keys.length);
	});
});
