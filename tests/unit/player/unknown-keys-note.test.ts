import { describe, expect, it } from 'vitest';
import { unknownFigureKeys } from '$lib/address/unknown-figure-keys';
import { NBSP } from '$lib/i18n/numbers';
import { unknownKeysNoteText } from '$lib/player/address-notes';
import playerEn from '$lib/player/messages/en.json';
import playerFr from '$lib/player/messages/fr.json';
import { isParameter } from '$lib/player/parameters';
import trpv1 from '$lib/scenes/trpv1';

// A teacher's or a colleague's link to a figure with one of its keys mistyped (?temperature=45 for
// ?heat_C=45) opened the figure at its usual setting without a word: the reader took it for the case meant.

const noteOf = (query: string, lang: 'fr' | 'en' = 'en') => {
	const names = unknownFigureKeys(query, trpv1);
	return names.length
		? unknownKeysNoteText(names, trpv1.controls, lang === 'fr' ? playerFr : playerEn, lang)
		: null;
};

describe('a key a figure does not have, on its own page', () => {
	it('is named, with the keys the figure reads, in both languages', () => {
		const keys = ['step', ...trpv1.controls.filter(isParameter).map((c) => c.key)].join(', ');
		expect(keys).toMatch(/^step, kind, heat_C, .*showHypothesis$/);
		expect(noteOf('?temperature=45')).toBe(
			`“temperature”, which is not one of its settings: it is left aside. Its settings: ${keys}.`
		);
		expect(noteOf('?temperature=45', 'fr')).toBe(
			`«${NBSP}temperature${NBSP}», qui n’est pas un de ses réglages${NBSP}: il est laissé de côté. Ses réglages${NBSP}: ${keys}.`
		);
	});

	it('is not said of the figure’s own keys in any case, the site’s, or a link tracker’s', () => {
		for (const query of [
			'?step=sensitised&HEAT_C=45&Step=rest',
			'?theme=dark&s=k2p&at=2',
			'?utm_source=mail&fbclid=abc&gclid=1'
		])
			expect(unknownFigureKeys(query, trpv1), query).toEqual([]);
	});

	it('groups several keys in one note, quoting three and counting the rest, and never quotes a sentence', () => {
		const note = noteOf('?a=1&b=2&a=3&c=4&d=5&e=6');
		expect(note).toMatch(/^“a”, “b”, “c”, 2 keys not quoted, which are not among its settings/);
		expect(note!.match(/Its settings/g)).toHaveLength(1);
		const sentence = noteOf(`?${encodeURIComponent('Call 0900 123 4567 now')}=1`, 'fr');
		expect(sentence).toMatch(/^un réglage qu’elle n’a pas/);
		expect(sentence).not.toMatch(/0900/);
	});
});
