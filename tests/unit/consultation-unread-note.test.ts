import { describe, expect, it } from 'vitest';
import { readConsultation, MAX_SEQUENCE } from '$lib/address/sequence';
import { sceneSteps } from '$lib/address/scene-steps';
import { consultationMessages } from '$lib/consultation/messages.server';
import { sceneChoices } from '$lib/consultation/scene-choices.server';
import { sceneSettings } from '$lib/consultation/scene-settings.server';
import { unreadNote } from '$lib/consultation/unread-note';

// A clinician opens a link that was mistyped or cut: the page names what it could not read, so they can
// tell what to mend, instead of a general "part of this link could not be read".
const noteFor = (query: string, lang: 'fr' | 'en' = 'en') => {
	const opened = readConsultation(query, sceneSteps, { settings: sceneSettings() });
	return unreadNote(opened.unread, consultationMessages(lang), lang, opened.at + 1, sceneChoices(lang));
};

describe('what the consultation says of a link it could not read in full', () => {
	it('says nothing of a link read in full', () => {
		expect(noteFor('?s=k2p,pump:fuel-cut&at=2')).toBeNull();
	});

	it('names a figure the site does not have and a step its figure does not have, in one sentence', () => {
		expect(noteFor('?s=k2p,zzz,pump:nope')).toBe(
			'Part of this link’s sequence could not be read: “zzz”, a figure the site does not have and ' +
				'“pump:nope”, a step its figure does not have (it opens at its first). What could be read is below.'
		);
	});

	it('names the figures the site does not have once, as a list, in either language', () => {
		expect(noteFor('?s=trpv1.bogus,zzz,pump')).toBe(
			'Part of this link’s sequence could not be read: “trpv1.bogus” and “zzz” (figures the site does not ' +
				'have). What could be read is below.'
		);
		expect(noteFor('?s=trpv1.bogus,k2p,zzz', 'fr')).toBe(
			'Une partie de la séquence de ce lien n’a pas pu être lue\u00a0: «\u00a0trpv1.bogus\u00a0» et ' +
				'«\u00a0zzz\u00a0» (des figures que le site n’a pas). Voici ce qui a pu l’être.'
		);
		// a name given twice is named once
		expect(noteFor('?s=foo,foo,pump')).toBe(
			'Part of this link’s sequence could not be read: “foo”, a figure the site does not have. ' +
				'What could be read is below.'
		);
	});

	it('says a link naming two steps of a figure opens it at the first, by the name the figure shows', () => {
		expect(noteFor('?s=trpv1:sensitised:at-rest', 'fr')).toBe(
			'Une partie de la séquence de ce lien n’a pas pu être lue\u00a0: «\u00a0trpv1:sensitised:at-rest\u00a0», ' +
				'plus d’une étape nommée (elle s’ouvre à la première, «\u00a0La même, sensibilisée\u00a0», le reste ' +
				'est laissé de côté). Voici ce qui a pu l’être.'
		);
		expect(noteFor('?s=k2p,trpv1:sensitised:at-rest')).toBe(
			'Part of this link’s sequence could not be read: “trpv1:sensitised:at-rest”, more than one step named ' +
				'(it opens at the first, “The same, sensitised”; the rest is left out). What could be read is below.'
		);
		// its own page's figure opens where the note says: the first step named
		expect(readConsultation('?s=trpv1:sensitised:at-rest', sceneSteps).items).toEqual([
			{ scene: 'trpv1', step: 'sensitised' }
		]);
	});

	it('names a setting its figure does not have, as it names a step, in either language', () => {
		expect(noteFor('?s=trpv1:glucose_mM=0,k2p:openfraction=0.2')).toBe(
			'Part of this link’s sequence could not be read: “trpv1:glucose_mM=0”, a setting its figure does ' +
				'not have (left out). What could be read is below.'
		);
		expect(noteFor('?s=trpv1:glucose_mM=0', 'fr')).toContain(
			'«\u00a0trpv1:glucose_mM=0\u00a0», un réglage que sa figure n’a pas (laissé de côté)'
		);
	});

	it('names a setting it cannot read apart from one its figure lacks, in either language', () => {
		expect(noteFor('?s=pump:glucose_mM=3!5')).toContain(
			'“pump:glucose_mM=3!5”, a setting written in a way the site cannot read (left out)'
		);
		expect(noteFor('?s=pump:glucose_mM=', 'fr')).toContain(
			'«\u00a0pump:glucose_mM=\u00a0», un réglage écrit d’une façon que le site ne sait pas lire'
		);
	});

	it('names the figure number it could not show, and the one it shows instead', () => {
		expect(noteFor('?s=k2p,pump&at=9', 'fr')).toContain(
			'la figure «\u00a09\u00a0», que la séquence n’a pas (la figure 2 est montrée)'
		);
	});

	it('counts the figures past the most a consultation holds, and says a second list is not read', () => {
		const note = noteFor(
			`?s=${Array(MAX_SEQUENCE + 3)
				.fill('k2p')
				.join(',')}&s=pump`
		)!;
		expect(note).toContain(`past the ${MAX_SEQUENCE} a consultation holds (3 left out)`);
		expect(note).toContain('a second list of figures (only the first is read)');
	});

	it('quotes a hand-made address as text, never as markup or a placeholder', () => {
		const note = noteFor('?s=<img src=x>{parts},k2p')!;
		expect(note).toContain('“<img src=x>{parts}”');
		expect(note.match(/What could be read is below/g)).toHaveLength(1);
	});
});
