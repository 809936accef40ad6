import { describe, expect, it } from 'vitest';
import { runsFromText, runsToText } from '$lib/lab/kept-runs';
import { LabController } from '$lib/lab/lab.svelte';

// The recorder's runs through a reload: what each asked is kept, and swept again to the same numbers; a text
// changed by hand never puts a value the lab refuses on screen.
describe('the runs kept through a reload', () => {
	it('come back as they were recorded, point for point, and the next run takes the next number', () => {
		const lab = new LabController();
		lab.set({ pNa: 0.1 });
		lab.record({ key: 'Ko', from: 1, to: 100, points: 61, log: true });
		lab.setPump(true);
		lab.record({ key: 'Ko', from: 2, to: 50, points: 61, log: false });
		const back = runsFromText(runsToText(lab.runs));
		expect(back).toEqual(lab.runs);
		const again = new LabController();
		again.restore(back);
		expect(again.record({ key: 'Ko', from: 1, to: 10, points: 61, log: true }).n).toBe(3);
	});

	it('keep the preset a run was recorded from (its legend names it), and only if the run held its values', () => {
		const lab = new LabController();
		lab.choose('squid');
		lab.record({ key: 'Ko', from: 1, to: 100, points: 61, log: true });
		lab.set({ pNa: 0.1 });
		lab.record({ key: 'Ko', from: 1, to: 100, points: 61, log: true });
		expect(lab.runs.map((run) => run.preset)).toEqual(['squid', undefined]);
		expect(runsFromText(runsToText(lab.runs))).toEqual(lab.runs);
		// a text changed by hand: a preset whose values the run did not hold is not believed
		const text = runsToText(lab.runs).replace('"preset":"squid"', '"preset":"neuron"');
		expect(runsFromText(text).map((run) => run.preset)).toEqual([undefined, undefined]);
	});

	it('leave out what cannot be read, and make every value valid again', () => {
		expect(runsFromText('not json')).toEqual([]);
		expect(runsFromText(null)).toEqual([]);
		const [run] = runsFromText(
			JSON.stringify([
				{
					n: 1,
					style: 0,
					key: 'T',
					from: -40,
					to: 500,
					points: 61,
					log: false,
					pump: 'yes',
					base: { Ko: 'abc' }
				},
				{ n: 2, style: 9, key: 'T', from: 0, to: 50, points: 61, log: false, pump: false, base: {} }
			])
		);
		expect(run!.sweep.from).toBe(0);
		expect(run!.sweep.to).toBe(50);
		expect(run!.sweep.pump).toBe(false);
		expect(run!.sweep.base.Ko).toBe(5);
		expect(run!.sweep.data.every((p) => Number.isFinite(p.vm_mV))).toBe(true);
		expect(runsFromText(JSON.stringify([{ n: 2, style: 9, key: 'T', base: {} }]))).toEqual([]);
	});
});
