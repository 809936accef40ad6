import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberFormat } from '$lib/i18n/numbers';
import { HYDROTOMY_NEEDLES, layerAt, SKIN_DEPTH_mm, SKIN_mm } from '$lib/physiology';
import { defaultsOf, safeValue } from '$lib/player/parameters';
import scene from '$lib/scenes/needle-depth';
import { describeNeedleDepth } from '$lib/scenes/needle-depth/describe';
import fr from '$lib/scenes/needle-depth/messages/fr.json';
import en from '$lib/scenes/needle-depth/messages/en.json';
import {
	controls,
	needleDepthFrameAt,
	needleDepthModel,
	steepestIntradermal_deg,
	steps,
	tipDepth_mm
} from '$lib/scenes/needle-depth/model';
import {
	depthY,
	needleDepthLayout,
	PER_MM,
	RULER,
	RULER_TICKS,
	SKIN_Y,
	TIP_TEXT_Y,
	VIEWBOX
} from '$lib/scenes/needle-depth/view';
import { describeLandscape } from './landscape';

// The needle-depth figure against the science (science.md C2 #12: skin 1.9–2.4 mm, fat 10–15 mm, needles
// 27 G × 4 mm and 26 G × 13 mm) and against what a reader sees at each step; the slanted needle against
// plain geometry (a tip `length × sin(angle)` deep).
const words = { fr, en } as const;
const indexOf = (step: string) => steps.findIndex((s) => s.id === step);
const at = (step: string, angle_deg = 20, lang: 'fr' | 'en' = 'en') => {
	const model = needleDepthModel({ angle_deg });
	const frame = needleDepthFrameAt(model, indexOf(step));
	const view = { model, frame, words: words[lang], n: numberFormat(lang) };
	return { ...view, sentence: describeNeedleDepth(view), layout: needleDepthLayout(model, frame) };
};

describe('the needle-depth model', () => {
	it('takes hydrotomy’s two needles, short one first', () => {
		const { short, long } = needleDepthModel({ angle_deg: 20 }).needles;
		expect([short.gauge, short.length_mm, short.diameter_mm]).toEqual([27, 4, 0.4]);
		expect([long.gauge, long.length_mm, long.diameter_mm]).toEqual([26, 13, 0.45]);
		expect(HYDROTOMY_NEEDLES).toHaveLength(2);
	});

	it('puts the tip of a 4 mm needle pushed straight in below the dermis, in the fat, however thick the fat', () => {
		const { short } = needleDepthModel({ angle_deg: 20 }).needles;
		expect(short.endsIn).toEqual({ thin: 'subcutis', thick: 'subcutis' });
		expect(short.belowDermis_mm).toBeCloseTo(1.9, 9);
	});

	it('lets a 13 mm needle reach muscle only where the fat is thin', () => {
		const { long } = needleDepthModel({ angle_deg: 20 }).needles;
		expect(layerAt(13, 10)).toBe('muscle');
		expect(layerAt(13, 15)).toBe('subcutis');
		expect(long.endsIn).toEqual({ thin: 'muscle', thick: 'subcutis' });
		expect(long.length_mm - SKIN_DEPTH_mm).toBeCloseTo(10.9, 9);
	});

	it.each([
		[90, 4, 'subcutis'],
		[30, 2, 'dermis'],
		[20, 1.368, 'dermis'],
		[35, 2.294, 'subcutis']
	] as const)('slanted at %d°, the 4 mm needle’s tip is %d mm deep, in the %s', (angle_deg, depth, layer) => {
		const { slanted } = needleDepthModel({ angle_deg });
		expect(slanted.angle_deg).toBe(angle_deg);
		expect(slanted.tip_mm).toBeCloseTo(depth, 3);
		expect(slanted.endsIn).toBe(layer);
	});

	it('keeps a slanted 4 mm needle in the dermis up to about 32°, the angle whose sine is 2.1/4', () => {
		const steepest = steepestIntradermal_deg(4);
		expect(steepest).toBeCloseTo(31.67, 2);
		expect(tipDepth_mm(4, steepest)).toBeCloseTo(SKIN_DEPTH_mm, 9);
		expect(layerAt(tipDepth_mm(4, steepest - 0.1), SKIN_mm.subcutisMin)).toBe('dermis');
		expect(layerAt(tipDepth_mm(4, steepest + 0.1), SKIN_mm.subcutisMin)).toBe('subcutis');
		// a needle no longer than the skin is thick stays in it at any angle
		expect(steepestIntradermal_deg(2)).toBe(90);
	});

	it('sends a slanted needle deeper the steeper it goes, never deeper than its length', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 10, max: 89, noNaN: true }),
				fc.double({ min: 0.1, max: 1, noNaN: true }),
				(angle, more) => {
					const steeper = Math.min(90, angle + more);
					expect(tipDepth_mm(4, steeper)).toBeGreaterThan(tipDepth_mm(4, angle));
					expect(tipDepth_mm(4, steeper)).toBeLessThanOrEqual(4);
				}
			)
		);
	});

	it('keeps the angle in the slider’s range, 10–90° by 5°, with 20° by default', () => {
		expect(defaultsOf(controls)).toEqual({ angle_deg: 20 });
		const angle = controls[0];
		expect([angle.min, angle.max, angle.step]).toEqual([10, 90, 5]);
		for (const [asked, kept] of [
			[Number.NaN, 20],
			[-1, 10],
			[0, 10],
			[120, 90],
			[Infinity, 20],
			[45, 45]
		] as const) {
			expect(needleDepthModel({ angle_deg: asked }).params.angle_deg).toBe(kept);
			expect(safeValue(angle, asked)).toBe(kept);
		}
	});

	it.each([
		['layers', 0, 0, 0, 90],
		['intradermal', 1, 0, 0, 90],
		['needle-4mm', 1, 1, 0, 90],
		['needle-13mm', 1, 1, 1, 90],
		['slanted', 1, 1, 1, 20]
	])(
		'at %s: dermis marked %d, short needle in %d, long %d, short at %d°',
		(step, marked, short, long, angle) => {
			const { frame } = at(step);
			expect(frame.step).toBe(step);
			expect(frame.dermisMarked).toBe(marked);
			expect(frame.needles.short.inserted).toBe(short);
			expect(frame.needles.long.inserted).toBe(long);
			expect(frame.needles.short.angle_deg).toBe(angle);
			expect(frame.needles.long.angle_deg).toBe(90);
		}
	);

	it('pushes a needle in during its passage, tip going down, never back', () => {
		const model = needleDepthModel({ angle_deg: 20 });
		const start = indexOf('needle-4mm') - 1;
		const tips = [0, 0.25, 0.5, 0.75, 1].map(
			(p) => needleDepthFrameAt(model, start + p).needles.short.tip_mm
		);
		tips.slice(1).forEach((tip, i) => expect(tip).toBeGreaterThan(tips[i]!));
		expect(tips.at(-1)).toBe(4);
	});

	it('takes the short needle out, then puts it back in slanted, on the way to the last step', () => {
		const model = needleDepthModel({ angle_deg: 20 });
		const from = indexOf('slanted') - 1;
		const short = (p: number) => needleDepthFrameAt(model, from + p).needles.short;
		expect(short(0.25)).toMatchObject({ inserted: 0.5, angle_deg: 90, tip_mm: 2 });
		expect(short(0.5)).toMatchObject({ inserted: 0, tip_mm: 0 });
		expect(short(0.75).angle_deg).toBe(20);
		expect(short(0.75).tip_mm).toBeCloseTo(2 * Math.sin((20 * Math.PI) / 180), 9);
		expect(short(1).tip_mm).toBeCloseTo(model.slanted.tip_mm, 9);
		// the long needle stays where it is, straight in
		expect(needleDepthFrameAt(model, from + 0.5).needles.long.tip_mm).toBe(13);
	});

	it('names the step a reader sees: the destination once a passage is past halfway', () => {
		const model = needleDepthModel({ angle_deg: 20 });
		expect(needleDepthFrameAt(model, 2.4).step).toBe('needle-4mm');
		expect(needleDepthFrameAt(model, 2.6).step).toBe('needle-13mm');
		expect(needleDepthFrameAt(model, Number.NaN).step).toBe('layers');
		expect(needleDepthFrameAt(model, -3).step).toBe('layers');
		expect(needleDepthFrameAt(model, 99).step).toBe('slanted');
	});
});

describe('what the needle-depth figure says', () => {
	it('gives the layers to scale, and the needles’ lengths, with each language’s numbers', () => {
		const french = at('layers', 20, 'fr').sentence;
		expect(french).toContain('0,1\u00a0mm');
		expect(french).toContain('2\u00a0mm');
		expect(french).toContain('10 à 15\u00a0mm');
		expect(french).toContain('4\u00a0mm et 13\u00a0mm');
		const english = at('layers').sentence;
		expect(english).toContain('0.1\u00a0mm');
		expect(english).toContain('10 to 15\u00a0mm');
		// every layer named, in order from the surface down
		const order = ['the epidermis', 'the dermis', 'the fat', 'muscle'].map((layer) => english.indexOf(layer));
		expect(order.every((i) => i >= 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
	});

	it('says where a tip must end for an injection to be intradermal, and what the hydrotomy page calls so', () => {
		const english = at('intradermal').sentence;
		expect(english).toContain('stops in the dermis, between 0.1\u00a0mm and 2.1\u00a0mm under the surface');
		expect(english).toContain('calls its 4\u00a0mm-deep injections “intradermal”');
		expect(at('intradermal', 20, 'fr').sentence).toContain('dans le derme, entre 0,1\u00a0mm et 2,1\u00a0mm');
	});

	it('puts the 4 mm needle’s tip 1.9 mm below the dermis, in the fat: not intradermal', () => {
		const french = at('needle-4mm', 20, 'fr').sentence;
		expect(french).toContain('27\u00a0G de 4\u00a0mm');
		expect(french).toContain('1,9\u00a0mm sous le derme, dans la graisse');
		expect(french).toMatch(/dans une peau de cette épaisseur, l’injection n’est pas intradermique/);
		const english = at('needle-4mm').sentence;
		expect(english).toContain('its tip 1.9\u00a0mm below the dermis, in the fat');
		expect(english).toMatch(/in skin this thick, the injection is not intradermal/);
	});

	it('lets the 13 mm needle reach muscle where the fat is thinner than 10.9 mm', () => {
		const english = at('needle-13mm').sentence;
		expect(english).toContain('26\u00a0G 13\u00a0mm');
		// under 2.1 mm of skin, 10.9 mm into the fat: fat averages 10–15 mm, so the tip need not reach its bottom
		expect(english).toContain('goes 10.9\u00a0mm into the fat');
		expect(english).toContain('thinner than that, its tip is in muscle');
		expect(english).not.toMatch(/bottom/);
		const french = at('needle-13mm', 20, 'fr').sentence;
		expect(french).toContain('s’enfonce de 10,9\u00a0mm dans la graisse');
		expect(french).toContain('plus mince, sa pointe est dans le muscle');
	});

	it('follows the slider: a flat needle stays in the dermis, a steep one reaches the fat', () => {
		const flat = at('slanted', 20).sentence;
		expect(flat).toContain('at 20° to the skin');
		expect(flat).toContain('its tip 1.4\u00a0mm deep, in the dermis');
		expect(flat).toContain('less than about 32°');
		const steep = at('slanted', 45).sentence;
		expect(steep).toContain('its tip 2.8\u00a0mm deep, in the fat');
		expect(at('slanted', 90, 'fr').sentence).toContain(
			'sa pointe à 4\u00a0mm de profondeur, dans la graisse'
		);
		expect(at('slanted', 20, 'fr').sentence).toContain('à moins de 32° environ');
	});

	it('shows the slider’s value as an angle, in each language', () => {
		const show = controls[0].show;
		expect(show(20, numberFormat('fr'))).toBe('20°');
		expect(show(45, numberFormat('en'))).toBe('45°');
		expect(show(Number.NaN, numberFormat('en'))).not.toMatch(/NaN/);
	});

	it('declares only hydrotomy’s claims, with words in both languages, the “intradermal” one among the controls', () => {
		expect(scene.claims.map((claim) => [claim.id, claim.level])).toEqual([
			['skin-to-scale', 'established'],
			['not-intradermal', 'unsupported']
		]);
		expect(scene.claims.find((claim) => claim.id === 'not-intradermal')?.source).toBe('sihp-hydrotomie');
		expect(controls[1]).toMatchObject({ kind: 'note', claim: 'not-intradermal' });
		for (const claim of scene.claims) {
			expect(fr.claims[claim.id as keyof typeof fr.claims]).toBeTruthy();
			expect(en.claims[claim.id as keyof typeof en.claims]).toBeTruthy();
		}
		// nothing about dextrose or its trials: those belong to the glucopuncture figure
		expect(JSON.stringify([fr, en])).not.toMatch(/dextrose|glucose|essai|trial/i);
	});

	it('never says NaN, undefined or a bare placeholder, whatever the slider sends', () => {
		for (const angle_deg of [Number.NaN, -1, 0, 10, 20, 90, 120, Infinity, -Infinity])
			for (let t = 0; t < steps.length; t += 0.5)
				for (const lang of ['fr', 'en'] as const) {
					const model = needleDepthModel({ angle_deg });
					const view = {
						model,
						frame: needleDepthFrameAt(model, t),
						words: words[lang],
						n: numberFormat(lang)
					};
					expect(describeNeedleDepth(view)).not.toMatch(/NaN|Infinity|undefined|\{/);
				}
	});
});

describe('the needle-depth drawing', () => {
	it.each([
		['layers', 'short', SKIN_Y],
		['intradermal', 'long', SKIN_Y],
		['needle-4mm', 'short', SKIN_Y + 4 * PER_MM],
		['needle-4mm', 'long', SKIN_Y],
		['needle-13mm', 'long', SKIN_Y + 13 * PER_MM],
		['slanted', 'long', depthY(13)]
	] as const)('at %s the %s needle’s tip is at y = %d, to scale', (step, key, tip) => {
		const needle = at(step).layout.needles[key];
		expect(needle.tip).toBeCloseTo(tip, 9);
		expect(needle.tipAt.y).toBeCloseTo(tip, 9);
		expect(needle.tip - needle.top).toBeCloseTo(key === 'short' ? 48 : 156, 9);
		expect(needle.in).toBe(needle.tip > SKIN_Y + 1);
	});

	it.each([10, 20, 30, 45, 90])(
		'slanted at %d°, the short needle is drawn to scale, its tip at its depth',
		(angle) => {
			const { layout, model } = at('slanted', angle);
			const short = layout.needles.short;
			expect(short.turn_deg).toBe(90 - angle);
			expect(short.tipAt.y).toBeCloseTo(depthY(model.slanted.tip_mm), 9);
			// still 4 mm long once turned, and tipped away from the long needle
			expect(Math.hypot(short.tipAt.x - short.x, short.tipAt.y - SKIN_Y)).toBeCloseTo(4 * PER_MM, 9);
			expect(short.tipAt.x).toBeLessThanOrEqual(short.x);
			expect(short.in).toBe(true);
		}
	);

	it('outlines the dermis from the second step on, the needles already drawn on the first', () => {
		expect(at('layers').layout.dermisOutline).toBe(0);
		for (const step of ['intradermal', 'needle-4mm', 'slanted'])
			expect(at(step).layout.dermisOutline).toBe(1);
		expect(at('layers').layout.needles.long.top).toBeLessThan(SKIN_Y);
	});

	it.each(steps.map((step) => step.id))('at %s the needles’ names stay inside the figure, apart', (step) => {
		const { short, long } = at(step).layout.needles;
		// "27 G × 4 mm" ends at its x; "26 G × 13 mm", about 166 units in bold, is centred on its x
		const shortName = { left: short.name.x - 11 * 14, right: short.name.x };
		const longName = { left: long.name.x - 83, right: long.name.x + 83 };
		expect([short.name.anchor, long.name.anchor]).toEqual(['end', 'middle']);
		expect(shortName.left).toBeGreaterThanOrEqual(4);
		expect(longName.right).toBeLessThanOrEqual(VIEWBOX.width - 4);
		if (short.name.y === long.name.y) expect(longName.left - shortName.right).toBeGreaterThan(10);
		for (const needle of [short, long]) expect(needle.name.y).toBeGreaterThanOrEqual(4 + 21);
	});

	it.each([
		['layers', 'apart', 134, 26],
		['intradermal', 'apart', 134, 26],
		['needle-4mm', 'apart', 182, 26],
		['needle-13mm', 'on one line', 182, 182],
		['slanted', 'on one line', 182, 182]
	] as const)('at %s the needles’ names are %s (y %d and %d)', (step, _, shortY, longY) => {
		const { short, long } = at(step).layout.needles;
		expect([short.name.y, long.name.y]).toEqual([shortY, longY]);
	});

	it('writes the tips’ depths on lines at least a label’s height apart, above the needles’ names', () => {
		const lines = [...TIP_TEXT_Y.short, ...TIP_TEXT_Y.long];
		lines.slice(1).forEach((y, i) => expect(y - lines[i]!).toBeGreaterThanOrEqual(26));
		expect(Math.min(...lines)).toBeGreaterThanOrEqual(32 + 26);
		const names = at('needle-13mm').layout.needles;
		expect(names.short.name.y - Math.max(...lines)).toBeGreaterThanOrEqual(26);
	});

	it('keeps the layer labels clear of the short needle’s hub', () => {
		const { short } = at('needle-4mm').layout.needles;
		// "epidermis 0.1 mm", 16 characters from x = 14
		expect(short.x - short.hubWidth / 2).toBeGreaterThan(14 + 16 * 12.5);
	});

	it('writes the unit on the deepest tick of the ruler, not beside the 0', () => {
		const ticks = RULER_TICKS;
		expect(ticks.map((tick) => tick.depth_mm)).toEqual([0, 5, 10, 15]);
		expect(ticks.map((tick) => tick.unit)).toEqual([false, false, false, true]);
		expect(ticks[0]!.y).toBe(SKIN_Y);
		// the "0" (a label's box reaches about 5 units under its baseline) sits above the skin line
		expect(ticks[0]!.labelY + 5).toBeLessThan(SKIN_Y - 1);
		ticks.slice(1).forEach((tick) => expect(tick.labelY).toBe(tick.y + 7));
		expect(RULER.labelX).toBeLessThan(RULER.x);
	});

	it('keeps the drawing within its 480-unit width, the deepest fat and some muscle inside it', () => {
		expect(VIEWBOX.width).toBe(480);
		expect(depthY(SKIN_DEPTH_mm + SKIN_mm.subcutisMax + 2)).toBeLessThan(VIEWBOX.height);
	});
});

// its side-by-side arrangement for wide screens and presenter mode: the same drawing, the same words
describeLandscape('needle-depth');
