import { describe, expect, it } from 'vitest';
import { looksLikeValue } from '$lib/address/quotable';
import { quoted } from '$lib/address/quoted';
import { readFigureState } from '$lib/address/figure-state';
import { NBSP, numberFormat } from '$lib/i18n/numbers';
import { addressNoteText } from '$lib/player/address-notes';
import playerEn from '$lib/player/messages/en.json';
import playerFr from '$lib/player/messages/fr.json';
import pump from '$lib/scenes/pump';
import pumpEn from '$lib/scenes/pump/messages/en.json';
import trpv1 from '$lib/scenes/trpv1';
import trpv1En from '$lib/scenes/trpv1/messages/en.json';
import trpv1Fr from '$lib/scenes/trpv1/messages/fr.json';

// What a figure's page says of a link it could not use as written, in the words its controls use: a reader
// who typed or copied a wrong link learns what was asked for and what is shown instead.

const en = (query: string) =>
	readFigureState(query, trpv1).notes.map((note) =>
		addressNoteText(note, trpv1.controls, trpv1En, playerEn, numberFormat('en'))
	);

describe('a link the figure could not use as written, in words', () => {
	it('names the step it does not have, and says it opens at the first', () => {
		expect(en('?step=burnt')).toEqual([
			'a step “burnt”, which it does not have: it opens at its first step.'
		]);
	});

	it('names the step it opens at instead when its page chose one (a consultation’s start), in both languages', () => {
		const [note] = readFigureState('?step=zzz', trpv1).notes;
		expect(addressNoteText(note!, trpv1.controls, trpv1En, playerEn, numberFormat('en'), 'Sensitised')).toBe(
			'a step “zzz”, which it does not have: it opens at the step “Sensitised”.'
		);
		expect(addressNoteText(note!, trpv1.controls, trpv1Fr, playerFr, numberFormat('fr'), 'Sensibilisé')).toBe(
			`une étape «${NBSP}zzz${NBSP}», qu’elle n’a pas${NBSP}: elle s’ouvre à l’étape «${NBSP}Sensibilisé${NBSP}».`
		);
	});

	it('says when a key is given twice which value it takes, as the lab does', () => {
		const notes = en('?step=sensitised&heat_C=45&HEAT_C=30&step=rest');
		expect(notes).toHaveLength(2);
		expect(notes[0]).toBe('the step: several values (“sensitised”, “rest”); “sensitised” is used.');
		expect(notes[1]).toMatch(/^[^:]+: several values \(“45”, “30”\); “45” is used\.$/);
		expect(readFigureState('?step=sensitised&heat_C=45&heat_C=30', trpv1).params.heat_C).toBe(45);
		const [fr] = readFigureState('?heat_C=45&heat_C=30', trpv1).notes;
		expect(addressNoteText(fr!, trpv1.controls, trpv1Fr, playerFr, numberFormat('fr'))).toMatch(
			new RegExp(
				`${NBSP}: plusieurs valeurs \\(«${NBSP}45${NBSP}», «${NBSP}30${NBSP}»\\)${NBSP}; la valeur «${NBSP}45${NBSP}» est utilisée\\.$`
			)
		);
	});

	it('says that links name their steps when one asks for a step by its number', () => {
		expect(en('?step=2')).toEqual([
			'a step by its number, “2”: a link names the step itself, so the figure opens at its first step.'
		]);
	});

	it('names a setting by its control’s label, without the label’s colon, and what it takes instead', () => {
		expect(en('?kind=heat&heat_C=90')).toEqual([
			`Temperature 90, above what it allows: it takes 50${NBSP}°C.`
		]);
		expect(en('?kind=acid&pH=2')).toEqual([`Acidity 2, below what it allows: it takes pH${NBSP}5.0.`]);
	});

	it('says a value that means nothing is left at the usual setting', () => {
		expect(en('?kind=lightning&showHypothesis=perhaps')).toEqual([
			'Stimulus “lightning”, which means nothing here: it keeps its usual setting.',
			`Show the article’s claim (dextrose dampens TRPV1) “perhaps”, which means nothing here: it keeps its usual setting.`
		]);
	});

	it('gives a named stop its name, as the slider does', () => {
		const notes = readFigureState('?glucose_mM=-3', pump).notes;
		expect(
			notes.map((note) => addressNoteText(note, pump.controls, pumpEn, playerEn, numberFormat('en')))
		).toEqual([
			expect.stringMatching(/^Glucose around the nerve -3, below what it allows: it takes 0\s?mM \(none\)\.$/)
		]);
	});

	it('speaks French on a French page, with its no-break spaces', () => {
		const [text] = readFigureState('?kind=heat&heat_C=90', trpv1).notes.map((note) =>
			addressNoteText(note, trpv1.controls, trpv1Fr, playerFr, numberFormat('fr'))
		);
		expect(text).toBe(`Température 90, au-dessus de ce qu’elle permet${NBSP}: elle prend 50${NBSP}°C.`);
	});

	it('does not quote back the words broken code writes for a missing value, in either language', () => {
		expect(en('?step=undefined&capsaicin_uM=NaN&pH=nan&kind=null')).toEqual([
			'a step it cannot read: it opens at its first step.',
			// in the order of the figure's controls
			'Stimulus with no usable value: it keeps its usual setting.',
			'Capsaicin with no usable value: it keeps its usual setting.',
			'Acidity with no usable value: it keeps its usual setting.'
		]);
		const [text] = readFigureState('?pH=NaN', trpv1).notes.map((note) =>
			addressNoteText(note, trpv1.controls, trpv1Fr, playerFr, numberFormat('fr'))
		);
		expect(text).toBe(`Acidité sans valeur utilisable${NBSP}: le réglage garde sa valeur habituelle.`);
	});

	it('takes Infinity, as code writes a number too large, as the end of the range, as 1e999 is, and writes it ∞', () => {
		expect(en('?kind=acid&pH=-Infinity')).toEqual([
			`Acidity −∞, below what it allows: it takes pH${NBSP}5.0.`
		]);
		expect(en('?kind=heat&heat_C=Infinity')).toEqual([
			`Temperature ∞, above what it allows: it takes 50${NBSP}°C.`
		]);
	});

	// longer than a value looks (quotable.ts): named by its kind, never quoted, let alone a page of it
	it('does not quote a very long value back', () => {
		const long = 'x'.repeat(300);
		expect(en(`?step=${long}&kind=${long}`)).toEqual([
			'a step it cannot read: it opens at its first step.',
			'Stimulus with no usable value: it keeps its usual setting.'
		]);
		const [above] = en(`?kind=heat&heat_C=9${'0'.repeat(299)}`);
		expect(above).toBe(`Temperature above what it allows: it takes 50${NBSP}°C.`);
	});

	it('never prints NaN, undefined or an unfilled placeholder of its own, whatever the link', () => {
		const links = ['?step=%00', '?heat_C=1e999', '?pH=-1e999', '?weeksOfPain=∞', '?kind=%F0%9F%94%A5'];
		for (const link of links) {
			const [text] = en(link);
			// the link's own text is quoted as it was given when it looks like a value (quotable.ts), else not
			// at all: what the figure adds around it is checked
			const raw = decodeURIComponent(link.split('=')[1]!);
			const given = looksLikeValue(raw) ? quoted(raw) : '';
			if (given) expect(text).toContain(given);
			else expect(text).not.toContain(raw);
			expect(text!.replace(given, '')).not.toMatch(/NaN|undefined|Infinity|\{\w+\}/);
		}
	});

	// privacy review D2: a crafted link put its own sentences on the figure's page, quoted in the note
	it('names a sentence by its kind, never quoting it, in either language', () => {
		const sentence = 'APPOINTMENT CANCELLED. Call 0900 123 4567';
		const link = `?step=${encodeURIComponent(sentence)}&kind=${encodeURIComponent(sentence)}`;
		expect(en(link)).toEqual([
			'a step it cannot read: it opens at its first step.',
			'Stimulus with no usable value: it keeps its usual setting.'
		]);
		const fr = readFigureState(link, trpv1).notes.map((note) =>
			addressNoteText(note, trpv1.controls, trpv1Fr, playerFr, numberFormat('fr'))
		);
		expect(fr.join(' ')).not.toMatch(/APPOINTMENT|CANCELLED|0900/);
	});

	it('quotes at most three of 20 spoofed values given for one key, and counts the rest', () => {
		const spoofed = Array.from({ length: 20 }, (_, i) => `step=CALL0900${i}`).join('&');
		const [note] = en(`?step=sensitised&${spoofed}`);
		expect(note).toBe(
			'the step: several values (“sensitised”, “CALL09000”, “CALL09001”, 18 not quoted); “sensitised” is used.'
		);
		const [fr] = readFigureState(`?step=sensitised&step=Appelez%20le%2008`, trpv1).notes;
		expect(addressNoteText(fr!, trpv1.controls, trpv1Fr, playerFr, numberFormat('fr'))).toBe(
			`l’étape${NBSP}: plusieurs valeurs («${NBSP}sensitised${NBSP}», 1 non citée)${NBSP}; la valeur «${NBSP}sensitised${NBSP}» est utilisée.`
		);
		const [none] = en(`?step=Call%20me&step=Call%20you`);
		expect(none).not.toMatch(/Call|“/);
	});
});
