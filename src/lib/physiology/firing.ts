// A firing-rate read-out shared by the TRPV1 and K2P models: how far a steady depolarisation sits above
// the firing threshold, turned into spikes per second. A rate model, not a spiking one (model.md).
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
 * Firing rate, Hz, of a neuron held at `vm_mV`: 0 at or below the threshold, then
 * r = r_max·(1 − e^(−(Vm − V_thr)/s)), which rises steeply just above threshold and saturates.
 * It never decreases with Vm. Ignores Na⁺-channel inactivation (depolarisation block), so a strongly
 * depolarised cell keeps firing here where a real one may fall silent (model.md).
 * Throws RangeError unless vm_mV and threshold_mV are finite numbers in [−200, 200] mV.
 */
export function firingRate_Hz(vm_mV: number, threshold_mV = FIRING_THRESHOLD_mV): number {
	inRange('firingRate_Hz', 'vm_mV', vm_mV, -200, 200, 'mV');
	inRange('firingRate_Hz', 'threshold_mV', threshold_mV, -200, 200, 'mV');
	if (vm_mV <= threshold_mV) return 0;
	return MAX_FIRING_RATE_Hz * (1 - Math.exp(-(vm_mV - threshold_mV) / FIRING_RATE_SCALE_mV));
}
