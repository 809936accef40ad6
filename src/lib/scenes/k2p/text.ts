import type { Lang } from '$lib/i18n/languages';
import type { SceneText } from '../types';

/** The K2P scene's words. Numbers are not written here: describe.ts takes them from the model. */
export const k2pText: Record<Lang, SceneText & { labels: Record<string, string> }> = {
	fr: {
		title: 'Canaux K2P : le potassium sort, le nerf se calme',
		intro:
			'Les canaux K2P sont des fuites de potassium toujours prêtes à s’ouvrir dans la membrane des nerfs. Quand ils s’ouvrent, des ions K⁺ quittent la cellule : l’intérieur devient plus négatif, la membrane s’éloigne du seuil où naît un signal de douleur. Cette partie est de la physiologie établie. L’article sur la glucopuncture ajoute que le dextrose ouvrirait ces canaux : aucune étude ne l’a montré dans les nerfs de la douleur.',
		stepNames: [
			'Nerf facilité',
			'Les K2P s’ouvrent',
			'Le K⁺ sort',
			'Repolarisé',
			'Hyperpolarisé',
			'Moins de signaux'
		],
		stepTexts: [
			'Dans une terminaison sensibilisée, l’inflammation a fermé une partie des canaux K2P : moins de potassium s’échappe, la membrane reste près du seuil et envoie des signaux de douleur.',
			'Une partie des canaux K2P s’ouvre (le curseur choisit laquelle) : le potassium a de nouveau une voie de sortie.',
			'Poussés par leur gradient de concentration, des ions K⁺ sortent : chaque sortie emporte une charge positive.',
			'L’intérieur redevient plus négatif : le potentiel de membrane revient vers sa valeur de repos.',
			'S’il y a assez de canaux ouverts, le potentiel passe sous le repos, vers le potentiel d’équilibre du potassium (E_K), sans jamais le dépasser.',
			'Plus loin du seuil, la terminaison envoie moins de signaux de douleur, ou plus du tout.'
		],
		labels: {
			outside: 'Extérieur',
			inside: 'Intérieur',
			channel: 'K2P',
			vm: 'Potentiel de membrane',
			signals: 'signaux/s',
			eK: 'E_K',
			rest: 'repos',
			threshold: 'seuil',
			time: 'temps (ms)',
			dextrose: 'dextrose',
			openSlider: 'Canaux K2P qui s’ouvrent :',
			hypothesisSwitch: 'Montrer l’hypothèse de l’article (le dextrose ouvrirait les K2P)'
		}
	},
	en: {
		title: 'K2P channels: potassium leaves, the nerve calms down',
		intro:
			'K2P channels are potassium leaks in the membrane of nerves, ready to open at any time. When they open, K⁺ ions leave the cell: the inside grows more negative and the membrane moves away from the threshold where a pain signal starts. This part is established physiology. The glucopuncture article adds that dextrose would open these channels: no study has shown this in pain nerves.',
		stepNames: [
			'Facilitated nerve',
			'K2P channels open',
			'K⁺ leaves',
			'Repolarised',
			'Hyperpolarised',
			'Fewer pain signals'
		],
		stepTexts: [
			'In a sensitised nerve ending, inflammation has closed part of the K2P channels: less potassium escapes, the membrane stays close to threshold and sends pain signals.',
			'Some K2P channels open (the slider sets how many): potassium has a way out again.',
			'Driven by their concentration gradient, K⁺ ions leave: each one carries a positive charge out.',
			'The inside grows more negative again: the membrane potential returns toward its resting value.',
			'With enough channels open, the potential goes below rest, toward the potassium equilibrium potential (E_K), and never past it.',
			'Further from threshold, the ending sends fewer pain signals, or none.'
		],
		labels: {
			outside: 'Outside',
			inside: 'Inside',
			channel: 'K2P',
			vm: 'Membrane potential',
			signals: 'signals/s',
			eK: 'E_K',
			rest: 'rest',
			threshold: 'threshold',
			time: 'time (ms)',
			dextrose: 'dextrose',
			openSlider: 'K2P channels that open:',
			hypothesisSwitch: 'Show the article’s hypothesis (dextrose would open K2P)'
		}
	}
};
