import {
	FIRING_THRESHOLD_mV,
	ghk,
	MAMMALIAN,
	MAMMALIAN_PERMEABILITY,
	nernst,
	NOCICEPTOR
} from '$lib/physiology';
import { defineAbout } from './about';

/**
 * What the TRPV1 and K2P figures assume of the nerve ending at rest, the same in both (model.md, "What each
 * figure assumes"): its resting potential, its chloride and its firing threshold. Each figure's catalogue has
 * its own words for them (about.rest, about.chloride, about.threshold).
 */
export const endingAtRest = defineAbout([
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
	{ key: 'threshold', kind: 'choice', values: (n) => ({ value: n.mV(FIRING_THRESHOLD_mV) }) }
]);
