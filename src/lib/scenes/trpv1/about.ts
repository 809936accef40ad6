import {
	BLOCK_COMPLETE_mV,
	BLOCK_ONSET_mV,
	FIRING_THRESHOLD_mV,
	ghk,
	HYPOTHETICAL_DEXTROSE_BLOCK,
	MAMMALIAN,
	MAMMALIAN_PERMEABILITY,
	MAX_DENSITY,
	MAX_FIRING_RATE_Hz,
	nernst,
	NOCICEPTOR,
	SENSITISED_ENDING,
	trpv1Response
} from '$lib/physiology';
import { defineAbout } from '../about';

/** The lowest temperature, to 0.1 °C, at which the model's pain-free ending fires. */
function healthyHeatThreshold_C(): number {
	let low = 37;
	let high = 50;
	while (high - low > 0.05) {
		const mid = (low + high) / 2;
		if (trpv1Response({ stimulus: { heat_C: mid } }).firingRate_Hz > 0) high = mid;
		else low = mid;
	}
	return high;
}

/** What the TRPV1 figure assumes (model.md, "What each figure assumes"). */
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
		key: 'heat',
		kind: 'choice',
		values: (n) => ({ value: n.unit(healthyHeatThreshold_C(), '°C', 1) }),
		refs: ['caterina-1997']
	},
	{
		key: 'density',
		kind: 'choice',
		values: (n) => ({ value: n.percent(MAX_DENSITY - 1) }),
		refs: ['huang-2006']
	},
	{
		key: 'sensitised',
		kind: 'choice',
		// the heat half-activation moves 6 °C at full sensitisation (trpv1.ts)
		values: (n) => ({ value: n.unit(6 * SENSITISED_ENDING.sensitisation, '°C', 1) })
	},
	{ key: 'firing', kind: 'choice', values: (n) => ({ value: n.unit(MAX_FIRING_RATE_Hz, 'Hz') }) },
	{
		key: 'block',
		kind: 'choice',
		values: (n) => ({ onset: n.mV(BLOCK_ONSET_mV), complete: n.mV(BLOCK_COMPLETE_mV) })
	},
	{ key: 'hypothesis', kind: 'choice', values: (n) => ({ value: n.percent(HYPOTHETICAL_DEXTROSE_BLOCK) }) }
]);
