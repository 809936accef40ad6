import type { SceneClaim } from '../types';

/** What the injection figure asserts, and how sure science is (science.md B; C1 #12–13; C2 #12). */
export const injectionClaims: readonly SceneClaim[] = [
	{
		level: 'established',
		refs: ['gibney-2010'],
		text: {
			fr: 'La peau mesure 1,9 à 2,4 mm et la graisse sous-cutanée 10 à 15 mm en moyenne : une aiguille de 4 mm enfoncée droite finit sous le derme, et une de 13 mm peut atteindre le muscle là où la graisse est mince.',
			en: 'Skin is 1.9–2.4 mm thick and the fat beneath it 10–15 mm on average: a 4 mm needle pushed straight in ends below the dermis, and a 13 mm one can reach muscle where the fat is thin.'
		}
	},
	{
		level: 'incorrect',
		refs: ['sihp-hydrotomie', 'gibney-2010'],
		text: {
			fr: 'Appeler « intradermique » une injection faite droite avec une aiguille de 4 mm est inexact : le derme s’arrête vers 2 mm de profondeur.',
			en: 'Calling an injection made straight in with a 4 mm needle “intradermal” is incorrect: the dermis ends about 2 mm down.'
		}
	},
	{
		level: 'trials',
		refs: ['wu-2017', 'lam-2023', 'oh-2025'],
		text: {
			fr: 'Dans le syndrome du canal carpien léger à modéré, une injection échoguidée de glucose à 5 % autour du nerf médian a fait mieux qu’une injection de sérum salé jusqu’à 6 mois, et à peu près jeu égal avec un corticoïde. Les essais sont petits et la certitude faible à modérée.',
			en: 'In mild to moderate carpal tunnel syndrome, an ultrasound-guided injection of 5% dextrose around the median nerve did better than a saline injection for up to 6 months, and about as well as a corticosteroid. The trials are small and the certainty low to moderate.'
		}
	},
	{
		level: 'hypothesis',
		refs: ['lam-2023'],
		text: {
			fr: 'Que le liquide agisse en décollant le nerf des tissus qui l’entourent est plausible (un plus grand volume semble aider), mais pas démontré : on ignore pourquoi l’injection soulage.',
			en: 'That the fluid works by lifting the nerve away from the tissue around it is plausible (a larger volume seems to help), but not shown: why the injection brings relief is unknown.'
		}
	}
];
