import { describe, expect, it } from 'vitest';
import { numberFormat } from '$lib/i18n/numbers';
import { defaultsOf } from '$lib/player/parameters';
import { sceneOf, wordsOf } from '$lib/scenes/scenes.server';
import { drawScene, layoutProblems, readDrawing } from './drawn-layout';

// What moves in a figure and no label may cover is marked by one attribute, data-glyph, whatever the
// scene draws (README, "how a scene works"): the layout checks, in the browser (tests/e2e/figure-layout.spec.ts)
// and here, measure every shape so marked, so a new scene's molecules are checked with no change to them.
describe('a glyph (data-glyph)', () => {
	it('is any shape a scene marks so, and a label on it is found', () => {
		const water = (x: number) =>
			`<svg viewBox="0 0 300 100"><g class="water" data-glyph transform="translate(${x} 50)"><circle r="14" /></g>` +
			`<text x="40" y="58">label</text></svg>`;
		expect(layoutProblems(readDrawing(water(60)))).toEqual(['water  sits on "label"']);
		expect(layoutProblems(readDrawing(water(250)))).toEqual([]);
		const path =
			'<svg viewBox="0 0 300 100"><path data-glyph d="M100 40 L120 60 L80 60 Z" /><text x="90" y="60">x</text></svg>';
		expect(layoutProblems(readDrawing(path))).toHaveLength(1);
	});

	it('is unmarked, and not measured, without the attribute', () => {
		const plain =
			'<svg viewBox="0 0 300 100"><g class="water" transform="translate(60 50)"><circle r="14" /></g><text x="40" y="58">label</text></svg>';
		expect(readDrawing(plain).glyphs).toEqual([]);
	});

	// the ions of the kit (Ion.svelte), the pump's ATP, ADP and phosphate, the cushion's mediators
	it.each(['trpv1', 'k2p', 'pump', 'cushion'])('marks what moves in the %s figure', (id) => {
		const scene = sceneOf(id);
		const model = scene.model(defaultsOf(scene.controls));
		const glyphs = scene.steps.flatMap((_, t) => {
			const view = { model, frame: scene.frameAt(model, t), words: wordsOf(id, 'en'), n: numberFormat('en') };
			return drawScene(scene, view, 'portrait').glyphs;
		});
		expect(glyphs.length).toBeGreaterThan(0);
	});
});
