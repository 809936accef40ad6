import {
	FACILITATED_PERMEABILITY,
	FIRING_THRESHOLD_mV,
	ghk,
	k2pState,
	MAMMALIAN,
	MAMMALIAN_PERMEABILITY,
	MAX_ADDED_K_PERMEABILITY,
	MAX_FIRING_RATE_Hz,
	nernst,
	NOCICEPTOR,
	REST_TIME_CONSTANT_ms
} from '$lib/physiology';
import { defineAbout } from '../about';

/** What the K2P figure assumes (model.md, "What each figure assumes"). */
export const about = defineAbout([
	{ key: 'rest', kind: 'choice', values: (n) => ({ value: n.mV(ghk(MAMMALIAN_PERMEABILITY, MAMMALIAN)) }) },
	{
		// a central neuron's chloride (7 mM inside), not a nociceptor's (25–40 mM; science.md A1): said, not changed
		key: 'chloride',
		kind: 'borrowed',
		values: (n) => ({
			inside: n.mM(MAMMALIAN.Cl.inside_mM),
			eCl: n.mV(nernst(-1, MAMMALIAN.Cl.outside_mM, MAMMALIAN.Cl.inside_mM)),
			eClNociceptor: n.mV(nernst(-1, NOCICEPTOR.Cl.outside_mM, NOCICEPTOR.Cl.inside_mM)),
			nociceptorInside: n.mM(NOCICEPTOR.Cl.inside_mM),
			vmNociceptor: n.mV(ghk(MAMMALIAN_PERMEABILITY, NOCICEPTOR))
		})
	},
	{ key: 'threshold', kind: 'choice', values: (n) => ({ value: n.mV(FIRING_THRESHOLD_mV) }) },
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
