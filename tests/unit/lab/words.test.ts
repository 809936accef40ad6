import { describe, expect, it } from 'vitest';
import type { Run } from '$lib/lab/lab.svelte';
import { LAB_KEYS, NEURON, PRESETS, type LabState, type PresetId } from '$lib/lab/state';
import { runSweep } from '$lib/lab/sweep';
import { standaloneSvg } from '$lib/lab/export';
import {
	chartTitle,
	labCatalogue,
	labNumber,
	nameInText,
	noteText,
	runConditions,
	runWords,
	legendWords
} from '$lib/lab/words';

// The lab's sentences a student reads: a run named in the list and in the chart, and the notes about values
// the lab had to change, in each language's numbers.
const run = (n: number, pump: boolean): Run => ({
	n,
	style: 0,
	sweep: runSweep(NEURON, pump, { key: 'Ko', from: 1, to: 2.5, points: 5, log: true })
});

describe('a value as the lab shows it', () => {
	it.each([
		['en', 0.05, '0.05'],
		['fr', 0.05, '0,05'],
		['en', 1000, '1000'],
		['en', 0, '0'],
		['en', -67.21, '−67.21'],
		// an address's 1e-300: in powers of ten, not 300 zeros, and read back as written
		['en', 1e-300, '1E-300'],
		['fr', 1.5e-7, '1,5E-7']
	] as const)('%s: %d is written %s', (lang, value, text) => {
		expect(labNumber(lang).number(value)).toBe(text);
	});
});

describe('a potential as the lab shows it', () => {
	// one sign convention for every potential: the membrane's beside E_K, E_Na and E_Cl
	it.each([
		['en', -67.21, '−67.2\u00a0mV'],
		['en', 44.6, '+44.6\u00a0mV'],
		['fr', 44.6, '+44,6\u00a0mV'],
		['en', 0.03, '0.0\u00a0mV'],
		['en', -0.03, '0.0\u00a0mV'],
		['en', Number.NaN, '0.0\u00a0mV']
	] as const)('%s: %d mV is written %s', (lang, value, text) => {
		expect(labNumber(lang).mV(value)).toBe(text);
	});
});

describe('a recorder run in words', () => {
	it.each([
		['en', 'list', false, 'Run 1: K⁺ outside from 1\u00a0mM to 2.5\u00a0mM'],
		['en', 'list', true, 'Run 2: K⁺ outside from 1\u00a0mM to 2.5\u00a0mM (pump share added)'],
		['en', 'drawing', true, 'Run 2: 1\u00a0mM to 2.5\u00a0mM + pump'],
		['fr', 'drawing', false, 'Essai 1\u00a0: de 1\u00a0mM à 2,5\u00a0mM']
	] as const)('%s, in the %s, pump %s: %s', (lang, where, pump, expected) => {
		expect(runWords(labCatalogue[lang], lang, run(pump ? 2 : 1, pump), where).replace(/\u202f/g, ' ')).toBe(
			expected.replace(/\u202f/g, ' ')
		);
	});
});

describe('runs of the same sweep in different conditions', () => {
	const sweep = { key: 'Ko', from: 1, to: 100, points: 5, log: true } as const;
	const first: Run = { n: 1, style: 0, sweep: runSweep(NEURON, false, sweep) };
	const second: Run = { n: 2, style: 1, sweep: runSweep({ ...NEURON, pNa: 0.1, T: 20 }, false, sweep) };
	const swept: Run = { n: 3, style: 2, sweep: runSweep({ ...NEURON, Ko: 20 }, false, sweep) };

	it('names, in the list, what a run held otherwise than the first one, the swept value aside', () => {
		const words = (r: Run, lang: 'fr' | 'en') =>
			runWords(labCatalogue[lang], lang, r, 'list', first).replace(/[\u00a0\u202f]/g, ' ');
		expect(words(first, 'en')).toBe('Run 1: K⁺ outside from 1 mM to 100 mM');
		expect(words(second, 'en')).toBe(
			'Run 2: K⁺ outside from 1 mM to 100 mM, with pNa 0.1, temperature 20 °C'
		);
		expect(words(second, 'fr')).toContain('avec pNa 0,1, température 20 °C');
		// the temperature is named in lower case inside a sentence, swept too (a label capitalises it)
		const warm: Run = {
			n: 1,
			style: 0,
			sweep: runSweep(NEURON, false, { key: 'T', from: 20, to: 40, points: 3, log: false })
		};
		expect(words(warm, 'en')).toBe('Run 1: temperature from 20 °C to 40 °C');
		expect(words(warm, 'fr')).toBe('Essai 1 : température de 20 °C à 40 °C');
		// the swept value's own starting point is not a condition: the sweep sets it
		expect(words(swept, 'en')).toBe('Run 3: K⁺ outside from 1 mM to 100 mM');
	});

	it('names the changes in the exported file too, where the drawing’s legend alone would read the same twice', () => {
		const file = (r: Run) =>
			runWords(labCatalogue.en, 'en', r, 'file', first).replace(/[\u00a0\u202f]/g, ' ');
		const drawing = (r: Run) => runWords(labCatalogue.en, 'en', r, 'drawing').replace(/[\u00a0\u202f]/g, ' ');
		const ends = (text: string) => text.replace(/^Run \d+: /, '');
		expect(ends(drawing(first))).toBe(ends(drawing(second)));
		expect(file(second)).toBe('Run 2: 1 mM to 100 mM, with pNa 0.1, temperature 20 °C');
		expect(file(first)).toBe(drawing(first));
	});
});

describe('the legend of runs that share their ends', () => {
	const sweep = { key: 'pNa', from: 0.01, to: 0.5, points: 5, log: true } as const;
	const at = (n: number, Ko: number, pump = false): Run => ({
		n,
		style: n - 1,
		sweep: runSweep({ ...NEURON, Ko }, pump, sweep)
	});
	const runs = [at(1, 4), at(2, 10), at(3, 20, true)];
	const legend = (lang: 'fr' | 'en', r: Run, all: readonly Run[] = runs) =>
		legendWords(labCatalogue[lang], lang, r, all).replace(/[\u00a0\u202f]/g, ' ');

	it('names on each line the held value that differs, not the ends every line would repeat', () => {
		expect(runs.map((r) => legend('en', r))).toEqual([
			'Run 1: K⁺ outside 4 mM',
			'Run 2: K⁺ outside 10 mM',
			'Run 3: K⁺ outside 20 mM + pump'
		]);
		expect(legend('fr', runs[1]!)).toBe('Essai 2 : K⁺ extérieur 10 mM');
	});

	it('names a run recorded from a preset by its preset, and another by what it held otherwise than run 1', () => {
		const made = (n: number, state: LabState, preset?: PresetId): Run => ({
			n,
			style: n - 1,
			sweep: runSweep(state, false, { key: 'Ko', from: 1, to: 100, points: 5, log: true }),
			...(preset ? { preset } : {})
		});
		const four = [
			made(1, PRESETS.neuron, 'neuron'),
			made(2, PRESETS.squid, 'squid'),
			made(3, { ...NEURON, pNa: 0.1, T: 20 }),
			made(4, { ...PRESETS.squid, pK: 2 })
		];
		expect(four.map((r) => legend('fr', r, four))).toEqual([
			'Essai 1 : neurone de mammifère',
			'Essai 2 : axone de calmar',
			'Essai 3 : pNa 0,1, température 20 °C',
			// eight values apart from the neuron's (squid's seven, pK changed): two named, then how many more
			'Essai 4 : K⁺ intérieur 400 mM, Na⁺ extérieur 440 mM + 6'
		]);
		expect(legend('en', four[1]!, four)).toBe('Run 2: squid axon');
		expect(legend('en', made(5, PRESETS['hyperkalaemia-10'], 'hyperkalaemia-10'), four)).toBe(
			'Run 5: K⁺ outside 10 mM'
		);
	});

	it('keeps the ends when they tell the runs apart, or when nothing held differs', () => {
		const other: Run = { n: 4, style: 3, sweep: runSweep(NEURON, false, { ...sweep, to: 1 }) };
		expect(legend('en', runs[0]!, [runs[0]!, other])).toBe('Run 1: 0.01 to 0.5');
		expect(legend('en', at(1, 5), [at(1, 5), at(2, 5)])).toBe('Run 1: 0.01 to 0.5');
		expect(legend('en', at(1, 5), [at(1, 5)])).toBe('Run 1: 0.01 to 0.5');
	});
});

describe('the chart as a file', () => {
	it('adds a line under the chart for each note, growing the drawing to hold them, markup escaped', () => {
		const plain = standaloneSvg('<svg><g/></svg>', 300, 400);
		expect(plain).toContain('height="400"');
		const noted = standaloneSvg('<svg><g/></svg>', 300, 400, {
			notes: ['Run 2: with pNa 0.1', 'Run 3: <T> & more']
		});
		expect(noted).toContain('viewBox="0 0 300 440"');
		expect(noted).toContain('>Run 2: with pNa 0.1</text>');
		expect(noted).toContain('>Run 3: &lt;T&gt; &amp; more</text>');
		// every line inside the drawing
		const ys = [...noted.matchAll(/<text x="16" y="(\d+)"/g)].map(([, y]) => Number(y));
		expect(Math.max(...ys)).toBeLessThan(440);
	});

	it('wraps a long note to the chart’s width, at spaces, every word kept', () => {
		const note =
			'Run 2: 1 mM to 100 mM, with K⁺ inside 400 mM, Na⁺ outside 440 mM, Na⁺ inside 50 mM, temperature 20 °C';
		const svg = standaloneSvg('<svg></svg>', 300, 400, { notes: [note] });
		const lines = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(([, line]) => line!);
		expect(lines.length).toBeGreaterThan(1);
		for (const line of lines) expect(line.length * 7).toBeLessThanOrEqual(300 - 32);
		expect(lines.join(' ')).toBe(note);
	});
});

describe('the chart’s title in the file', () => {
	const svg = standaloneSvg('<svg><title>Vm</title><g class="plot"/></svg>', 300, 400, {
		title: 'Membrane potential against K⁺ outside',
		notes: ['Run 2: with pNa 0.1']
	});
	const texts = [...svg.matchAll(/<text x="16" y="(\d+)"[^>]*>([^<]*)<\/text>/g)].map(([, y, text]) => ({
		y: Number(y),
		text
	}));

	it('is drawn at the top, where a <title> alone would show nothing, the chart moved down below it', () => {
		expect(texts.slice(0, 2)).toEqual([
			{ y: 20, text: 'Membrane potential against K⁺' },
			{ y: 40, text: 'outside' }
		]);
		// the file's own title, for a reader that lists it
		expect(svg).toMatch(/^<svg[^>]*><title>Membrane potential against K⁺ outside<\/title>/m);
		// the chart below the title's two lines (and 8 px), the notes below the chart, all in the viewBox
		expect(svg).toContain('<g transform="translate(0 48)"><title>Vm</title><g class="plot"/></g>');
		expect(texts[2]).toEqual({ y: 48 + 400 + 16, text: 'Run 2: with pNa 0.1' });
		expect(svg).toContain('height="472" viewBox="0 0 300 472"');
	});
});

describe('the first run’s conditions, in the file', () => {
	const sweep = { key: 'Ko', from: 1, to: 100, points: 5, log: true } as const;
	const words = (lang: 'fr' | 'en', pump: boolean) =>
		runConditions(labCatalogue[lang], lang, { n: 1, style: 0, sweep: runSweep(NEURON, pump, sweep) });

	it('gives every value but the swept one, named as the lab names it, in the reader’s numbers', () => {
		expect(words('en', false).replace(/\u00a0/g, ' ')).toBe(
			'Conditions of run 1: K⁺ outside on the x axis, K⁺ inside 140 mM, Na⁺ outside 145 mM, Na⁺ inside 12 mM, ' +
				'Cl⁻ outside 110 mM, Cl⁻ inside 7 mM; relative permeabilities pK 1, pNa 0.05, pCl 0.45; temperature 37 °C; ' +
				'pump share left out.'
		);
		const fr = words('fr', true);
		expect(fr).toContain('K⁺ intérieur 140\u00a0mM');
		expect(fr).toContain('perméabilités relatives pK 1, pNa 0,05, pCl 0,45\u00a0;');
		expect(fr).toContain('\u00a0; température 37\u00a0°C');
		expect(fr).toContain(labCatalogue.fr.recorderPumpOn);
	});

	it('names a swept permeability or temperature as on the x axis, in the list it belongs to', () => {
		const swept = (key: 'pNa' | 'T', lang: 'fr' | 'en') =>
			runConditions(labCatalogue[lang], lang, {
				n: 1,
				style: 0,
				sweep: runSweep(NEURON, false, { key, from: 1, to: 2, points: 3, log: false })
			}).replace(/\u00a0/g, ' ');
		expect(swept('pNa', 'en')).toContain('relative permeabilities pK 1, pNa on the x axis, pCl 0.45;');
		expect(swept('pNa', 'fr')).toContain('perméabilités relatives pK 1, pNa en abscisse, pCl 0,45 ;');
		expect(swept('T', 'en')).toContain('; temperature on the x axis;');
		expect(swept('T', 'fr')).toContain('; température en abscisse ;');
	});
});

describe('a note about a value the lab changed', () => {
	it.each([
		[
			{ given: 'abc', kind: 'not-a-number', used: 5 },
			undefined,
			'K⁺ outside: “abc” is not a number, so 5\u00a0mM is used.'
		],
		[
			{ given: '', kind: 'not-a-number', used: 5 },
			undefined,
			'K⁺ outside: no number was given, so 5\u00a0mM is used.'
		],
		[
			{ given: '  ', kind: 'not-a-number', used: 5 },
			'To',
			'K⁺ outside (To): no number was given, so 5\u00a0mM is used.'
		],
		[
			{ given: 'Infinity', kind: 'too-high', used: 1000 },
			undefined,
			'K⁺ outside: ∞ is above what the lab accepts, so 1000\u00a0mM is used.'
		],
		[
			{ given: '-Infinity', kind: 'too-low', used: 0.1 },
			undefined,
			'K⁺ outside: −∞ is below what the lab accepts, so 0.1\u00a0mM is used.'
		],
		[
			{ given: '3,5\n10', kind: 'repeated', used: 3.5 },
			undefined,
			'K⁺ outside is given more than once in the address (“3,5”, “10”): 3.5\u00a0mM is used.'
		],
		[
			{ given: 'NaN', kind: 'not-a-number', used: 5 },
			undefined,
			'K⁺ outside: no number was given, so 5\u00a0mM is used.'
		],
		[
			{ given: '5000', kind: 'too-high', used: 1000 },
			'From',
			'K⁺ outside (From): 5000 is above what the lab accepts, so 1000\u00a0mM is used.'
		]
	] as const)('%j, field %s', (note, field, expected) => {
		expect(noteText(labCatalogue.en, 'en', { key: 'Ko', ...note }, field)).toBe(expected);
	});

	it('quotes each value of a repeated key as French quotes it', () => {
		const note = { key: 'Ko', given: '3,5\n10', kind: 'repeated', used: 3.5 } as const;
		expect(noteText(labCatalogue.fr, 'fr', note)).toBe(
			'K⁺ extérieur figure plusieurs fois dans l’adresse («\u00a03,5\u00a0», «\u00a010\u00a0»)\u00a0: la valeur 3,5\u00a0mM est utilisée.'
		);
	});

	it('a pump word that is neither on nor off is quoted back, and the share said to be left out', () => {
		const note = { key: 'pump', given: 'maybe', kind: 'not-on-off', used: 0 } as const;
		expect(noteText(labCatalogue.en, 'en', note)).toMatch(/“maybe”.*neither “on” nor “off”.*left out/);
		expect(noteText(labCatalogue.fr, 'fr', note)).toMatch(/«\u00a0maybe\u00a0».*n’est pas ajoutée/);
	});

	it('quotes a very long value cut to 39 characters and “…”, never a page of it', () => {
		const given = 'x'.repeat(300);
		const cut = `${'x'.repeat(39)}…`;
		const value = noteText(labCatalogue.en, 'en', { key: 'Ko', given, kind: 'not-a-number', used: 5 });
		expect(value).toContain(`“${cut}”`);
		const pump = noteText(labCatalogue.fr, 'fr', { key: 'pump', given, kind: 'not-on-off', used: 0 });
		expect(pump).toContain(`«\u00a0${cut}\u00a0»`);
	});
});

describe('the recorder chart’s title', () => {
	// "Potentiel de membrane en fonction de : K⁺ extérieur" did not read; "en fonction du" would not fit
	// "température" or "pK": the title reads with every value the x axis can hold
	it.each(LAB_KEYS)('names %s on the x axis, in both languages', (key) => {
		expect(chartTitle(labCatalogue.fr, key)).toBe(
			`Potentiel de membrane, ${nameInText(labCatalogue.fr, key)} en abscisse`
		);
		expect(chartTitle(labCatalogue.en, key)).toBe(
			`Membrane potential against ${nameInText(labCatalogue.en, key)}`
		);
	});

	it('reads as French: no "de :", and a temperature in lower case', () => {
		expect(chartTitle(labCatalogue.fr, 'Ko')).toBe('Potentiel de membrane, K⁺ extérieur en abscisse');
		expect(chartTitle(labCatalogue.fr, 'T')).toBe('Potentiel de membrane, température en abscisse');
	});
});
