import type { SceneClaim } from '../types';

/** What the pump figure asserts, and how sure science is (science.md A2; C1 #11; physiology/model.md). */
export const pumpClaims: readonly SceneClaim[] = [
	{
		level: 'established',
		refs: ['attwell-2001'],
		text: {
			fr: 'Chaque cycle de la pompe fait sortir 3 Na⁺ et entrer 2 K⁺ pour un ATP ; l’essentiel de l’énergie de la signalisation nerveuse y passe. Privé de carburant, un nerf perd ses gradients en quelques dizaines de minutes et les retrouve quand le carburant revient.',
			en: 'Each turn of the pump moves 3 Na⁺ out and 2 K⁺ in for one ATP; most of the energy of nerve signalling goes into it. Deprived of fuel, a nerve loses its gradients over a few tens of minutes and regains them when fuel returns.'
		}
	},
	{
		level: 'established',
		refs: [],
		text: {
			fr: 'Un glucose donne 2 ATP par la seule glycolyse et une trentaine avec l’oxygène. Le transporteur des neurones est déjà proche de la saturation à la glycémie normale : beaucoup plus de glucose n’augmente presque pas son captage.',
			en: 'One glucose gives 2 ATP by glycolysis alone and about thirty with oxygen. The neurons’ transporter is already close to saturation at normal blood glucose: much more glucose barely raises its uptake.'
		}
	},
	{
		level: 'unsupported',
		refs: ['fischhoff-glucopuncture'],
		text: {
			fr: 'Que les nerfs douloureux manquent de glucose, et que le dextrose injecté les nourrisse, n’a jamais été montré ; un nerf comprimé manque aussi d’oxygène, et le glucose seul y donne peu d’ATP.',
			en: 'That painful nerves lack glucose, and that injected dextrose feeds them, has never been shown; a compressed nerve also lacks oxygen, and glucose alone gives little ATP there.'
		}
	}
];
