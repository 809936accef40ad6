import type { Lang } from '$lib/i18n/languages';
import type { SceneText } from '../types';
import type { StimulusKind } from './state';

interface Trpv1Words extends SceneText {
	labels: Record<string, string>;
	stimulus: Record<StimulusKind, string>;
	/** the stimulus with its intensity: "chaleur à {value} °C" */
	stimulusWithValue: Record<StimulusKind, string>;
}

/** The TRPV1 scene's words. Numbers are not written here: describe.ts takes them from the model. */
export const trpv1Text: Record<Lang, Trpv1Words> = {
	fr: {
		title: 'TRPV1 : la terminaison nerveuse qui s’échauffe',
		intro:
			'TRPV1 est un canal ionique de la terminaison des nerfs de la douleur. La chaleur (au-delà d’environ 43 °C), l’acidité ou la capsaïcine du piment l’ouvrent : des ions positifs entrent, la membrane se dépolarise et, au-delà d’un seuil, le nerf envoie des signaux vers la moelle épinière. Quand une inflammation dure, la terminaison porte plus de canaux et leurs seuils baissent : le même stimulus fait plus mal. L’article sur la glucopuncture affirme que le dextrose freinerait TRPV1 : aucune mesure ne le montre.',
		stepNames: [
			'Au repos',
			'Le stimulus arrive',
			'Les canaux s’ouvrent',
			'Dépolarisation',
			'Le signal part',
			'Le même, sensibilisé'
		],
		stepTexts: [
			'La terminaison est au repos : ses canaux TRPV1 sont fermés, la membrane est à son potentiel de repos.',
			'Un stimulus atteint la terminaison : chaleur, capsaïcine, acidité ou simple toucher (à choisir).',
			'Selon le stimulus, une part des canaux TRPV1 s’ouvre. Le toucher, lui, ne les ouvre presque pas.',
			'Des ions sodium (Na⁺) et calcium (Ca²⁺) entrent : l’intérieur devient moins négatif.',
			'Si la membrane dépasse le seuil, des signaux partent vers la moelle épinière, d’autant plus nombreux qu’elle le dépasse.',
			'Après des semaines de douleur, la terminaison porte plus de canaux et l’inflammation abaisse leurs seuils : le même stimulus en ouvre davantage.'
		],
		labels: {
			outside: 'Tissu',
			inside: 'Terminaison nerveuse',
			channel: 'TRPV1',
			vm: 'Potentiel de membrane',
			signals: 'signaux/s',
			rest: 'repos',
			threshold: 'seuil',
			spinalCord: 'vers la moelle',
			channels: 'canaux',
			hypothesis: 'si le dextrose freinait TRPV1',
			kindLegend: 'Stimulus',
			intensity: 'Intensité :',
			weeks: 'Semaines de douleur :',
			hypothesisSwitch: 'Montrer l’hypothèse de l’article (le dextrose freinerait TRPV1)',
			touchNote: 'TRPV1 ne détecte pas le toucher.'
		},
		stimulus: { heat: 'Chaleur', capsaicin: 'Capsaïcine', acid: 'Acidité', touch: 'Toucher léger' },
		stimulusWithValue: {
			heat: 'chaleur à {value} °C',
			capsaicin: 'capsaïcine à {value} µM',
			acid: 'acidité à pH {value}',
			touch: 'toucher léger'
		}
	},
	en: {
		title: 'TRPV1: the nerve ending that heats up',
		intro:
			'TRPV1 is an ion channel at the endings of pain nerves. Heat (above about 43 °C), acid or the capsaicin of chilli peppers open it: positive ions flow in, the membrane depolarises and, past a threshold, the nerve sends signals toward the spinal cord. When inflammation lasts, the ending carries more channels and their thresholds fall: the same stimulus hurts more. The glucopuncture article claims that dextrose would dampen TRPV1: no measurement shows it.',
		stepNames: [
			'At rest',
			'The stimulus arrives',
			'Channels open',
			'Depolarisation',
			'The signal leaves',
			'The same, sensitised'
		],
		stepTexts: [
			'The ending is at rest: its TRPV1 channels are closed and the membrane sits at its resting potential.',
			'A stimulus reaches the ending: heat, capsaicin, acid or a light touch (your choice).',
			'Depending on the stimulus, a share of the TRPV1 channels opens. Touch hardly opens them at all.',
			'Sodium (Na⁺) and calcium (Ca²⁺) ions flow in: the inside grows less negative.',
			'If the membrane passes threshold, signals leave for the spinal cord, more of them the further past it goes.',
			'After weeks of pain, the ending carries more channels and inflammation lowers their thresholds: the same stimulus opens more of them.'
		],
		labels: {
			outside: 'Tissue',
			inside: 'Nerve ending',
			channel: 'TRPV1',
			vm: 'Membrane potential',
			signals: 'signals/s',
			rest: 'rest',
			threshold: 'threshold',
			spinalCord: 'to the spinal cord',
			channels: 'channels',
			hypothesis: 'if dextrose dampened TRPV1',
			kindLegend: 'Stimulus',
			intensity: 'Intensity:',
			weeks: 'Weeks of pain:',
			hypothesisSwitch: 'Show the article’s hypothesis (dextrose would dampen TRPV1)',
			touchNote: 'TRPV1 does not sense touch.'
		},
		stimulus: { heat: 'Heat', capsaicin: 'Capsaicin', acid: 'Acid', touch: 'Light touch' },
		stimulusWithValue: {
			heat: 'heat at {value} °C',
			capsaicin: 'capsaicin at {value} µM',
			acid: 'acid at pH {value}',
			touch: 'a light touch'
		}
	}
};
