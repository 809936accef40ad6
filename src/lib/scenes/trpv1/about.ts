import {
	BLOCK_COMPLETE_mV,
	BLOCK_ONSET_mV,
	HYPOTHETICAL_DEXTROSE_BLOCK,
	MAX_DENSITY,
	MAX_FIRING_RATE_Hz,
	SENSITISED_ENDING,
	trpv1Response
} from '$lib/physiology';
import { defineAbout } from '../about';
import { endingAtRest } from '../ending-at-rest';

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
	...endingAtRest,
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
