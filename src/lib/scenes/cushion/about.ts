import { ABSORPTION_HALF_LIVES_min, CUSHION_DEFAULTS, CUSHION_LIMITS } from '$lib/physiology';
import { defineAbout } from '../about';
import { SPREAD_BEYOND_mL } from './model';

const LARGEST_mL = CUSHION_LIMITS.bolus_mL[1];
const { interstitial_mL } = CUSHION_DEFAULTS;

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
		// a value picked for "stays for several hours": the pig study gives no half-life
		key: 'absorptionPigs',
		kind: 'choice',
		values: (n) => ({ value: n.duration(ABSORPTION_HALF_LIVES_min.pigs) }),
		refs: ['koulakis-2020']
	},
	{
		// chosen between TNF-α's two phases in human blood (5.1 and 49 min; science.md D): none is 30 min
		key: 'clearance',
		kind: 'choice',
		values: (n) => ({ value: n.duration(CUSHION_DEFAULTS.eliminationHalfLife_min) }),
		refs: ['tnf-kinetics-1994']
	},
	{ key: 'production', kind: 'choice' },
	{ key: 'compartment', kind: 'choice' },
	{
		// every bolus joins the same 5 mL, so 500 mL reads as a hundredfold dilution; a real one spreads (D)
		key: 'spread',
		kind: 'choice',
		values: (n) => ({
			fluid: n.mL(interstitial_mL),
			beyond: n.mL(SPREAD_BEYOND_mL),
			largest: n.mL(LARGEST_mL),
			factor: n.fixed((interstitial_mL + LARGEST_mL) / interstitial_mL)
		}),
		refs: ['koulakis-2020']
	}
]);
