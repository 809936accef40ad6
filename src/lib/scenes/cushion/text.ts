import type { Lang } from '$lib/i18n/languages';
import type { SceneText } from '../types';

/** The cushion scene's words. Numbers are not written here: describe.ts takes them from the model. */
export const cushionText: Record<Lang, SceneText & { labels: Record<string, string> }> = {
	fr: {
		title: 'Le coussin de l’hydrotomie : une dilution qui ne dure pas',
		intro:
			'L’hydrotomie percutanée injecte sous la peau du sérum salé, parfois en grande quantité. Ses promoteurs disent que ce liquide « lave » les substances de l’inflammation. Voici ce que donne un modèle simple, tiré des mesures publiées : la concentration baisse d’abord, puis revient en quelques heures, parce que le sérum passe dans le sang et que les cellules continuent de fabriquer ces substances. Et le liquide reste sous la peau, loin de l’articulation ou du disque.',
		stepNames: [
			'Tissu enflammé',
			'Le sérum dilue',
			'Le sérum s’en va',
			'Les médiateurs reviennent',
			'Retour au départ',
			'Articulation inchangée'
		],
		stepTexts: [
			'Dans un tissu enflammé, des cellules libèrent sans cesse des médiateurs (TNF-α, IL-1β, prostaglandines) qui sont éliminés à mesure : leur concentration reste stable.',
			'Le sérum injecté s’ajoute au peu de liquide du tissu : les médiateurs sont les mêmes, mais dans plus d’eau, donc moins concentrés.',
			'Le sérum sous la peau passe dans la circulation, avec une demi-vie d’environ une demi-heure chez l’humain : le coussin se dégonfle.',
			'Les cellules n’ont pas cessé de fabriquer des médiateurs : à mesure que le liquide part, la concentration remonte.',
			'Quelques heures plus tard, la concentration est revenue à sa valeur de départ : diluer n’a rien retiré durablement.',
			'Le sérum reste dans le tissu sous la peau. L’articulation et le disque sont des compartiments à part : leurs médiateurs n’ont pas bougé.'
		],
		labels: {
			skin: 'surface de la peau',
			epidermis: 'épiderme',
			dermis: 'derme',
			subcutis: 'hypoderme',
			muscle: 'muscle',
			toScale: 'couches à l’échelle',
			deeper: 'plus profond',
			joint: 'articulation ou disque',
			saline: 'sérum',
			tnf: 'TNF-α',
			il1: 'IL-1β',
			pg: 'prostaglandines',
			underSkin: 'sous la peau',
			jointShort: 'articulation',
			unchanged: 'inchangée',
			before: 'avant',
			concentration: 'médiateurs, en % du départ',
			time: 'temps (min)',
			washout: '« lavage » annoncé',
			bolusSlider: 'Sérum injecté sous la peau :',
			washoutSwitch: 'Montrer le « lavage » annoncé par ses promoteurs'
		}
	},
	en: {
		title: 'The hydrotomy cushion: a dilution that does not last',
		intro:
			'Percutaneous hydrotomy injects saline under the skin, sometimes in large amounts. Its proponents say this fluid “washes out” the substances of inflammation. Here is what a simple model built on published measurements gives: the concentration first falls, then returns within hours, because the saline passes into the blood and the cells keep making these substances. And the fluid stays under the skin, away from the joint or the disc.',
		stepNames: [
			'Inflamed tissue',
			'Saline dilutes',
			'Saline drains away',
			'Mediators come back',
			'Back to baseline',
			'Joint unchanged'
		],
		stepTexts: [
			'In inflamed tissue, cells keep releasing mediators (TNF-α, IL-1β, prostaglandins) that are cleared as they come: their concentration stays steady.',
			'The injected saline adds to the little fluid the tissue holds: the mediators are the same, but in more water, so less concentrated.',
			'Saline under the skin passes into the circulation, with a half-life of about half an hour in people: the cushion goes down.',
			'The cells never stopped making mediators: as the fluid leaves, the concentration climbs back.',
			'A few hours later the concentration is back where it started: diluting removed nothing for good.',
			'The saline stays in the tissue under the skin. The joint and the disc are separate compartments: their mediators have not changed.'
		],
		labels: {
			skin: 'skin surface',
			epidermis: 'epidermis',
			dermis: 'dermis',
			subcutis: 'subcutis',
			muscle: 'muscle',
			toScale: 'layers to scale',
			deeper: 'deeper',
			joint: 'joint or disc',
			saline: 'saline',
			tnf: 'TNF-α',
			il1: 'IL-1β',
			pg: 'prostaglandins',
			underSkin: 'under the skin',
			jointShort: 'joint',
			unchanged: 'unchanged',
			before: 'before',
			concentration: 'mediators, % of the start',
			time: 'time (min)',
			washout: 'claimed “washout”',
			bolusSlider: 'Saline injected under the skin:',
			washoutSwitch: 'Show the “washout” its proponents claim'
		}
	}
};
