import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readLabAddress, writeLabAddress } from '$lib/lab/address';
import { LAB_KEYS, LAB_RANGES, NEURON, PRESETS, PRESET_IDS, type LabState } from '$lib/lab/state';
import { labCatalogue, noteText } from '$lib/lab/words';

// The lab's state ↔ its address: what a teacher's link opens, and what a mistyped link opens instead.

const squid = PRESETS.squid;
const all = '?Ko=20&Ki=400&Nao=440&Nai=50&Clo=560&Cli=52&pK=1&pNa=0.04&pCl=0.45&T=20';

describe('the lab address: round trip', () => {
	it('writes all ten values by name, in mM, relative and °C, and reads them back exactly', () => {
		expect(writeLabAddress(squid, false)).toBe(all);
		const back = readLabAddress(all);
		expect(back).toMatchObject({ state: squid, pump: false, notes: [], named: true });
	});

	it('round-trips every preset, with and without the pump share, keeping the address’s other keys', () => {
		for (const id of PRESET_IDS)
			for (const pump of [false, true]) {
				const query = writeLabAddress(PRESETS[id], pump, [['theme', 'dark']]);
				expect(query.startsWith('?theme=dark&Ko=')).toBe(true);
				const back = readLabAddress(query);
				expect(back.state).toEqual(PRESETS[id]);
				expect(back.pump).toBe(pump);
				expect(back.others).toEqual([['theme', 'dark']]);
				expect(back.notes).toEqual([]);
			}
	});

	it('round-trips any valid state exactly (property)', () => {
		const value = (key: (typeof LAB_KEYS)[number]) =>
			fc.double({ min: LAB_RANGES[key].min, max: LAB_RANGES[key].max, noNaN: true });
		const state = fc.record(
			Object.fromEntries(LAB_KEYS.map((key) => [key, value(key)])) as never
		) as fc.Arbitrary<LabState>;
		fc.assert(
			fc.property(state, fc.boolean(), (s, pump) => {
				fc.pre(s.pK > 0 || s.pNa > 0 || s.pCl > 0);
				const back = readLabAddress(writeLabAddress(s, pump));
				expect(back.state).toEqual(Object.fromEntries(LAB_KEYS.map((k) => [k, s[k] === 0 ? 0 : s[k]])));
				expect(back.notes).toEqual([]);
			})
		);
	});

	it('opens the mammalian neuron, with no note, from an address that names none of its values', () => {
		for (const query of ['', '?', '?theme=dark', '?step=2']) {
			const back = readLabAddress(query);
			expect(back).toMatchObject({ state: NEURON, pump: false, notes: [], named: false });
		}
	});

	it('keeps the neuron’s values for the keys an address leaves out', () => {
		expect(readLabAddress('?Ko=10').state).toEqual({ ...NEURON, Ko: 10 });
	});
});

describe('the lab address: every malformed form is clamped, with a note naming the value', () => {
	const one = (query: string) => {
		const { state, notes } = readLabAddress(query);
		expect(notes).toHaveLength(1);
		return { state, note: notes[0]! };
	};

	it('text that is no number: the neuron’s value, and the text quoted', () => {
		for (const text of ['abc', '', '5mV', 'NaN', 'undefined', '1..2', '--5', '0x10', '5 6']) {
			const { state, note } = one(`?Ko=${encodeURIComponent(text)}`);
			expect(state.Ko).toBe(5);
			expect(note).toEqual({ key: 'Ko', given: text, kind: 'not-a-number', used: 5 });
		}
	});

	it('too low or too high: the end of the range, for concentrations, permeabilities and temperature', () => {
		expect(one('?Ko=0').note).toEqual({ key: 'Ko', given: '0', kind: 'too-low', used: 0.1 });
		expect(one('?Nai=-12').note).toMatchObject({ kind: 'too-low', used: 0.1 });
		expect(one('?Clo=20000').note).toEqual({ key: 'Clo', given: '20000', kind: 'too-high', used: 1000 });
		expect(one('?Cli=1e999').note).toMatchObject({ kind: 'too-high', used: 1000 });
		// what code writes for a number too large, as 1e999
		expect(one('?Ko=Infinity').note).toEqual({ key: 'Ko', given: 'Infinity', kind: 'too-high', used: 1000 });
		expect(one('?Ko=-Infinity').note).toEqual({ key: 'Ko', given: '-Infinity', kind: 'too-low', used: 0.1 });
		expect(one('?pNa=-0.1').note).toMatchObject({ key: 'pNa', kind: 'too-low', used: 0 });
		expect(one('?pK=11').note).toMatchObject({ key: 'pK', kind: 'too-high', used: 10 });
		expect(one('?T=-5').note).toMatchObject({ key: 'T', kind: 'too-low', used: 0 });
		expect(one('?T=80').note).toMatchObject({ key: 'T', kind: 'too-high', used: 50 });
	});

	it('all three permeabilities 0: pK back to 1, since GHK needs one open path', () => {
		const { state, note } = one('?pK=0&pNa=0&pCl=0');
		expect(state).toMatchObject({ pK: 1, pNa: 0, pCl: 0 });
		expect(note).toMatchObject({ key: 'p', kind: 'no-permeability', used: 1 });
	});

	it('accepts the French decimal comma and spaces around a value', () => {
		expect(readLabAddress('?pNa=0,05&T=%2037%20')).toMatchObject({ state: { pNa: 0.05, T: 37 }, notes: [] });
	});

	it('reads a value with its field’s unit as the field does: ?T=37°C, ?Ko=10mM, ?Ko=10 mmol/L', () => {
		expect(readLabAddress('?T=37°C&Ko=10mM&Nai=12%20mmol/L', 'fr')).toMatchObject({
			state: { T: 37, Ko: 10, Nai: 12 },
			notes: []
		});
		expect(readLabAddress('?T=37%C2%B0C', 'en')).toMatchObject({ state: { T: 37 }, notes: [] });
	});

	it('a repeated key: the first wins, and a note gives every value and the one used', () => {
		expect(readLabAddress('?Ko=10&Ko=3')).toMatchObject({
			state: { Ko: 10 },
			notes: [{ key: 'Ko', given: '10\n3', kind: 'repeated', used: 10 }]
		});
		// a first value out of range: its own note, then the repetition's, with the value used after clamping
		expect(readLabAddress('?Ko=5000&ko=3').notes).toEqual([
			{ key: 'Ko', given: '5000', kind: 'too-high', used: 1000 },
			{ key: 'Ko', given: '5000\n3', kind: 'repeated', used: 1000 }
		]);
	});

	it('reads a key in another case as the lab’s own (?ko=10 is Ko); the exact spelling wins', () => {
		for (const query of ['?ko=10', '?KO=10', '?kO=10&PUMP=on'])
			expect(readLabAddress(query)).toMatchObject({ state: { ...NEURON, Ko: 10 }, notes: [], named: true });
		expect(readLabAddress('?PUMP=on').pump).toBe(true);
		expect(readLabAddress('?ko=3&Ko=10')).toMatchObject({
			state: { Ko: 10 },
			notes: [{ kind: 'repeated', given: '3\n10', used: 10 }]
		});
		expect(readLabAddress('?KO=0').notes).toEqual([{ key: 'Ko', given: '0', kind: 'too-low', used: 0.1 }]);
	});

	it('does not keep a key in another case beside the one it writes back', () => {
		const { state, pump, others } = readLabAddress('?theme=dark&ko=10&PUMP=on&t=30');
		expect(others).toEqual([['theme', 'dark']]);
		const query = writeLabAddress(state, pump, others);
		expect(query).toMatch(/^\?theme=dark&Ko=10&.*&T=30&pump=on$/);
		expect(query).not.toMatch(/ko=|PUMP=|t=/);
	});

	it('reads a number in the page’s language, as its field does: on the English page 1,000 is a thousand', () => {
		expect(readLabAddress('?Ko=1,000', 'en')).toMatchObject({ state: { Ko: 1000 }, notes: [] });
		expect(readLabAddress('?Ko=1,000', 'fr')).toMatchObject({ state: { Ko: 1 }, notes: [] });
		expect(readLabAddress('?Ko=1,000').state.Ko).toBe(1);
		// a decimal comma is one in both
		expect(readLabAddress('?pNa=0,05&Ko=2,5', 'en').state).toMatchObject({ pNa: 0.05, Ko: 2.5 });
		expect(readLabAddress('?Ko=1 000', 'fr').state.Ko).toBe(1000);
	});

	it('says when a number reads otherwise in the other language, so the lab writes it as a number at once', () => {
		for (const lang of ['en', 'fr'] as const) {
			expect(readLabAddress('?Ko=1,000', lang).ambiguous).toBe(true);
			for (const query of ['?Ko=10', '?pNa=0,05', '?Ko=1 000', '?Ko=12,345.5', '?Ko=abc', ''])
				expect(readLabAddress(query, lang).ambiguous, query).toBe(false);
		}
	});

	it('reads the pump as on or off in either language; anything else leaves it off, with a note', () => {
		for (const word of ['on', 'oui', 'YES ', '1'])
			expect(readLabAddress(`?pump=${word}`)).toMatchObject({ pump: true, notes: [] });
		for (const word of ['off', 'non', '0', 'false'])
			expect(readLabAddress(`?pump=${word}`)).toMatchObject({ pump: false, notes: [] });
		const unclear = readLabAddress('?pump=maybe');
		expect(unclear.pump).toBe(false);
		expect(unclear.notes).toEqual([{ key: 'pump', given: 'maybe', kind: 'not-on-off', used: 0 }]);
	});

	it('a pump given twice (?pump=on&pump=off): the first wins, and a note says so, in words', () => {
		const read = readLabAddress('?pump=on&PUMP=off');
		expect(read.pump).toBe(true);
		expect(read.notes).toEqual([{ key: 'pump', given: 'on\noff', kind: 'repeated', used: 0 }]);
		expect(noteText(labCatalogue.en, 'en', read.notes[0]!)).toBe(
			'The pump’s share is given more than once in the address (“on”, “off”): the first is used.'
		);
		expect(noteText(labCatalogue.fr, 'fr', read.notes[0]!)).toMatch(/^La part de la pompe.*«\u00a0on\u00a0»/);
	});

	it('several bad values give one note each, in the address’s order of keys', () => {
		const { notes } = readLabAddress('?T=hot&Ko=-1&Ki=abc');
		expect(notes.map((note) => note.key)).toEqual(['Ko', 'Ki', 'T']);
	});
});

// privacy review D2: a crafted lab link (?Ko=…) put its own sentences on the page, quoted in the notes
describe('an address key the lab does not have', () => {
	const notesOf = (query: string, lang: 'fr' | 'en' = 'en') =>
		readLabAddress(query, lang).notes.map((note) => noteText(labCatalogue[lang], lang, note));

	it('a mistyped key (k_out=20 for Ko=20): the neuron’s value, and a note naming the key and the lab’s own', () => {
		const read = readLabAddress('?k_out=20', 'fr');
		expect(read.state).toEqual(NEURON);
		expect(read.named).toBe(false);
		expect(notesOf('?k_out=20', 'fr')).toEqual([
			'L’adresse donne «\u00a0k_out\u00a0», qui n’est pas un réglage du labo\u00a0: il est laissé de côté. ' +
				'Ses réglages\u00a0: Ko, Ki, Nao, Nai, Clo, Cli, pK, pNa, pCl, T, pump.'
		]);
		expect(notesOf('?Ko=abc&zzz=2')).toEqual([
			'K⁺ outside: “abc” is not a number, so 5\u00a0mM is used.',
			'The address gives “zzz”, which is not one of the lab’s settings: it is left aside. ' +
				'Its settings: Ko, Ki, Nao, Nai, Clo, Cli, pK, pNa, pCl, T, pump.'
		]);
	});

	it('says nothing of the site’s own keys, a link tracker’s, or the lab’s in another case', () => {
		for (const query of [
			'?theme=dark&step=2',
			'?utm_source=newsletter&utm_medium=email&fbclid=abc&gclid=1&mc_eid=9',
			'?KO=3&pna=0.1&PUMP=on'
		])
			expect(readLabAddress(query).notes, query).toEqual([]);
	});

	it('names a key once however often it is given, several in one note quoting three, and never quotes a sentence', () => {
		expect(notesOf('?foo=1&foo=2')).toHaveLength(1);
		expect(notesOf('?a=1&b=2&c=3&d=4&e=5')).toEqual([
			'The address gives “a”, “b”, “c”, 2 keys not quoted, which are not among the lab’s settings: they are ' +
				'left aside. Its settings: Ko, Ki, Nao, Nai, Clo, Cli, pK, pNa, pCl, T, pump.'
		]);
		const [two] = notesOf('?k_out=20&k_in=140', 'fr');
		expect(two).toMatch(
			/^L’adresse donne «\u00a0k_out\u00a0», «\u00a0k_in\u00a0»\u00a0: ce ne sont pas des réglages du labo/
		);
		expect(two!.match(/Ses réglages/g)).toHaveLength(1);
		const [note] = notesOf(`?${encodeURIComponent('Call 0900 123 4567 now')}=1`, 'fr');
		expect(note).toMatch(/^L’adresse donne un réglage que le labo n’a pas/);
		expect(note).not.toMatch(/0900/);
	});
});

describe('what the lab quotes back of its address', () => {
	const notesOf = (query: string, lang: 'fr' | 'en' = 'en') =>
		readLabAddress(query, lang).notes.map((note) => noteText(labCatalogue[lang], lang, note));

	it('names a sentence by its kind, never quoting it, in either language', () => {
		const sentence = encodeURIComponent('RESULTS ABNORMAL call 0900 123 4567');
		expect(notesOf(`?Ko=${sentence}&pump=${sentence}`)).toEqual([
			'K⁺ outside: the address gives a value that is not a number, so 5\u00a0mM is used.',
			'The address asks for the pump’s share with a word that is neither “on” nor “off”: the share is left out.'
		]);
		const [above] = notesOf(`?T=${'9'.repeat(30)}`);
		expect(above).toMatch(
			/^Temperature: the address gives a value above what the lab accepts, so \S+\u00a0°C is used\.$/
		);
		const fr = notesOf(`?Ko=${sentence}`, 'fr').join(' ');
		expect(fr).toMatch(/l’adresse donne une valeur qui n’est pas un nombre/);
		expect(fr).not.toMatch(/RESULTS|0900/);
		// a value still is quoted, as before
		expect(notesOf('?Ko=abc')).toEqual(['K⁺ outside: “abc” is not a number, so 5\u00a0mM is used.']);
	});

	it('quotes at most three of 20 values given for one key, and counts the rest', () => {
		const spoofed = Array.from({ length: 20 }, (_, i) => `Ko=${i + 1}`).join('&');
		const [note] = notesOf(`?${spoofed}`);
		expect(note).toBe(
			'K⁺ outside is given more than once in the address (“1”, “2”, “3”, 17 not quoted): 1\u00a0mM is used.'
		);
		const [fr] = notesOf('?Ko=3&Ko=Appelez%20le%2008', 'fr');
		expect(fr).toContain('(«\u00a03\u00a0», 1 non citée)');
	});

	it('still quotes what the reader typed, which is theirs', () => {
		const typed = { key: 'Ko', given: 'five and a half', kind: 'not-a-number', used: 5 } as const;
		expect(noteText(labCatalogue.en, 'en', typed)).toBe(
			'K⁺ outside: “five and a half” is not a number, so 5\u00a0mM is used.'
		);
	});
});
