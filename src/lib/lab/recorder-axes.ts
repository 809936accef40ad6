import type { Run } from './lab.svelte';
import type { LabKey } from './state';
import { nernstAt, REFERENCE_ION, type Sweep } from './sweep';

/**
 * The recorder chart's axes (RecorderChart.svelte): the swept value's range across the runs shown, and the
 * voltages rounded out to 20 mV, from every run's Vm and the sweep's Nernst line (its swept value's ion's,
 * REFERENCE_ION: E_Na for a Na⁺ sweep, +67 mV, far above every Vm). Pure, so a chart can keep the
 * same axes object while a new run fits inside them (sameAxes).
 */
export interface RecorderAxes {
	key: LabKey;
	log: boolean;
	xmin: number;
	xmax: number;
	ymin: number;
	ymax: number;
}

export function recorderAxes(runs: readonly Run[], shown: Sweep): RecorderAxes {
	const { key, log } = shown;
	const sweeps = runs.length ? runs.map((run) => run.sweep) : [shown];
	const xs = sweeps.flatMap((sweep) => [sweep.from, sweep.to]);
	const xmin = Math.min(...xs);
	const xmax = Math.max(...xs);
	const ys = [
		...sweeps.flatMap((sweep) => sweep.data.map((p) => p.vm_mV)),
		...shown.data.map((p) => nernstAt(p, REFERENCE_ION[key]))
	];
	const ymin = Math.floor(Math.min(...ys) / 20) * 20;
	const ymax = Math.max(ymin + 20, Math.ceil(Math.max(...ys) / 20) * 20);
	return { key, log, xmin, xmax: xmax > xmin ? xmax : xmin + 1, ymin, ymax };
}

export const sameAxes = (a: RecorderAxes, b: RecorderAxes) =>
	(Object.keys(a) as (keyof RecorderAxes)[]).every((k) => a[k] === b[k]);

/** Where a swept value falls across the plot, 0 → 1 (on a log scale for a log sweep). */
export function axisShare(axes: RecorderAxes, x: number): number {
	return axes.log
		? (Math.log10(x) - Math.log10(axes.xmin)) / (Math.log10(axes.xmax) - Math.log10(axes.xmin))
		: (x - axes.xmin) / (axes.xmax - axes.xmin);
}
