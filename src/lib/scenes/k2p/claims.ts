import type { SceneClaim } from '../types';

/** What the K2P figure asserts, and how sure science is (science.md A1, A4; C1 #9–10). */
export const k2pClaims: readonly SceneClaim[] = [
	{
		level: 'established',
		refs: ['alloui-2006'],
		text: {
			fr: 'Ouvrir des canaux potassiques rapproche le potentiel de membrane de celui du potassium et l’éloigne du seuil de déclenchement ; il ne peut jamais descendre plus bas que ce potentiel d’équilibre.',
			en: 'Opening potassium channels moves the membrane potential toward that of potassium and away from the firing threshold; it can never go below that equilibrium potential.'
		}
	},
	{
		level: 'unsupported',
		refs: ['burdakov-2006', 'guyon-2009'],
		text: {
			fr: 'Que le dextrose ouvre les canaux K2P des nerfs de la douleur n’a jamais été montré ; même dans l’hypothalamus, où l’idée est née, leur rôle est contesté.',
			en: 'That dextrose opens the K2P channels of pain nerves has never been shown; even in the hypothalamus, where the idea was born, their role is contested.'
		}
	}
];
