import { describe, expect, it } from 'vitest';
import { readFigureState } from '$lib/address/figure-state';
import type { Lang } from '$lib/i18n/languages';
import { NBSP, numberFormat } from '$lib/i18n/numbers';
import { addressNoteText } from '$lib/player/address-notes';
import playerEn from '$lib/player/messages/en.json';
import playerFr from '$lib/player/messages/fr.json';
import type { SceneWords } from '$lib/player/scene';
import cushion from '$lib/scenes/cushion';
import cushionEn from '$lib/scenes/cushion/messages/en.json';
import cushionFr from '$lib/scenes/cushion/messages/fr.json';
import hydrodissection from '$lib/scenes/hydrodissection';
import hydroEn from '$lib/scenes/hydrodissection/messages/en.json';
import hydroFr from '$lib/scenes/hydrodissection/messages/fr.json';
import k2p from '$lib/scenes/k2p';
import k2pEn from '$lib/scenes/k2p/messages/en.json';
import k2pFr from '$lib/scenes/k2p/messages/fr.json';
import needle from '$lib/scenes/needle-depth';
import needleEn from '$lib/scenes/needle-depth/messages/en.json';
import needleFr from '$lib/scenes/needle-depth/messages/fr.json';
import pump from '$lib/scenes/pump';
import pumpEn from '$lib/scenes/pump/messages/en.json';
import pumpFr from '$lib/scenes/pump/messages/fr.json';

// What a figure's page says of a number its link gave that it shows as another (numbers review D1, D7): the
// value asked for, and the nearest case the figure has, as its control writes it, in the page's language.

const figures = {
	needle: [needle, { en: needleEn, fr: needleFr }],
	hydrodissection: [hydrodissection, { en: hydroEn, fr: hydroFr }],
	pump: [pump, { en: pumpEn, fr: pumpFr }],
	cushion: [cushion, { en: cushionEn, fr: cushionFr }],
	k2p: [k2p, { en: k2pEn, fr: k2pFr }]
} as const;

function notes(figure: keyof typeof figures, query: string, lang: Lang): string[] {
	const [scene, words] = figures[figure];
	const player = lang === 'en' ? playerEn : playerFr;
	return readFigureState(query, scene).notes.map((note) =>
		addressNoteText(note, scene.controls, words[lang] as SceneWords, player, numberFormat(lang))
	);
}

const _ = NBSP;

describe('a number the figure shows as the nearest case it has, in words', () => {
	it.each<[string, keyof typeof figures, string, Lang, string]>([
		[
			'the needle at 32°',
			'needle',
			'?step=slanted&angle_deg=32',
			'en',
			'Angle of the slanted needle to the skin 32, which it does not have: it shows the nearest case it has, 30°.'
		],
		[
			'the needle at 32°, in French',
			'needle',
			'?angle_deg=32',
			'fr',
			`Angle de l’aiguille inclinée avec la peau 32, qu’elle n’a pas${_}: elle montre le cas le plus proche qu’elle a, 30°.`
		],
		[
			'2,5 mL of dextrose, in French',
			'hydrodissection',
			'?volume_mL=2,5',
			'fr',
			`${hydroFr.params.volume_mL.label.replace(/\s*:$/, '')} 2,5${_}mL, qu’elle n’a pas${_}: elle montre le cas le plus proche qu’elle a, 3${_}mL = 0,15${_}g.`
		],
		[
			// a link's "2.5" in this page's numbers and with its unit, never the raw value (pharm review D6)
			'2.5 mL of dextrose written with a point, in French',
			'hydrodissection',
			'?volume_mL=2.5',
			'fr',
			`${hydroFr.params.volume_mL.label.replace(/\s*:$/, '')} 2,5${_}mL, qu’elle n’a pas${_}: elle montre le cas le plus proche qu’elle a, 3${_}mL = 0,15${_}g.`
		],
		[
			'1000 mL of dextrose, in French',
			'hydrodissection',
			'?volume_mL=1000',
			'fr',
			`${hydroFr.params.volume_mL.label.replace(/\s*:$/, '')} 1\u202f000${_}mL, au-dessus de ce qu’elle permet${_}: elle prend 10${_}mL = 0,50${_}g.`
		],
		[
			'4 mM of glucose, in French',
			'pump',
			'?glucose_mM=4',
			'fr',
			`Glucose autour du nerf 4, qu’elle n’a pas${_}: elle montre le cas le plus proche qu’elle a, 3${_}mM.`
		],
		[
			'a 400 mL bolus',
			'cushion',
			'?bolus_mL=400',
			'en',
			`${cushionEn.params.bolus_mL.label.replace(/\s*:$/, '')} 400, which it does not have: it shows the nearest case it has, 300${_}mL.`
		],
		[
			'62 % of channels',
			'k2p',
			'?openFraction=62%25',
			'en',
			'K2P channels that open 62%, which it does not have: it shows the nearest case it has, 60%.'
		]
	])('names %s and what is shown', (_case, figure, query, lang, text) => {
		expect(notes(figure, query, lang)).toEqual([text]);
	});

	it.each<[string, Lang, string]>([
		[
			'en',
			'en',
			'K2P channels that open 60: a link gives this value as a fraction from 0 to 1 (0.6 for 60%), so it takes 100%.'
		],
		[
			'fr',
			'fr',
			`Canaux K2P qui s’ouvrent 60${_}: un lien donne cette valeur en fraction de 0 à 1 (0,6 pour 60${_}%), elle prend donc 100${_}%.`
		]
	])('says, in %s, that a link gives a percent as a fraction from 0 to 1', (_case, lang, text) => {
		expect(notes('k2p', '?openFraction=60', lang)).toEqual([text]);
	});

	it.each<[string, Lang, string]>([
		['en', 'en', 'K2P channels that open with no number: it keeps its usual setting, 60%.'],
		['fr', 'fr', `Canaux K2P qui s’ouvrent sans nombre${_}: le réglage garde sa valeur habituelle, 60${_}%.`]
	])('says, in %s, that an empty number keeps the usual setting, as the lab does', (_case, lang, text) => {
		expect(notes('k2p', '?openFraction=', lang)).toEqual([text]);
	});

	it.each([
		['needle', '?angle_deg=30.0'],
		['hydrodissection', '?volume_mL=3,0'],
		['pump', '?glucose_mM=3'],
		['k2p', '?openFraction=60%25']
	] as const)('says nothing of a stop as it is (%s %s)', (figure, query) => {
		expect(notes(figure, query, 'fr')).toEqual([]);
	});
});
