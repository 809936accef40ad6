import { describe, expect, it } from 'vitest';
import { readConsultation, MAX_SEQUENCE } from '$lib/address/sequence';
import { sceneSteps } from '$lib/address/scene-steps';
import { consultationMessages } from '$lib/consultation/messages.server';
import { sceneChoices } from '$lib/consultation/scene-choices.server';
import { sceneSettings } from '$lib/consultation/scene-settings.server';
import { patientUnreadNote, unreadNote } from '$lib/consultation/unread-note';

// A clinician opens a link that was mistyped or cut: the page names what it could not read, so they can
// tell what to mend, instead of a general "part of this link could not be read".
const noteFor = (query: string, lang: 'fr' | 'en' = 'en') => {
	const opened = readConsultation(query, sceneSteps, { settings: sceneSettings() });
	return unreadNote(opened, consultationMessages(lang), lang, sceneChoices(lang));
};

describe('what the consultation says of a link it could not read in full', () => {
	// regress7 D5: « (1 laissées de côté) » for one figure past the 24
	it('says how many figures past the last it holds were left out, singular or plural', () => {
		const past = (count: number) =>
			'?s=' +
			Array(24 + count)
				.fill('k2p')
				.join(',');
		expect(noteFor(past(1), 'fr')).toContain('(1 laissée de côté)');
		expect(noteFor(past(2), 'fr')).toContain('(2 laissées de côté)');
		expect(noteFor(past(1))).toContain('(1 left out)');
		expect(noteFor(past(2))).toContain('(2 left out)');
	});

	it('says which of a setting given twice its figure opens with, in either language', () => {
		expect(noteFor('?s=trpv1:heat_C=45:heat_C=40')).toBe(
			'Part of this link’s sequence could not be read: “trpv1:heat_C=40”, a setting given a second time for ' +
				'its figure (it opens with the first). What could be read is below.'
		);
		expect(noteFor('?s=trpv1:heat_C=45:heat_C=40', 'fr')).toContain(
			'«\u00a0trpv1:heat_C=40\u00a0», un réglage donné une seconde fois pour sa figure (elle s’ouvre avec le premier)'
		);
	});

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
		expect(noteFor('?s=trpv1-bogus,zzz,pump')).toBe(
			'Part of this link’s sequence could not be read: “trpv1-bogus” and “zzz” (figures the site does not ' +
				'have). What could be read is below.'
		);
		expect(noteFor('?s=trpv1-bogus,k2p,zzz', 'fr')).toBe(
			'Une partie de la séquence de ce lien n’a pas pu être lue\u00a0: «\u00a0trpv1-bogus\u00a0» et ' +
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
		expect(noteFor('?s=pump:glucose_mM=5%25')).toContain(
			'“pump:glucose_mM=5%”, a setting written in a way the site cannot read (left out)'
		);
		// "!" is not a character of a value (quotable.ts): the kind is named, the text not repeated
		expect(noteFor('?s=pump:glucose_mM=3!5')).toContain(
			'could not be read: a setting written in a way the site cannot read (left out).'
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

	// markup is no value (quotable.ts): it is named by its kind, never quoted, never a placeholder filled
	it('never quotes markup or a placeholder a hand-made address holds', () => {
		const note = noteFor('?s=<img src=x>{parts},k2p')!;
		expect(note).toBe(
			'Part of this link’s sequence could not be read: a part that names no figure the site has. ' +
				'What could be read is below.'
		);
	});
});

// A privacy review (D2): a crafted link put its own sentences ("APPOINTMENT CANCELLED.", "Call 0900 …") on the
// hospital's page, quoted in the note, all 20 of them. Only what looks like a value is quoted, three at most.
const auditorsLink =
	'?s=APPOINTMENT%20CANCELLED.,Your%20results%20are%20abnormal.,Call%200900%20123%204567%20today,' +
	'or%20text%20RESULTS%20to%2080080.,trpv1';
const attackerWords = /APPOINTMENT|CANCELLED|results|abnormal|0900|RESULTS|80080|today/i;

describe('what the consultation quotes of a crafted link', () => {
	it('names sentences by their kind and counts them, in either language, quoting none', () => {
		expect(noteFor(auditorsLink)).toBe(
			'Part of this link’s sequence could not be read: 4 parts that name no figure the site has. ' +
				'What could be read is below.'
		);
		expect(noteFor(`${auditorsLink},RDV%20ANNUL%C3%89%20-%20rappelez`, 'fr')).toBe(
			'Une partie de la séquence de ce lien n’a pas pu être lue\u00a0: 5 parties qui ne nomment aucune ' +
				'figure du site. Voici ce qui a pu l’être.'
		);
		expect(noteFor('?s=Call%200900,k2p')).toContain(': a part that names no figure the site has.');
		expect(noteFor('?s=k2p&at=Call%200900%20now', 'fr')).toContain(
			'un numéro de figure que la séquence n’a pas (la figure 1 est montrée)'
		);
	});

	it('quotes at most three of 20 spoofed items, and counts the rest by each language’s plural', () => {
		const spoofed = Array.from({ length: 20 }, (_, i) => `CALL0900${i}`).join(',');
		const note = noteFor(`?s=${spoofed},k2p`)!;
		expect(note).toBe(
			'Part of this link’s sequence could not be read: “CALL09000”, “CALL09001”, and “CALL09002” ' +
				'(figures the site does not have) and 17 more parts. What could be read is below.'
		);
		expect(note.match(/“/g)).toHaveLength(3);
		expect(noteFor(`?s=${spoofed},k2p`, 'fr')).toContain('et 17 autres parties');
		// one past the three: the singular
		expect(noteFor('?s=a1,a2,a3,a4,k2p')).toContain('and 1 more part.');
		expect(noteFor('?s=a1,a2,a3,a4,k2p', 'fr')).toContain('et 1 autre partie.');
		// sentences and values mixed: the values quoted, the sentences counted, three parts named in all
		const mixed = noteFor('?s=k2p:nope,pump:glucose_mM=abc!,Call%20me,a1,a2,a3,k2p')!;
		expect(mixed.match(/“/g)).toHaveLength(2);
		expect(mixed).toContain('“a1”, a figure the site does not have, and 3 more parts.');
	});
});

describe('what the patient’s page says of a link it could not read in full', () => {
	const patientNote = (query: string, lang: 'fr' | 'en' = 'en') => {
		const opened = readConsultation(query, sceneSteps, { settings: sceneSettings() });
		const w = consultationMessages(lang);
		const note = patientUnreadNote(opened.unread, w, lang, opened.items.length);
		// as the page asks for it: the consultation's note, told it is the patient's page
		expect(unreadNote(opened, w, lang, sceneChoices(lang), true)).toBe(note);
		return note;
	};

	it('quotes nothing of the link: how many parts, and what it shows instead, in either language', () => {
		expect(patientNote(auditorsLink)).toBe(
			'4 parts of this link could not be read: they are left out. ' +
				'Below is the figure it names that could be read.'
		);
		expect(patientNote(`${auditorsLink},k2p&at=Appelez%20le%2008`, 'fr')).toBe(
			'5 parties de ce lien n’ont pas pu être lues\u00a0: elles sont laissées de côté. ' +
				'Voici les 2 figures qu’il nomme et qui ont pu être lues.'
		);
		// even a part that looks like a value, which the clinician's page would quote
		const note = patientNote('?s=zzz,k2p:nope,k2p')!;
		expect(note).toBe(
			'2 parts of this link could not be read: they are left out. ' +
				'Below are the 2 figures it names that could be read.'
		);
		expect(note).not.toMatch(/zzz|nope|“/);
		expect(patientNote('?s=zzz,k2p', 'fr')).toMatch(/^1 partie de ce lien n’a pas pu être lue/);
		expect(patientNote('?s=k2p')).toBeNull();
	});

	it('puts none of 20 spoofed items on the page', () => {
		const spoofed = Array.from({ length: 20 }, (_, i) => `Call%200900%20${i}`).join(',');
		const note = patientNote(`?s=${spoofed},k2p`)!;
		expect(note).not.toMatch(attackerWords);
		expect(note).toMatch(/^20 parts of this link could not be read/);
	});
});
