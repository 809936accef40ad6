import {
	FACILITATED_PERMEABILITY,
	k2pState,
	MAMMALIAN_PERMEABILITY,
	MAX_ADDED_K_PERMEABILITY,
	MAX_FIRING_RATE_Hz,
	REST_TIME_CONSTANT_ms
} from '$lib/physiology';
import { defineAbout } from '../about';
import { endingAtRest } from '../ending-at-rest';

/** What the K2P figure assumes (model.md, "What each figure assumes"). */
export const about = defineAbout([
	...endingAtRest,
	{
		key: 'facilitated',
		kind: 'choice',
		values: (n) => ({ value: n.percent(FACILITATED_PERMEABILITY.K / MAMMALIAN_PERMEABILITY.K) }),
		refs: ['alloui-2006']
	},
	{
		key: 'facilitatedVm',
		kind: 'choice',
		values: (n) => ({
			value: n.mV(k2pState({ openFraction: 0, permeability: FACILITATED_PERMEABILITY }).vm_mV)
		})
	},
	{ key: 'opening', kind: 'choice', values: (n) => ({ value: n.upTo(MAX_ADDED_K_PERMEABILITY, 1) }) },
	{ key: 'timeConstant', kind: 'choice', values: (n) => ({ value: n.unit(REST_TIME_CONSTANT_ms, 'ms') }) },
	{ key: 'firing', kind: 'choice', values: (n) => ({ value: n.unit(MAX_FIRING_RATE_Hz, 'Hz') }) }
]);
