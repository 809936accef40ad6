import type { SceneClaim } from '../types';

/** What the cushion figure asserts, and how sure science is (science.md C2 #16–18, D; physiology/model.md). */
export const cushionClaims: readonly SceneClaim[] = [
	{
		level: 'established',
		refs: ['danielsen-2022', 'koulakis-2020'],
		text: {
			fr: 'Le sérum injecté sous la peau passe dans le sang en quelques heures : demi-vie d’environ 30 minutes chez des patients âgés, plusieurs heures chez le porc.',
			en: 'Saline injected under the skin passes into the blood within hours: a half-life of about 30 minutes in older patients, several hours in pigs.'
		}
	},
	{
		level: 'established',
		refs: [],
		text: {
			fr: 'Les médiateurs continuent d’être fabriqués pendant ce temps : leur concentration baisse, puis revient en quelques heures. Diluer n’est pas retirer.',
			en: 'Mediators keep being made all the while: their concentration falls, then returns within hours. Diluting is not removing.'
		}
	},
	{
		level: 'unsupported',
		refs: ['sihp-hydrotomie', 'reichenbach-2010'],
		text: {
			fr: 'Que ce sérum « lave » durablement les médiateurs, ou qu’il atteigne l’articulation, n’est pas démontré ; même laver directement l’intérieur du genou ne fait pas mieux qu’un simulacre.',
			en: 'That this saline durably “washes out” the mediators, or reaches the joint, has not been shown; even washing out the inside of the knee directly does no better than a sham.'
		}
	},
	{
		level: 'incorrect',
		refs: ['sihp-hydrotomie', 'urban-2003'],
		text: {
			fr: 'Qu’il hydrate les disques de la colonne est inexact : le disque n’a pas de vaisseaux, et son eau dépend de sa propre chimie et des pressions qu’il subit.',
			en: 'That it hydrates the discs of the spine is incorrect: the disc has no blood vessels, and its water depends on its own chemistry and the loads it bears.'
		}
	}
];
