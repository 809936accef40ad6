import type { SceneClaim } from '../types';

/** What the TRPV1 figure asserts, and how sure science is (science.md A3; C1 #4–8). */
export const trpv1Claims: readonly SceneClaim[] = [
	{
		level: 'established',
		refs: ['caterina-1997', 'tominaga-1998'],
		text: {
			fr: 'TRPV1 est lui-même un canal ionique, ouvert par la chaleur, la capsaïcine et l’acidité ; ouvert, il laisse entrer des cations et dépolarise la terminaison.',
			en: 'TRPV1 is itself an ion channel, opened by heat, capsaicin and acid; when open it lets cations in and depolarises the ending.'
		}
	},
	{
		level: 'hypothesis',
		refs: ['tominaga-1998'],
		text: {
			fr: 'Plus la douleur dure, plus la terminaison exprime de TRPV1 : vrai dans des modèles d’inflammation chez l’animal, jamais montré de façon régulière chez l’humain.',
			en: 'The longer pain lasts, the more TRPV1 the ending expresses: true in animal models of inflammation, never shown to grow steadily in humans.'
		}
	},
	{
		level: 'unsupported',
		refs: ['bertrand-2015'],
		text: {
			fr: 'Que le dextrose freine TRPV1 : aucune étude ne l’a mesuré ; la seule donnée humaine, indirecte, porte sur une crème au mannitol.',
			en: 'That dextrose dampens TRPV1: no study has measured it; the only human data, indirect, concern a mannitol cream.'
		}
	}
];
