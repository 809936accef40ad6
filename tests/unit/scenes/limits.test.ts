import { describe, expect, it } from 'vitest';
import { isParameter } from '$lib/player/parameters';
import { sceneIds } from '$lib/scenes/ids';
import { sceneOf } from '$lib/scenes/scenes.server';

// A slider must not reach a value the physiology refuses: each scene's model.ts exports `physiologyLimits`,
// the range its physiology module (src/lib/physiology: LIMITS, TRPV1_LIMITS, DOSE_LIMITS …) accepts for each
// slider, taken from there, not retyped; the slider's own range, where it is narrower on purpose, is a named
// constant beside its controls. A slider past its limit fails here, named, rather than as a RangeError
// thrown somewhere in the catalogue tests.
const models = import.meta.glob<{ physiologyLimits?: Record<string, readonly [number, number]> }>(
	'../../../src/lib/scenes/*/model.ts',
	{ eager: true }
);

describe.each(sceneIds)('the sliders of scene %s', (id) => {
	const scene = sceneOf(id);
	const limits = models[`../../../src/lib/scenes/${id}/model.ts`]?.physiologyLimits ?? {};

	it('stay within the limits their physiology accepts', () => {
		for (const control of scene.controls.filter(isParameter)) {
			if (control.kind !== 'range' && control.kind !== 'stops') continue;
			const where = `src/lib/scenes/${id}: the slider '${control.key}'`;
			const limit = limits[control.key];
			expect(
				limit,
				`${where} has no physiology limit: export physiologyLimits = { ${control.key}: <a LIMITS of src/lib/physiology> } from model.ts`
			).toBeDefined();
			const [low, high] = limit!;
			const values = control.kind === 'range' ? [control.min, control.max] : control.stops;
			const lowest = Math.min(...values);
			const highest = Math.max(...values);
			expect(lowest, `${where} goes down to ${lowest}, below its physiology's ${low}`).toBeGreaterThanOrEqual(
				low
			);
			expect(highest, `${where} goes up to ${highest}, above its physiology's ${high}`).toBeLessThanOrEqual(
				high
			);
			expect(control.default, `${where}: its default`).toBeGreaterThanOrEqual(lowest);
			expect(control.default, `${where}: its default`).toBeLessThanOrEqual(highest);
		}
	});
});
