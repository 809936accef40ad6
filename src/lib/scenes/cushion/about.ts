import { ABSORPTION_HALF_LIVES_min, CUSHION_DEFAULTS } from '$lib/physiology';
import { defineAbout } from '../about';

/** What the cushion figure assumes (model.md, "What each figure assumes"). */
export const about = defineAbout([
	{ key: 'fluid', kind: 'choice', values: (n) => ({ value: n.mL(CUSHION_DEFAULTS.interstitial_mL) }) },
	{
		key: 'absorption',
		kind: 'fitted',
		values: (n) => ({ value: n.duration(ABSORPTION_HALF_LIVES_min.patients) }),
		refs: ['danielsen-2022']
	},
	{
		key: 'absorptionPigs',
		kind: 'borrowed',
		values: (n) => ({ value: n.duration(ABSORPTION_HALF_LIVES_min.pigs) }),
		refs: ['koulakis-2020']
	},
	{
		key: 'clearance',
		kind: 'borrowed',
		values: (n) => ({ value: n.duration(CUSHION_DEFAULTS.eliminationHalfLife_min) }),
		refs: ['tnf-kinetics-1994']
	},
	{ key: 'production', kind: 'choice' },
	{ key: 'compartment', kind: 'choice' }
]);
