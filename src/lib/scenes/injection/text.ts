import type { Lang } from '$lib/i18n/languages';
import type { SceneText } from '../types';

/** The injection scene's words. Numbers are not written here: describe.ts takes them from the model. */
export const injectionText: Record<Lang, SceneText & { labels: Record<string, string> }> = {
	fr: {
		title: 'L’injection : jusqu’où va l’aiguille, et où va le liquide',
		intro:
			'Deux questions reviennent souvent : à quelle profondeur pique-t-on, et que fait le liquide une fois injecté ? Ici, la peau est dessinée à l’échelle : elle est bien plus mince qu’on ne l’imagine, si bien qu’une aiguille de 4 mm enfoncée droite la traverse entièrement. Au poignet, l’injection de glucose à 5 % autour du nerf médian, guidée par l’échographie, est la seule indication où de petits essais randomisés montrent un bénéfice.',
		stepNames: [
			'Les couches de la peau',
			'Aiguille de 4 mm',
			'Aiguille de 13 mm',
			'Le canal carpien',
			'Le glucose passe sous le nerf',
			'Le nerf entouré'
		],
		stepTexts: [
			'Une coupe de peau à l’échelle : un épiderme d’un dixième de millimètre, un derme d’environ 2 mm, une couche de graisse de 10 à 15 mm en moyenne, puis le muscle. À côté, les deux aiguilles citées par l’hydrotomie.',
			'L’aiguille de 4 mm, enfoncée droite, finit sous le derme, dans la graisse : une injection à cette profondeur n’est pas intradermique.',
			'L’aiguille de 13 mm arrive au fond de la graisse ; là où la graisse est mince, elle peut toucher le muscle.',
			'Au poignet, le nerf médian passe sous un ligament épais, au-dessus des tendons des doigts. La sonde d’échographie permet de voir l’aiguille approcher du nerf sans le toucher.',
			'Le glucose à 5 % est injecté d’abord sous le nerf, qu’il sépare des tendons.',
			'Puis tout autour : le nerf baigne dans un coussin de liquide. Le curseur choisit le volume et donne la quantité de sucre.'
		],
		labels: {
			epidermis: 'épiderme',
			dermis: 'derme',
			subcutis: 'hypoderme',
			muscle: 'muscle',
			fatOrMuscle: 'graisse ou muscle',
			tipAt: 'pointe à',
			belowDermis: 'sous le derme',
			toScale: 'à l’échelle',
			mm: 'mm',
			depth: 'profondeur',
			wristTitle: 'Canal carpien (schéma)',
			probe: 'sonde',
			ligament: 'ligament',
			nerve: 'nerf médian',
			tendons: 'tendons',
			bones: 'os du carpe',
			dextrose: 'glucose 5 %',
			of: 'à',
			sugar: 'de sucre',
			volumeSlider: 'Glucose à 5 % injecté autour du nerf :',
			trialsNote: 'Canal carpien, glucose à 5 % :'
		}
	},
	en: {
		title: 'The injection: how deep the needle goes, and where the fluid goes',
		intro:
			'Two questions come up often: how deep does the needle go, and what does the fluid do once injected? The skin here is drawn to scale: it is much thinner than most people imagine, so a 4 mm needle pushed straight in goes right through it. At the wrist, an ultrasound-guided injection of 5% dextrose around the median nerve is the one use where small randomised trials show a benefit.',
		stepNames: [
			'Skin layers',
			'4 mm needle',
			'13 mm needle',
			'The carpal tunnel',
			'Dextrose goes under the nerve',
			'Nerve surrounded'
		],
		stepTexts: [
			'A cross-section of skin to scale: an epidermis a tenth of a millimetre thick, a dermis of about 2 mm, a layer of fat 10 to 15 mm thick on average, then muscle. Beside it, the two needles hydrotomy names.',
			'The 4 mm needle, pushed straight in, ends below the dermis, in the fat: an injection at this depth is not intradermal.',
			'The 13 mm needle reaches the bottom of the fat; where the fat is thin, it can touch muscle.',
			'At the wrist, the median nerve runs under a thick ligament, above the tendons of the fingers. The ultrasound probe lets the doctor watch the needle approach the nerve without touching it.',
			'The 5% dextrose goes in under the nerve first, separating it from the tendons.',
			'Then all round it: the nerve sits in a cushion of fluid. The slider sets the volume and gives the amount of sugar.'
		],
		labels: {
			epidermis: 'epidermis',
			dermis: 'dermis',
			subcutis: 'subcutis',
			muscle: 'muscle',
			fatOrMuscle: 'fat or muscle',
			tipAt: 'tip at',
			belowDermis: 'below the dermis',
			toScale: 'to scale',
			mm: 'mm',
			depth: 'depth',
			wristTitle: 'Carpal tunnel (sketch)',
			probe: 'probe',
			ligament: 'ligament',
			nerve: 'median nerve',
			tendons: 'tendons',
			bones: 'carpal bones',
			dextrose: '5% dextrose',
			of: 'of',
			sugar: 'of sugar',
			volumeSlider: '5% dextrose injected around the nerve:',
			trialsNote: 'Carpal tunnel, 5% dextrose:'
		}
	}
};
