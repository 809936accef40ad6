import { describe, expect, it } from 'vitest';
import { numberFormat } from '$lib/i18n/numbers';
import { defaultsOf, safeValue } from '$lib/player/parameters';
import scene from '$lib/scenes/hydrodissection';
import { describeHydrodissection } from '$lib/scenes/hydrodissection/describe';
import fr from '$lib/scenes/hydrodissection/messages/fr.json';
import en from '$lib/scenes/hydrodissection/messages/en.json';
import {
	controls,
	hydrodissectionFrameAt,
	hydrodissectionModel,
	steps
} from '$lib/scenes/hydrodissection/model';
import {
	hydrodissectionLayout,
	LANDSCAPE,
	NEEDLE,
	NERVE_LABEL,
	VIEWBOX,
	WRIST
} from '$lib/scenes/hydrodissection/view';
import { describeLandscape } from './landscape';

// The hydrodissection figure against the science (science.md B: 5 mL of 5 % dextrose in the carpal-tunnel
// trial against saline; dose.ts: 5 mL at 5 % = 0.25 g) and against what a reader sees at each step.
const words = { fr, en } as const;
const indexOf = (step: string) => steps.findIndex((s) => s.id === step);
const at = (step: string, volume_mL = 5, lang: 'fr' | 'en' = 'en') => {
	const model = hydrodissectionModel({ volume_mL });
	const frame = hydrodissectionFrameAt(model, indexOf(step));
	const view = { model, frame, words: words[lang], n: numberFormat(lang) };
	return { ...view, sentence: describeHydrodissection(view), layout: hydrodissectionLayout(frame) };
};

describe('the hydrodissection model', () => {
	it.each([
		[1, 0.05],
		[5, 0.25],
		[10, 0.5]
	])('%d mL of 5 %% dextrose hold %d g of glucose', (volume_mL, grams) => {
		const model = hydrodissectionModel({ volume_mL });
		expect(model.strength).toBe(0.05);
		expect(model.dose.glucose_g).toBeCloseTo(grams, 9);
	});

	it('keeps the volume in the slider’s range, 1–10 mL, with 5 mL by default', () => {
		expect(defaultsOf(controls)).toEqual({ volume_mL: 5 });
		const volume = controls[0];
		expect([volume.min, volume.max, volume.step]).toEqual([1, 10, 1]);
		for (const [asked, kept] of [
			[Number.NaN, 5],
			[-1, 1],
			[0, 1],
			[11, 10],
			[Infinity, 5],
			[3, 3]
		] as const) {
			expect(hydrodissectionModel({ volume_mL: asked }).params.volume_mL).toBe(kept);
			expect(safeValue(volume, asked)).toBe(kept);
		}
	});

	it.each([
		['carpal-tunnel', 0, 0, 0],
		['ultrasound', 1, 0, 0],
		['needle-near', 1, 1, 0],
		['dextrose-in', 1, 1, 0.5],
		['nerve-surrounded', 1, 1, 1]
	])('at %s: probe %d, needle %d, fluid %d', (step, probe, needle, fluid) => {
		const { frame } = at(step);
		expect(frame.step).toBe(step);
		expect(frame.probe).toBe(probe);
		expect(frame.needle).toBe(needle);
		expect(frame.fluid).toBe(fluid);
		expect(frame.injected_mL).toBe(5 * fluid);
	});

	it('names the step a reader sees: the destination once a passage is past halfway', () => {
		const model = hydrodissectionModel({ volume_mL: 5 });
		expect(hydrodissectionFrameAt(model, 2.4).step).toBe('needle-near');
		expect(hydrodissectionFrameAt(model, 2.6).step).toBe('dextrose-in');
		expect(hydrodissectionFrameAt(model, Number.NaN).step).toBe('carpal-tunnel');
		expect(hydrodissectionFrameAt(model, -3).step).toBe('carpal-tunnel');
		expect(hydrodissectionFrameAt(model, 99).step).toBe('nerve-surrounded');
	});
});

describe('what the hydrodissection figure says', () => {
	it('places the nerve between the ligament and the tendons, then shows it under ultrasound', () => {
		expect(at('carpal-tunnel').sentence).toMatch(/median nerve.*ligament.*tendons/);
		expect(at('ultrasound', 5, 'fr').sentence).toMatch(/sonde d’échographie/);
		expect(at('needle-near').sentence).toMatch(/^Under ultrasound, the needle approaches the median nerve/);
	});

	it('says half the volume goes under the nerve first', () => {
		expect(at('dextrose-in', 1).sentence).toMatch(
			/^Dextrose at 5% flows in under the nerve \(0\.5\u00a0mL\)/
		);
		expect(at('dextrose-in', 10, 'fr').sentence).toMatch(
			/^Le glucose à 5\u00a0% entre sous le nerf \(5\u00a0mL\)/
		);
	});

	it('gives the grams of sugar from the volume of 5 % dextrose, and the trials’ honest result', () => {
		const french = at('nerve-surrounded', 5, 'fr').sentence;
		expect(french).toContain('Avec 5\u00a0mL de glucose à 5\u00a0%');
		expect(french).toContain('(0,25\u00a0g de sucre)');
		expect(french).toMatch(/un essai récent aucune différence sur la douleur/);
		expect(french).toMatch(/on ne sait pas pourquoi/);
		const english = at('nerve-surrounded', 10).sentence;
		expect(english).toContain('With 10\u00a0mL of 5% dextrose');
		expect(english).toContain('(0.50\u00a0g of sugar)');
		expect(english).toMatch(/a recent trial no difference in pain/);
		expect(english).toMatch(/no one knows why/);
	});

	it('shows the slider’s value as volume and grams, in each language', () => {
		const show = controls[0].show;
		expect(show(5, numberFormat('fr'))).toBe('5\u00a0mL = 0,25\u00a0g');
		expect(show(10, numberFormat('en'))).toBe('10\u00a0mL = 0.50\u00a0g');
		expect(show(Number.NaN, numberFormat('en'))).not.toMatch(/NaN/);
	});

	it('declares the trials and the lifted-nerve hypothesis, with words in both languages, the trials note among the controls', () => {
		expect(scene.claims.map((claim) => [claim.id, claim.level])).toEqual([
			['trials', 'trials'],
			['nerve-lifted', 'hypothesis']
		]);
		expect(scene.claims[0]!.refs).toEqual(['wu-2017', 'orthosis-d5w-2026', 'lam-2023', 'oh-2025']);
		expect(scene.claims[1]!.refs).toEqual(['lam-2023']);
		expect(controls[1]).toMatchObject({ kind: 'note', claim: 'trials' });
		for (const claim of scene.claims) {
			expect(fr.claims[claim.id as keyof typeof fr.claims]).toBeTruthy();
			expect(en.claims[claim.id as keyof typeof en.claims]).toBeTruthy();
		}
		// the trials' caveat: mostly one research network
		expect(en.claims.trials).toMatch(/one research network/);
		expect(fr.claims.trials).toMatch(/un seul réseau de chercheurs/);
	});

	it('never says NaN, undefined or a bare placeholder, whatever the slider sends', () => {
		for (const volume_mL of [Number.NaN, -1, 0, 1, 10, 11, Infinity, -Infinity])
			for (let t = 0; t < steps.length; t += 0.5)
				for (const lang of ['fr', 'en'] as const) {
					const model = hydrodissectionModel({ volume_mL });
					const view = {
						model,
						frame: hydrodissectionFrameAt(model, t),
						words: words[lang],
						n: numberFormat(lang)
					};
					expect(describeHydrodissection(view)).not.toMatch(/NaN|Infinity|undefined|\{/);
				}
	});
});

describe('the hydrodissection drawing', () => {
	it.each([
		['carpal-tunnel', 5, false],
		['needle-near', 5, false],
		['dextrose-in', 5, true],
		['nerve-surrounded', 1, true],
		['nerve-surrounded', 10, true]
	] as const)('at %s with %d mL the fluid is drawn: %s', (step, volume_mL, drawn) => {
		expect(at(step, volume_mL).layout.fluid !== null).toBe(drawn);
	});

	it('grows the cushion with the volume, and never over the nerve’s name', () => {
		const small = at('nerve-surrounded', 1).layout.fluid!;
		const large = at('nerve-surrounded', 10).layout.fluid!;
		expect(large.rx).toBeGreaterThan(small.rx);
		expect(large.cx - large.rx).toBeGreaterThan(NERVE_LABEL.x);
		// "median nerve", 12 characters at about 12.5 units each, still inside the figure
		expect(NERVE_LABEL.x - 12 * 12.5).toBeGreaterThanOrEqual(4);
		expect(at('dextrose-in').layout.fluid!.cy).toBeGreaterThan(WRIST.nerve.cy);
		expect(at('nerve-surrounded').layout.fluid!.cy).toBe(WRIST.nerve.cy);
	});

	it.each([
		['carpal-tunnel', 0, 0],
		['ultrasound', 1, 0],
		['needle-near', 1, 1]
	] as const)('at %s the probe is shown at %d and the needle at %d', (step, probe, needle) => {
		const { layout } = at(step);
		expect(layout.probeOpacity).toBe(probe);
		expect(layout.needle.opacity).toBe(needle);
		if (needle === 1) expect(layout.needle.x).toBe(WRIST.nerve.cx + WRIST.nerve.rx + 10);
	});

	it.each([0, 0.5, 1])(
		'draws the needle whole, to its hub, inside the sketch as it comes in (%d)',
		(needle) => {
			const frame = { ...at('needle-near').frame, needle };
			const { x, y } = hydrodissectionLayout(frame).needle;
			const angle = (NEEDLE.angle_deg * Math.PI) / 180;
			const reach = NEEDLE.shaft + NEEDLE.hub.length;
			// the hub's far corners: its end, half its width either side of the needle's line
			const ends = [1, -1].map((side) => ({
				x: x + reach * Math.cos(angle) + side * (NEEDLE.hub.width / 2) * Math.sin(angle),
				y: y - reach * Math.sin(angle) + side * (NEEDLE.hub.width / 2) * Math.cos(angle)
			}));
			const sketch = LANDSCAPE.parts.sketch.from;
			for (const end of ends) {
				expect(end.x).toBeLessThan(VIEWBOX.width);
				expect(end.y).toBeGreaterThan(sketch.y);
			}
		}
	);

	it('keeps the largest cushion inside the figure', () => {
		const large = at('nerve-surrounded', 10).layout.fluid!;
		expect(large.cx + large.rx).toBeLessThanOrEqual(VIEWBOX.width);
		expect(large.cy + large.ry).toBeLessThan(VIEWBOX.height);
	});
});

// its side-by-side arrangement for wide screens and presenter mode: the same drawing, the same words
describeLandscape('hydrodissection');
