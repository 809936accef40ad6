import { describe, expect, it } from 'vitest';
import { axisShare, recorderAxes, sameAxes } from '$lib/lab/recorder-axes';
import { NEURON } from '$lib/lab/state';
import { runSweep } from '$lib/lab/sweep';

// The recorder's axes: they hold every run shown and the sweep's E_K, rounded out to 20 mV, and stay the
// same object's worth (sameAxes) when a new run fits inside them.
const sweep = (from: number, to: number, log = false) =>
	runSweep(NEURON, false, { key: 'Ko', from, to, points: 21, log });
const run = (n: number, from: number, to: number) => ({ n, style: n - 1, sweep: sweep(from, to) });

describe('recorderAxes', () => {
	it('spans the sweep shown when nothing is recorded, with voltages on 20 mV bounds holding Vm and E_K', () => {
		const shown = sweep(2, 20);
		const axes = recorderAxes([], shown);
		expect([axes.xmin, axes.xmax]).toEqual([2, 20]);
		expect(Math.abs(axes.ymin % 20)).toBe(0);
		expect(Math.abs(axes.ymax % 20)).toBe(0);
		for (const p of shown.data) {
			expect(p.vm_mV).toBeGreaterThanOrEqual(axes.ymin);
			expect(p.eK_mV).toBeLessThanOrEqual(axes.ymax);
		}
	});

	it('spans every recorded run, not the sweep the button would record next', () => {
		const axes = recorderAxes([run(1, 2, 20), run(2, 5, 60)], sweep(1, 3));
		expect([axes.xmin, axes.xmax]).toEqual([2, 60]);
	});

	it('is the same when a run fits inside, and different when one widens it', () => {
		const shown = sweep(2, 60);
		const first = recorderAxes([run(1, 2, 60)], shown);
		expect(sameAxes(first, recorderAxes([run(1, 2, 60), run(2, 5, 40)], shown))).toBe(true);
		expect(sameAxes(first, recorderAxes([run(1, 2, 60), run(2, 2, 100)], shown))).toBe(false);
	});

	it.each([
		[false, 11, 0.5],
		[true, 10, 0.5],
		[false, 1, 0],
		[true, 100, 1]
	])('places a value along the plot (log: %s): %d at %d', (log, x, share) => {
		const axes = recorderAxes([], sweep(1, log ? 100 : 21, log));
		expect(axisShare(axes, x)).toBeCloseTo(share, 9);
	});
});
