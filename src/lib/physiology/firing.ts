// A firing-rate read-out shared by the TRPV1 and K2P models: how far a steady depolarisation sits above
// the firing threshold, turned into spikes per second, and how a membrane held too depolarised falls
// silent. A rate model, not a spiking one (model.md).
import { inRange } from './check';
import { FIRING_THRESHOLD_mV } from './constants';

/**
 * Highest sustained rate of the model nociceptor, Hz. Model choice: C-fibre nociceptors seldom sustain
 * more than a few tens of Hz (textbook order of magnitude, not in science.md).
 */
export const MAX_FIRING_RATE_Hz = 40;
/** How many mV above threshold bring the rate to 63 % of its maximum. Model choice. */
export const FIRING_RATE_SCALE_mV = 10;

/**
 * Depolarisation block: a membrane held depolarised inactivates its Na⁺ channels, so it fires less and
 * then not at all (textbook). Nociceptors rely on Nav1.8, a TTX-resistant channel whose inactivation is
 * half-complete only near −30 mV (Catterall et al. 2005, Pharmacol Rev 57:397, IUPHAR Nav1.8 entry), which
 * lets them fire when depolarised. Model choice inside that picture: the rate starts to fall above −35 mV
 * and is zero from −15 mV. A single-compartment model: real fibres start their spikes further along, where
 * the depolarisation is smaller, so they can keep firing at stimuli that block this model ending (model.md).
 */
export const BLOCK_ONSET_mV = -35;
export const BLOCK_COMPLETE_mV = -15;

/** Share of the firing a depolarisation block leaves at `vm_mV`: 1 up to −35 mV, 0 from −15 mV. */
export function unblockedShare(vm_mV: number): number {
	return Math.min(1, Math.max(0, (BLOCK_COMPLETE_mV - vm_mV) / (BLOCK_COMPLETE_mV - BLOCK_ONSET_mV)));
}

/**
 * The rate a depolarisation alone would drive, Hz, before any block takes its share: 0 at or below the
 * threshold, then r = r_max·(1 − e^(−(Vm − V_thr)/s)), which rises steeply just above threshold. Never
 * above r_max. A caption says it while the block is partial ("31 where 40 would go").
 * Throws RangeError unless vm_mV and threshold_mV are finite numbers in [−200, 200] mV.
 */
export function drivenRate_Hz(vm_mV: number, threshold_mV = FIRING_THRESHOLD_mV): number {
	inRange('drivenRate_Hz', 'vm_mV', vm_mV, -200, 200, 'mV');
	inRange('drivenRate_Hz', 'threshold_mV', threshold_mV, -200, 200, 'mV');
	if (vm_mV <= threshold_mV) return 0;
	return MAX_FIRING_RATE_Hz * (1 - Math.exp(-(vm_mV - threshold_mV) / FIRING_RATE_SCALE_mV));
}

/**
 * Firing rate, Hz, of a neuron held at `vm_mV`: the driven rate times the share a depolarisation block
 * leaves (falling from −35 mV, silent from −15 mV). Throws as drivenRate_Hz does.
 */
export function firingRate_Hz(vm_mV: number, threshold_mV = FIRING_THRESHOLD_mV): number {
	return drivenRate_Hz(vm_mV, threshold_mV) * unblockedShare(vm_mV);
}

/**
 * How far the depolarisation block has gone at `vm_mV`: `none` up to −35 mV; `partial` between, where the
 * ending still fires but less than its depolarisation alone would make it; `complete` from −15 mV, silent.
 * A caption must not call an ending "blocked" while it fires more than before.
 */
export function blockStage(vm_mV: number): 'none' | 'partial' | 'complete' {
	if (vm_mV <= BLOCK_ONSET_mV) return 'none';
	return vm_mV < BLOCK_COMPLETE_mV ? 'partial' : 'complete';
}
