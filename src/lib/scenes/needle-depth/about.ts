import { HYDROTOMY_NEEDLES, SKIN_mm } from '$lib/physiology';
import { defineAbout } from '../about';

/** What the needle-depth figure assumes (model.md, "What each figure assumes"). */
export const about = defineAbout([
	{
		key: 'skin',
		kind: 'measured',
		values: (n) => ({
			skin: n.mm(SKIN_mm.epidermis + SKIN_mm.dermis),
			fatMin: n.mm(SKIN_mm.subcutisMin),
			fatMax: n.mm(SKIN_mm.subcutisMax)
		}),
		refs: ['gibney-2010']
	},
	{
		key: 'needles',
		kind: 'measured',
		values: (n) => ({
			value: HYDROTOMY_NEEDLES.map((needle) => `${needle.gauge} G × ${n.mm(needle.length_mm)}`).join(', ')
		})
	},
	{ key: 'angle', kind: 'choice' }
]);
