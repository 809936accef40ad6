import { describe, expect, it } from 'vitest';
import { readFigureState, type FigureShape } from '$lib/address/figure-state';
import { NBSP } from '$lib/i18n/numbers';
import { patientAddressNoteText } from '$lib/player/address-notes';
import playerEn from '$lib/player/messages/en.json';
import playerFr from '$lib/player/messages/fr.json';
import k2p from '$lib/scenes/k2p';
import needleDepth from '$lib/scenes/needle-depth';

// On the patient's page a figure quotes nothing of its link, and never in a clinician's words (regress7 D1):
// a crafted `angle_deg=remboursez.fr` put « remboursez.fr » under "Figure 1 of 2". It counts what it could not
// show as written, and says what it shows instead.
const note = (query: string, scene: FigureShape = needleDepth, lang: 'en' | 'fr' = 'en') =>
	patientAddressNoteText(readFigureState(query, scene).notes, lang === 'en' ? playerEn : playerFr, lang);

describe('what a figure on the patient’s page says of its link', () => {
	it('counts a value it cannot use, quoting nothing of it, in either language', () => {
		const en = note('?angle_deg=remboursez.fr');
		expect(en).toBe(
			'1 part of this link could not be shown as written in the figure below: it keeps its usual setting, ' +
				'or takes the nearest one to what was asked.'
		);
		const fr = note('?angle_deg=Appelez', needleDepth, 'fr')!;
		expect(fr).toMatch(new RegExp(`^1 partie de ce lien n’a pas pu être montrée telle quelle.*${NBSP}:`));
		expect(fr).not.toContain('Appelez');
	});

	it('counts a number it moved, without the clinician’s words on fractions', () => {
		const text = note('?openFraction=60', k2p)!;
		expect(text).toMatch(/^1 part of this link/);
		expect(text).not.toMatch(/60|fraction/);
	});

	it('counts every part it could not show as written, each value of a repeated key left out among them', () => {
		expect(note('?angle_deg=x.fr&step=nope', needleDepth)).toMatch(/^2 parts of this link/);
		expect(note('?angle_deg=30&angle_deg=www.a.b&angle_deg=45', needleDepth)).toMatch(
			/^2 parts of this link/
		);
	});

	it('says nothing of a link it shows as written', () => {
		expect(note('?angle_deg=30')).toBeNull();
		expect(note('')).toBeNull();
	});
});
