import { describe, expect, it } from 'vitest';
import { PRESENTER_SCREENS, presenterFit, fitMeets } from '$lib/figure/presenter-fit';
import { numberFormat } from '$lib/i18n/numbers';
import { defaultsOf, isParameter, type ParamValues, type Parameter } from '$lib/player/parameters';
import type { AnyScene } from '$lib/player/scene';
import { sceneOf, wordsOf } from '$lib/scenes/scenes.server';
import { drawScene, layoutProblems, wordsShown } from './drawn-layout';

/**
 * The checks every scene's landscape arrangement must pass (scene.ts, Arrangement), from its real markup
 * (drawn-layout.ts): at every settled step and halfway through every passage, at every extreme of every
 * parameter, in both languages, nothing overlaps or leaves the figure or its part (in motion: nothing the
 * portrait's own motion does not also cross), the landscape shows exactly the words the portrait shows,
 * and its viewBox lets the smallest label reach the presenter sizes.
 */

/** The values worth drawing for one parameter: a slider's ends and named stops, every option, both ways. */
function extremes(parameter: Parameter): readonly (number | string | boolean)[] {
	switch (parameter.kind) {
		case 'range':
			return [parameter.min, parameter.max];
		case 'stops':
			return [parameter.stops[0]!, parameter.stops.at(-1)!, ...Object.values(parameter.named ?? {})];
		case 'choice':
			return parameter.options;
		default:
			return [true, false];
	}
}

/**
 * The parameter sets to draw: the defaults, every switch and claim flipped, and from both of these each
 * parameter moved to each of its extremes (with what makes its control shown, `when`).
 */
export function parameterSets(scene: AnyScene): ParamValues[] {
	const defaults: ParamValues = defaultsOf(scene.controls);
	const parameters = scene.controls.filter(isParameter);
	const flipped = { ...defaults };
	for (const p of parameters)
		if (p.kind === 'switch' || p.kind === 'claim') flipped[p.key] = !defaults[p.key];
	const sets = [defaults, flipped];
	for (const base of [defaults, flipped])
		for (const p of parameters)
			for (const value of extremes(p)) sets.push({ ...base, ...(p.when ?? {}), [p.key]: value });
	return sets;
}

/** Every settled step and every halfway point between two. */
const positions = (scene: AnyScene) =>
	scene.steps.flatMap((_, i) => (i + 1 < scene.steps.length ? [i, i + 0.5] : [i]));

export function describeLandscape(id: string): void {
	const scene = sceneOf(id);
	const draw = (lang: 'fr' | 'en', params: ParamValues, t: number, arrangement: 'portrait' | 'landscape') => {
		const model = scene.model(params);
		const view = { model, frame: scene.frameAt(model, t), words: wordsOf(id, lang), n: numberFormat(lang) };
		return drawScene(scene, view, arrangement);
	};

	describe(`the ${id} figure in landscape`, () => {
		it('is one of the arrangements the scene lists', () => {
			expect(scene.arrangements).toEqual(['portrait', 'landscape']);
		});

		it('is wider than tall, and its smallest label reaches the presenter sizes, filling the screen', () => {
			const drawn = draw('fr', defaultsOf(scene.controls), 0, 'landscape');
			expect(drawn.width).toBeGreaterThan(drawn.height * 1.6);
			for (const screen of PRESENTER_SCREENS) {
				const fit = presenterFit(drawn, screen);
				expect(fit.smallestLabel_px, `${screen.width} × ${screen.height}`).toBeGreaterThanOrEqual(
					screen.smallestLabel_px
				);
				expect(fitMeets(fit, screen), `${screen.width} × ${screen.height}`).toBe(true);
			}
			// the portrait drawing could not: that is why the landscape exists
			const portrait = draw('fr', defaultsOf(scene.controls), 0, 'portrait');
			expect(fitMeets(presenterFit(portrait, PRESENTER_SCREENS[0]), PRESENTER_SCREENS[0])).toBe(false);
		});

		it.each(['fr', 'en'] as const)(
			'in %s, at every step and passage and every extreme, nothing meets, leaves its place or is lost',
			(lang) => {
				const problems = new Set<string>();
				for (const params of parameterSets(scene))
					for (const t of positions(scene)) {
						const wide = draw(lang, params, t, 'landscape');
						const tall = draw(lang, params, t, 'portrait');
						const where = `${JSON.stringify(params)} at ${t}`;
						// in motion, an ion may pass over a label in the portrait too: the landscape adds none
						const passing = Number.isInteger(t) ? new Set() : new Set(layoutProblems(tall));
						for (const problem of layoutProblems(wide, { whole: true }))
							if (!passing.has(problem)) problems.add(`${where}: ${problem}`);
						if (wordsShown(wide).join('|') !== wordsShown(tall).join('|'))
							problems.add(`${where}: the words differ from the portrait's`);
					}
				expect([...problems].slice(0, 10)).toEqual([]);
			},
			30_000 // a few hundred drawings read from their markup, on a busy machine
		);
	});
}
