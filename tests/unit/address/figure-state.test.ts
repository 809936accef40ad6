import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	articlePrefix,
	clearFigureState,
	readFigureState,
	storyState,
	writeFigureState,
	type FigureShape
} from '$lib/address/figure-state';
import { numberFromText } from '$lib/address/number-text';
import { reservedKeys } from '$lib/address/reserved-keys';
import { safeParams, type Control } from '$lib/player/parameters';

// A figure with one parameter of each kind, as the scenes declare them.
const controls = [
	{ kind: 'choice', key: 'kind', options: ['heat', 'acid', 'capsaicin'], default: 'heat' },
	{ kind: 'range', key: 'pH', min: 5, max: 7.4, step: 0.1, default: 7.4 },
	{ kind: 'range', key: 'heat_C', min: 37, max: 50, step: 0.5, default: 44 },
	{ kind: 'stops', key: 'bolus_mL', stops: [5, 10, 20, 500], default: 20 },
	{ kind: 'switch', key: 'oxygen', default: true },
	{ kind: 'claim', key: 'showHypothesis', claim: 'dextrose', default: false },
	{ kind: 'note', key: 'aNote' }
] as const satisfies readonly Control[];
const scene: FigureShape = {
	steps: [
		{ id: 'at-rest', duration_s: 0 },
		{ id: 'stimulus', duration_s: 2 },
		{ id: 'sensitised', duration_s: 4 }
	],
	controls
};
const read = (query: string, prefix = '') => readFigureState(query, scene, prefix);

describe('a figure read from the address', () => {
	it('opens at the step and with the parameters it names', () => {
		expect(read('?step=sensitised&kind=acid&pH=5.5&bolus_mL=500&oxygen=off&showHypothesis=on')).toEqual({
			step: 2,
			params: { kind: 'acid', pH: 5.5, bolus_mL: 500, oxygen: false, showHypothesis: true },
			notes: []
		});
	});

	it('says nothing when the address says nothing: the figure keeps the step its page or article gives it', () => {
		expect(read('')).toEqual({ step: null, params: {}, notes: [] });
		expect(read('?')).toEqual({ step: null, params: {}, notes: [] });
	});

	it.each([
		['an unknown step: the page’s own', '?step=nope', null],
		['an empty step: the first', '?step=', 0],
		['a step in capitals, with spaces', '?step=%20SENSITISED%20', 2],
		['a number for a step: the page’s own', '?step=2', null],
		['a percent-encoded step', '?step=sensi%74ised', 2],
		['a malformed escape: the page’s own', '?step=%E0%A4%A', null],
		['a repeated step: the first wins', '?step=stimulus&step=sensitised', 1],
		['a step with a plus for a space: the page’s own', '?step=at+rest', null]
	])('opens at the step it names, or where its page opens it, with %s', (_case, query, step) => {
		expect(read(query).step).toBe(step);
	});

	it.each([
		['NaN', 'pH=NaN', {}],
		['Infinity, as 1e999', 'pH=Infinity', { pH: 7.4 }],
		['-Infinity, as -1e999', 'pH=-Infinity', { pH: 5 }],
		['an empty value', 'pH=', {}],
		['words', 'pH=acid', {}],
		['hexadecimal', 'pH=0x10', {}],
		['a number too large to exist', 'pH=1e999', { pH: 7.4 }],
		['a number far too small', 'pH=-1e999', { pH: 5 }],
		['a huge number', 'heat_C=99999999999999999999', { heat_C: 50 }],
		['a value off its step', 'heat_C=44.3', { heat_C: 44.5 }],
		['a value below its range', 'heat_C=-40', { heat_C: 37 }],
		['a French decimal comma', 'pH=5,5', { pH: 5.5 }],
		['spaces around a number', 'pH=%205.5%20', { pH: 5.5 }],
		['a value between two stops', 'bolus_mL=13', { bolus_mL: 10 }],
		['a number so large that every stop is as far', 'bolus_mL=1e20', { bolus_mL: 500 }],
		['an unknown option', 'kind=touch', {}],
		['an option in capitals', 'kind=ACID', { kind: 'acid' }],
		['a switch as 1 and 0', 'oxygen=0&showHypothesis=1', { oxygen: false, showHypothesis: true }],
		[
			'a switch as true and false',
			'oxygen=false&showHypothesis=true',
			{ oxygen: false, showHypothesis: true }
		],
		['a switch that means nothing', 'oxygen=maybe&showHypothesis=', {}],
		['a number for a choice', 'kind=3', {}],
		['a word for a stop', 'bolus_mL=lots', {}],
		['a repeated key: the first wins', 'pH=6&pH=5', { pH: 6 }],
		['unknown keys', 'colour=red&__proto__=1&constructor=2&aNote=on', {}],
		['a parameter with another figure’s name before it', 'k2p.pH=6', {}]
	])('mends %s without an error', (_case, query, params) => {
		expect(read(`?${query}`).params).toEqual(params);
	});

	it.each([
		['a step it does not have', '?step=nope', [{ kind: 'unknown-step', given: 'nope' }]],
		[
			'a key given twice with a word broken code writes, never quoted back',
			'?pH=NaN&pH=6&heat_C=40&heat_C=undefined&heat_C=45',
			[
				{ kind: 'not-a-value', key: 'pH', given: 'NaN' },
				{ kind: 'repeated', key: 'heat_C', given: ['40', '45'], used: '40' }
			]
		],
		[
			'a key given twice, in any case',
			'?pH=6&PH=5&step=at-rest&step=rest',
			[
				{ kind: 'repeated', key: 'step', given: ['at-rest', 'rest'], used: 'at-rest' },
				{ kind: 'repeated', key: 'pH', given: ['6', '5'], used: '6' }
			]
		],
		// the first value unusable: its own note says what is used instead; "“a” is used" would contradict it
		['a step given twice, the first one it lacks', '?step=a&step=b', [{ kind: 'unknown-step', given: 'a' }]],
		[
			'a key given twice, the first one unusable or beyond its range',
			'?pH=acid&pH=6&heat_C=99&heat_C=40',
			[
				{ kind: 'not-a-value', key: 'pH', given: 'acid' },
				{ kind: 'too-high', key: 'heat_C', given: '99', used: 50 }
			]
		],
		['a step by number', '?step=2', [{ kind: 'unknown-step', given: '2' }]],
		[
			'a value off its step that its control shows as another',
			'?heat_C=44.3',
			[{ kind: 'nearest', key: 'heat_C', given: '44.3', used: 44.5 }]
		],
		[
			'a value between two stops',
			'?bolus_mL=13',
			[{ kind: 'nearest', key: 'bolus_mL', given: '13', used: 10 }]
		],
		['an empty number', '?pH=&oxygen=', [{ kind: 'no-number', key: 'pH', used: 7.4 }]],
		['words for a number', '?pH=acid', [{ kind: 'not-a-value', key: 'pH', given: 'acid' }]],
		['an unknown option', '?kind=touch', [{ kind: 'not-a-value', key: 'kind', given: 'touch' }]],
		[
			'a switch that means nothing',
			'?oxygen=maybe',
			[{ kind: 'not-a-value', key: 'oxygen', given: 'maybe' }]
		],
		['a value below its range', '?heat_C=-40', [{ kind: 'too-low', key: 'heat_C', given: '-40', used: 37 }]],
		[
			'a number too large to exist',
			'?pH=1e999',
			[{ kind: 'too-high', key: 'pH', given: '1e999', used: 7.4 }]
		],
		[
			'-Infinity, as -1e999 is',
			'?heat_C=-Infinity',
			[{ kind: 'too-low', key: 'heat_C', given: '-Infinity', used: 37 }]
		],
		[
			'Infinity, as 1e999 is',
			'?pH=Infinity',
			[{ kind: 'too-high', key: 'pH', given: 'Infinity', used: 7.4 }]
		],
		[
			'a value beyond the last stop',
			'?bolus_mL=900',
			[{ kind: 'too-high', key: 'bolus_mL', given: '900', used: 500 }]
		],
		[
			'a number so large that every stop is as far',
			'?bolus_mL=1e20',
			[{ kind: 'too-high', key: 'bolus_mL', given: '1e20', used: 500 }]
		],
		[
			'two at once, in the figure’s order',
			'?pH=9&step=later',
			[
				{ kind: 'unknown-step', given: 'later' },
				{ kind: 'too-high', key: 'pH', given: '9', used: 7.4 }
			]
		]
	])('notes %s, so the page can say what it shows instead', (_case, query, notes) => {
		expect(read(query).notes).toEqual(notes);
	});

	it.each([
		['an empty step', '?step='],
		['an empty choice or switch', '?kind=&oxygen=&showHypothesis='],
		['a value off its step the control shows as the one used', '?heat_C=44.501'],
		['a stop written with a zero after it', '?bolus_mL=10.0'],
		['a stop written with a French decimal comma', '?bolus_mL=10,0&heat_C=44,5'],
		['a step in capitals', '?step=SENSITISED'],
		['unknown keys, as trackers add them', '?utm_source=mail&fbclid=x'],
		['another figure’s keys', '?k2p.step=nope&k2p.pH=abc']
	])('notes nothing for %s: the case shown is the one asked for', (_case, query) => {
		expect(read(query).notes).toEqual([]);
	});

	// a reader retyping a link, or a mail client, may change a key's case: `?Step=` is still the step
	it.each([
		['a key in another case', '?Step=sensitised&HEAT_C=45&ph=6', { step: 2, params: { heat_C: 45, pH: 6 } }],
		[
			'both spellings: the exact one wins, and a note says which',
			'?HEAT_C=45&heat_C=40&STEP=at-rest',
			{
				step: 0,
				params: { heat_C: 40 },
				notes: [{ kind: 'repeated', key: 'heat_C', given: ['45', '40'], used: '40' }]
			}
		],
		[
			'two other spellings: the first wins, and a note says which',
			'?Heat_c=45&HEAT_C=40',
			{
				step: null,
				params: { heat_C: 45 },
				notes: [{ kind: 'repeated', key: 'heat_C', given: ['45', '40'], used: '45' }]
			}
		]
	])('reads %s as the figure’s own', (_case, query, expected) => {
		expect(read(query)).toEqual({ notes: [], ...expected });
	});

	it('notes a value given under a key in another case, as under its own', () => {
		expect(read('?HEAT_C=99&Step=later').notes).toEqual([
			{ kind: 'unknown-step', given: 'later' },
			{ kind: 'too-high', key: 'heat_C', given: '99', used: 50 }
		]);
		expect(read('?TRPV1.Heat_C=99', articlePrefix('trpv1')).params).toEqual({ heat_C: 50 });
	});

	it('accepts a URLSearchParams as well as a string', () => {
		expect(readFigureState(new URLSearchParams({ step: 'stimulus', pH: '6' }), scene)).toEqual({
			step: 1,
			params: { pH: 6 },
			notes: []
		});
	});

	it('in an article reads only the keys named after its figure', () => {
		const query = '?trpv1.step=sensitised&trpv1.pH=6&step=stimulus&pH=5&k2p.step=at-rest';
		expect(read(query, articlePrefix('trpv1'))).toEqual({ step: 2, params: { pH: 6 }, notes: [] });
		expect(read(query, articlePrefix('nope'))).toEqual({ step: null, params: {}, notes: [] });
	});

	it('never gives a value the figure cannot draw, whatever the text', () => {
		fc.assert(
			fc.property(
				fc.dictionary(fc.constantFrom('step', ...controls.map((c) => c.key)), fc.string()),
				(given) => {
					const state = read(`?${new URLSearchParams(given)}`);
					expect(state.step === null || (state.step >= 0 && state.step < scene.steps.length)).toBe(true);
					expect(safeParams(controls, state.params)).toEqual({ ...safeParams(controls), ...state.params });
					for (const value of Object.values(state.params)) expect(Number.isNaN(value)).toBe(false);
				}
			)
		);
	});
});

describe('a story’s figure read from the address (its text sets the step; it has no controls)', () => {
	it('takes the step a link names, and names the settings it leaves for the figure’s own page', () => {
		expect(storyState(read('?step=sensitised&pH=5.5&heat_C=99'), null)).toEqual({
			step: 2,
			notes: [],
			settings: ['pH', 'heat_C']
		});
	});

	it('keeps the note on a step it lacks, and names a setting it could not read once', () => {
		const story = storyState(read('?step=nope&pH=abc&pH=6'), null);
		// no step named: the figure opens where its text would open it
		expect(story.step).toBeNull();
		expect(story.notes).toEqual([{ kind: 'unknown-step', given: 'nope' }]);
		expect(story.settings).toEqual(['pH']);
	});

	it('leaves the step to the text already being read beside it', () => {
		expect(storyState(read('?step=sensitised'), 'stimulus').step).toBeNull();
	});
});

describe('numbers as typed in an address', () => {
	it.each([
		['5.5', 5.5],
		['-3', -3],
		['+2', 2],
		['.5', 0.5],
		['5.', 5],
		['1e2', 100],
		['1E-2', 0.01],
		// as the site prints numbers, copied back: a true minus, thousands set apart
		['−67,2', -67.2],
		['1 000', 1000],
		['1\u202f000,5', 1000.5],
		['12\u00a0345\u00a0678', 12345678],
		// what code writes for a number too large: read as 1e999 is, the end of any range
		['1e999', Number.MAX_VALUE],
		['Infinity', Number.MAX_VALUE],
		['+Infinity', Number.MAX_VALUE],
		['-Infinity', -Number.MAX_VALUE],
		['−Infinity', -Number.MAX_VALUE],
		[' infinity ', Number.MAX_VALUE]
	])('reads %s', (text, value) => expect(numberFromText(text)).toBe(value));

	it.each([
		'',
		' ',
		'NaN',
		'Infinities',
		'--Infinity',
		'∞',
		'0x10',
		'1_000',
		'5..5',
		'1,2,3',
		'e5',
		'--1',
		'½',
		'1 00',
		'1 2',
		'−−1'
	])('refuses %j', (text) => expect(numberFromText(text)).toBeNaN());

	// typed on the English page: commas between groups of three are thousands; anywhere else a decimal comma
	it.each([
		['1,000', 1000, 1],
		['12,345.5', 12345.5, NaN],
		['−1,000', -1000, -1],
		['3,5', 3.5, 3.5],
		['0,125', 0.125, 0.125],
		['1,00', 1, 1],
		['1,000,000', 1e6, NaN]
	])('reads %s as %d in English and %d in French', (text, english, french) => {
		expect(numberFromText(text, 'en')).toBe(english);
		expect(numberFromText(text, 'fr')).toBe(french);
		expect(numberFromText(text)).toBe(french);
	});
});

describe('a figure written into the address', () => {
	const defaults = safeParams(controls);

	it('writes its step, and only the parameters the reader changed', () => {
		const query = writeFigureState('', scene, { step: 2, params: { ...defaults, pH: 6, oxygen: false } });
		expect(query).toBe('?step=sensitised&pH=6&oxygen=off');
		expect(read(query)).toEqual({ step: 2, params: { pH: 6, oxygen: false }, notes: [] });
	});

	it('keeps every other key where it was, and replaces its own, repeated ones too', () => {
		const before = '?s=trpv1:sensitised,k2p&step=at-rest&theme=dark&step=stimulus&pH=5';
		expect(writeFigureState(before, scene, { step: 1, params: defaults })).toBe(
			'?s=trpv1:sensitised,k2p&theme=dark&step=stimulus'
		);
	});

	it('in an article, names its keys after its figure and leaves the others’ alone', () => {
		const query = writeFigureState(
			'?k2p.step=x#ignored',
			scene,
			{ step: 1, params: { ...defaults, kind: 'acid' } },
			'trpv1.'
		);
		expect(query).toBe('?k2p.step=x%23ignored&trpv1.step=stimulus&trpv1.kind=acid');
	});

	it('makes whatever it is handed valid first: a step out of range, a value off the slider', () => {
		expect(writeFigureState('', scene, { step: 99, params: { pH: Number.NaN, heat_C: 1e9 } })).toBe(
			'?step=sensitised&heat_C=50'
		);
		expect(writeFigureState('', scene, { step: Number.NaN, params: {} })).toBe('?step=at-rest');
	});

	it('reads back exactly what it wrote, for any state the figure can be in', () => {
		const value = (control: (typeof controls)[number]) => {
			switch (control.kind) {
				case 'choice':
					return fc.constantFrom(...control.options);
				case 'range':
					return fc
						.integer({ min: 0, max: Math.round((control.max - control.min) / control.step) })
						.map((i) => Number((control.min + i * control.step).toFixed(10)));
				case 'stops':
					return fc.constantFrom(...control.stops);
				default:
					return fc.boolean();
			}
		};
		const parameters = controls.filter((c) => c.kind !== 'note');
		fc.assert(
			fc.property(
				fc.nat({ max: 2 }),
				fc.record(Object.fromEntries(parameters.map((c) => [c.key, value(c)]))),
				(step, params) => {
					const back = read(writeFigureState('?theme=dark', scene, { step, params }));
					expect(back.step).toBe(step);
					expect(safeParams(controls, back.params)).toEqual(params);
				}
			)
		);
	});

	it('writes a stop in few digits, and takes the last stop as its slider shows it without a note', () => {
		// the pump's glucose: 5 % dextrose is 277.53… mM, which the slider shows as "278 mM"
		const glucose: FigureShape = {
			steps: scene.steps,
			controls: [
				{
					kind: 'stops',
					key: 'glucose_mM',
					stops: [0, 5.5, 277.5310834813499],
					default: 5.5,
					show: (value, n) => n.mM(value)
				}
			]
		};
		const written = writeFigureState('', glucose, { step: 0, params: { glucose_mM: 277.5310834813499 } });
		expect(written).toBe('?step=at-rest&glucose_mM=277.5');
		expect(readFigureState(written, glucose)).toEqual({
			step: 0,
			params: { glucose_mM: 277.5310834813499 },
			notes: []
		});
		expect(readFigureState('?glucose_mM=278', glucose).notes).toEqual([]);
		expect(readFigureState('?glucose_mM=290', glucose).notes).toEqual([
			{ kind: 'too-high', key: 'glucose_mM', given: '290', used: 277.5310834813499 }
		]);
	});

	it('clears its own keys and only those (a consultation moving to its next figure)', () => {
		expect(clearFigureState('?s=a,b&at=2&step=stimulus&pH=6&theme=dark', scene)).toBe(
			'?s=a,b&at=2&theme=dark'
		);
		expect(clearFigureState('?step=x', scene)).toBe('');
	});

	it('leaves no copy of its keys in another case beside those it writes, nor another figure’s', () => {
		const before = '?Step=stimulus&HEAT_C=45&theme=dark&PH=6&k2p.STEP=x';
		expect(writeFigureState(before, scene, { step: 2, params: { ...defaults, heat_C: 45 } })).toBe(
			'?theme=dark&k2p.STEP=x&step=sensitised&heat_C=45'
		);
		expect(clearFigureState('?S=a&STEP=stimulus&Ph=6', scene)).toBe('?S=a');
		expect(
			writeFigureState('?TRPV1.Step=x&step=y', scene, { step: 0, params: {} }, articlePrefix('trpv1'))
		).toBe('?step=y&trpv1.step=at-rest');
	});

	it('writes addresses that stay readable: colons and commas unescaped, the rest escaped', () => {
		expect(writeFigureState('?s=trpv1:sensitised,k2p&note=a b&x=é', scene, { step: 0, params: {} })).toBe(
			'?s=trpv1:sensitised,k2p&note=a%20b&x=%C3%A9&step=at-rest'
		);
	});
});

describe('the site’s own keys', () => {
	it('are named by no parameter of any scene', async () => {
		const scenes = import.meta.glob<{ controls: readonly Control[] }>('/src/lib/scenes/*/model.ts', {
			eager: true
		});
		const keys = Object.values(scenes).flatMap((module) => (module.controls ?? []).map((c) => c.key));
		expect(keys.length).toBeGreaterThan(5);
		// in any case: an address's keys are read whatever their case (`?Step=` is the step)
		expect(keys.filter((key) => (reservedKeys as readonly string[]).includes(key.toLowerCase()))).toEqual([]);
		// nor do two keys of one figure differ only by case: a link could not tell them apart
		for (const module of Object.values(scenes)) {
			const own = (module.controls ?? []).map((c) => c.key.toLowerCase());
			expect(new Set(own).size).toBe(own.length);
		}
	});
});
