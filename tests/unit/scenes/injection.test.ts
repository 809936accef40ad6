import { describe, expect, it } from 'vitest';
import { numberFormat } from '$lib/i18n/numbers';
import { HYDROTOMY_NEEDLES, layerAt, SKIN_DEPTH_mm, SKIN_mm } from '$lib/physiology';
import { defaultsOf, safeValue } from '$lib/player/parameters';
import scene from '$lib/scenes/injection';
import { describeInjection } from '$lib/scenes/injection/describe';
import fr from '$lib/scenes/injection/messages/fr.json';
import en from '$lib/scenes/injection/messages/en.json';
import { controls, injectionFrameAt, injectionModel, steps } from '$lib/scenes/injection/model';
import {
	depthY,
	injectionLayout,
	NERVE_LABEL,
	PER_MM,
	RULER,
	SKIN_Y,
	TIP_TEXT_Y,
	VIEWBOX,
	WRIST
} from '$lib/scenes/injection/view';

// The injection figure against the science (science.md C2 #12: skin 1.9–2.4 mm, fat 10–15 mm, needles
// 27 G × 4 mm and 26 G × 13 mm; B: 5 mL of 5 % dextrose in the carpal-tunnel trial against saline;
// dose.ts: 5 mL at 5 % = 0.25 g) and against what a reader sees at each step.
const words = { fr, en } as const;
const indexOf = (step: string) => steps.findIndex((s) => s.id === step);
const at = (step: string, volume_mL = 5, lang: 'fr' | 'en' = 'en') => {
	const model = injectionModel({ volume_mL });
	const frame = injectionFrameAt(model, indexOf(step));
	const view = { model, frame, words: words[lang], n: numberFormat(lang) };
	return { ...view, sentence: describeInjection(view), layout: injectionLayout(model, frame) };
};

describe('the injection model', () => {
	it('takes hydrotomy’s two needles, short one first', () => {
		const { short, long } = injectionModel({ volume_mL: 5 }).needles;
		expect([short.gauge, short.length_mm, short.diameter_mm]).toEqual([27, 4, 0.4]);
		expect([long.gauge, long.length_mm, long.diameter_mm]).toEqual([26, 13, 0.45]);
		expect(HYDROTOMY_NEEDLES).toHaveLength(2);
	});

	it('puts the tip of a 4 mm needle pushed straight in below the dermis, in the fat, however thick the fat', () => {
		const { short } = injectionModel({ volume_mL: 5 }).needles;
		expect(short.endsIn).toEqual({ thin: 'subcutis', thick: 'subcutis' });
		expect(short.belowDermis_mm).toBeCloseTo(1.9, 9);
	});

	it('lets a 13 mm needle reach muscle only where the fat is thin', () => {
		const { long } = injectionModel({ volume_mL: 5 }).needles;
		expect(layerAt(13, 10)).toBe('muscle');
		expect(layerAt(13, 15)).toBe('subcutis');
		expect(long.endsIn).toEqual({ thin: 'muscle', thick: 'subcutis' });
		expect(long.length_mm - SKIN_DEPTH_mm).toBeCloseTo(10.9, 9);
	});

	it.each([
		[1, 0.05],
		[5, 0.25],
		[10, 0.5]
	])('%d mL of 5 %% dextrose hold %d g of glucose', (volume_mL, grams) => {
		const model = injectionModel({ volume_mL });
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
			expect(injectionModel({ volume_mL: asked }).params.volume_mL).toBe(kept);
			expect(safeValue(volume, asked)).toBe(kept);
		}
	});

	it.each([
		['layers', 0, 0, 0, 0],
		['needle-4mm', 1, 0, 0, 0],
		['needle-13mm', 1, 1, 0, 0],
		['carpal-tunnel', 1, 1, 1, 0],
		['dextrose-in', 1, 1, 1, 0.5],
		['nerve-surrounded', 1, 1, 1, 1]
	])('at %s: short needle in %d, long %d, wrist %d, fluid %d', (step, short, long, wrist, fluid) => {
		const { frame } = at(step);
		expect(frame.step).toBe(step);
		expect(frame.needles.short.inserted).toBe(short);
		expect(frame.needles.long.inserted).toBe(long);
		expect(frame.wrist).toBe(wrist);
		expect(frame.fluid).toBe(fluid);
		expect(frame.injected_mL).toBe(5 * fluid);
	});

	it('pushes a needle in during its passage, tip going down, never back', () => {
		const model = injectionModel({ volume_mL: 5 });
		const tips = [0, 0.25, 0.5, 0.75, 1].map((t) => injectionFrameAt(model, t).needles.short.tip_mm);
		tips.slice(1).forEach((tip, i) => expect(tip).toBeGreaterThan(tips[i]!));
		expect(tips.at(-1)).toBe(4);
	});

	it('names the step a reader sees: the destination once a passage is past halfway', () => {
		const model = injectionModel({ volume_mL: 5 });
		expect(injectionFrameAt(model, 3.4).step).toBe('carpal-tunnel');
		expect(injectionFrameAt(model, 3.6).step).toBe('dextrose-in');
		expect(injectionFrameAt(model, Number.NaN).step).toBe('layers');
		expect(injectionFrameAt(model, -3).step).toBe('layers');
		expect(injectionFrameAt(model, 99).step).toBe('nerve-surrounded');
	});
});

describe('what the injection figure says', () => {
	it('gives the layers to scale, and the needles’ lengths, with each language’s numbers', () => {
		const french = at('layers', 5, 'fr').sentence;
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

	it('puts the 4 mm needle’s tip 1.9 mm below the dermis, in the fat: not intradermal', () => {
		const french = at('needle-4mm', 5, 'fr').sentence;
		expect(french).toContain('27 G de 4\u00a0mm');
		expect(french).toContain('1,9\u00a0mm sous le derme, dans la graisse');
		expect(french).toMatch(/dans une peau de cette épaisseur, l’injection n’est pas intradermique/);
		const english = at('needle-4mm').sentence;
		expect(english).toContain('its tip 1.9\u00a0mm below the dermis, in the fat');
		expect(english).toMatch(/in skin this thick, the injection is not intradermal/);
	});

	it('lets the 13 mm needle reach muscle where the fat is thinner than 10.9 mm', () => {
		const english = at('needle-13mm').sentence;
		expect(english).toContain('26 G 13\u00a0mm');
		expect(english).toContain('thinner than 10.9\u00a0mm, its tip is in muscle');
		expect(at('needle-13mm', 5, 'fr').sentence).toContain(
			'moins de 10,9\u00a0mm, sa pointe est dans le muscle'
		);
	});

	it('says half the volume goes under the nerve first', () => {
		expect(at('dextrose-in', 1).sentence).toMatch(/^0\.5\u00a0mL of 5% dextrose go in under the nerve/);
		expect(at('dextrose-in', 10, 'fr').sentence).toMatch(
			/^5\u00a0mL de glucose à 5\u00a0% passent sous le nerf/
		);
	});

	it('gives the grams of sugar from the volume of 5 % dextrose, and the trials’ honest result', () => {
		const french = at('nerve-surrounded', 5, 'fr').sentence;
		expect(french).toContain('Avec 5\u00a0mL de glucose à 5\u00a0%');
		expect(french).toContain('0,25\u00a0g de sucre');
		expect(french).toMatch(/sans qu’on sache pourquoi/);
		const english = at('nerve-surrounded', 10).sentence;
		expect(english).toContain('With 10\u00a0mL of 5% dextrose');
		expect(english).toContain('that is 0.50\u00a0g of sugar');
		expect(english).toMatch(/no one knows why/);
	});

	it('shows the slider’s value as volume and grams, in each language', () => {
		const show = controls[0].show;
		expect(show(5, numberFormat('fr'))).toBe('5\u00a0mL = 0,25\u00a0g');
		expect(show(10, numberFormat('en'))).toBe('10\u00a0mL = 0.50\u00a0g');
		expect(show(Number.NaN, numberFormat('en'))).not.toMatch(/NaN/);
	});

	it('declares its claims with words in both languages, the trials note among the controls', () => {
		const note = controls[1];
		expect(note).toMatchObject({ kind: 'note', claim: 'trials' });
		expect(scene.claims.find((claim) => claim.id === 'trials')?.level).toBe('trials');
		for (const claim of scene.claims) {
			expect(fr.claims[claim.id as keyof typeof fr.claims]).toBeTruthy();
			expect(en.claims[claim.id as keyof typeof en.claims]).toBeTruthy();
		}
	});

	it('never says NaN, undefined or a bare placeholder, whatever the slider sends', () => {
		for (const volume_mL of [Number.NaN, -1, 0, 1, 10, 11, Infinity, -Infinity])
			for (let t = 0; t < steps.length; t += 0.5)
				for (const lang of ['fr', 'en'] as const) {
					const model = injectionModel({ volume_mL });
					const view = {
						model,
						frame: injectionFrameAt(model, t),
						words: words[lang],
						n: numberFormat(lang)
					};
					expect(describeInjection(view)).not.toMatch(/NaN|Infinity|undefined|\{/);
				}
	});
});

describe('the injection drawing', () => {
	it.each([
		['layers', 'short', SKIN_Y],
		['layers', 'long', SKIN_Y],
		['needle-4mm', 'short', SKIN_Y + 4 * PER_MM],
		['needle-4mm', 'long', SKIN_Y],
		['needle-13mm', 'long', SKIN_Y + 13 * PER_MM],
		['nerve-surrounded', 'long', depthY(13)]
	] as const)('at %s the %s needle’s tip is at y = %d, to scale', (step, key, tip) => {
		const needle = at(step).layout.needles[key];
		expect(needle.tip).toBeCloseTo(tip, 9);
		expect(needle.tip - needle.top).toBeCloseTo(key === 'short' ? 48 : 156, 9);
		expect(needle.in).toBe(needle.tip > SKIN_Y + 1);
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
		['needle-4mm', 'apart', 182, 26],
		['needle-13mm', 'on one line', 182, 182]
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
		const { ticks } = at('layers').layout;
		expect(ticks.map((tick) => tick.depth_mm)).toEqual([0, 5, 10, 15]);
		expect(ticks.map((tick) => tick.unit)).toEqual([false, false, false, true]);
		expect(ticks[0]!.y).toBe(SKIN_Y);
		// the "0" (a label's box reaches about 5 units under its baseline) sits above the skin line
		expect(ticks[0]!.labelY + 5).toBeLessThan(SKIN_Y - 1);
		ticks.slice(1).forEach((tick) => expect(tick.labelY).toBe(tick.y + 7));
		expect(RULER.labelX).toBeLessThan(RULER.x);
	});

	it.each([
		['carpal-tunnel', 5, false],
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
		['layers', 0],
		['carpal-tunnel', 1]
	] as const)('at %s the wrist needle is shown at %d', (step, opacity) => {
		const { wristNeedle } = at(step).layout;
		expect(wristNeedle.opacity).toBe(opacity);
		if (opacity === 1) expect(wristNeedle.x2).toBe(WRIST.nerve.cx + WRIST.nerve.rx + 10);
	});

	it('keeps the drawing within its 480-unit width at the skin', () => {
		expect(VIEWBOX.width).toBe(480);
		expect(SKIN_mm.subcutisMax * PER_MM + SKIN_Y).toBeLessThan(VIEWBOX.height);
	});
});
