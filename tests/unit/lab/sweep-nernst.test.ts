import { describe, expect, it } from 'vitest';
import { csvHeader, runsToCsv } from '$lib/lab/export';
import { labReadout } from '$lib/lab/model';
import { recorderAxes } from '$lib/lab/recorder-axes';
import { LAB_KEYS, LAB_RANGES, NEURON, type LabKey } from '$lib/lab/state';
import { nernstAt, REFERENCE_ION, runSweep, stateAt } from '$lib/lab/sweep';

// A student's review: sweeping Na⁺ outside, she expected Vm to approach E_Na, but the recorder drew E_K and its
// file held E_K only. Each point now carries the three Nernst potentials; the chart draws the swept value's ion's.
const sweepOf = (key: LabKey, pump = false) => {
	const { min, max, log } = LAB_RANGES[key];
	return runSweep(NEURON, pump, { key, from: log ? 1 : min, to: log ? 300 : max, points: 21, log });
};

describe('the recorder’s Nernst potentials', () => {
	it.each(LAB_KEYS)(
		'gives at every point of a %s sweep the E_K, E_Na and E_Cl the lab shows there',
		(key) => {
			const sweep = sweepOf(key, true);
			for (const point of sweep.data) {
				const { ions } = labReadout(stateAt(NEURON, key, point.x), true);
				expect([point.eK_mV, point.eNa_mV, point.eCl_mV]).toEqual([ions.K.e_mV, ions.Na.e_mV, ions.Cl.e_mV]);
			}
		}
	);

	it('draws the swept value’s own ion’s: E_K for K⁺ and temperature, E_Na for Na⁺, E_Cl for Cl⁻', () => {
		expect(LAB_KEYS.map((key) => `${key}:${REFERENCE_ION[key]}`)).toEqual([
			'Ko:K',
			'Ki:K',
			'Nao:Na',
			'Nai:Na',
			'Clo:Cl',
			'Cli:Cl',
			'pK:K',
			'pNa:Na',
			'pCl:Cl',
			'T:K'
		]);
		const point = sweepOf('Nao').data[0]!;
		expect(nernstAt(point, 'Na')).toBe(point.eNa_mV);
		expect(nernstAt(point, 'Cl')).toBe(point.eCl_mV);
		expect(nernstAt(point, 'K')).toBe(point.eK_mV);
	});

	it.each(['Nao', 'Nai', 'pNa', 'Clo', 'Cli', 'Ko'] as const)(
		'keeps the whole Nernst line of a %s sweep inside the voltage axis',
		(key) => {
			const sweep = sweepOf(key);
			const axes = recorderAxes([{ n: 1, style: 0, sweep }], sweep);
			for (const point of sweep.data) {
				const e = nernstAt(point, REFERENCE_ION[key]);
				expect(e).toBeGreaterThanOrEqual(axes.ymin);
				expect(e).toBeLessThanOrEqual(axes.ymax);
			}
		}
	);

	it('exports E_Na and E_Cl after the columns the file had, named in the page’s language with their unit', () => {
		expect(csvHeader('en').slice(-5)).toEqual([
			'pump share (mV)',
			'Vm (mV)',
			'E_K (mV)',
			'E_Na (mV)',
			'E_Cl (mV)'
		]);
		expect(csvHeader('fr').slice(-3)).toEqual(['E_K (mV)', 'E_Na (mV)', 'E_Cl (mV)']);
		const sweep = runSweep(NEURON, false, { key: 'Nao', from: 145, to: 145.5, points: 2, log: false });
		const [header, first] = runsToCsv([{ label: 'Run 1', sweep }], 'en')
			.trim()
			.split('\n');
		expect(header!.split(',')).toHaveLength(17);
		// the neuron at 145 mM Na⁺ outside: science.md A1's E_K −89.1, E_Na +66.6, E_Cl −73.6 mV
		const cells = first!.split(',');
		expect(cells[0]).toBe('Run 1');
		expect(cells[1]).toBe('Na⁺ out. (mM)');
		expect(Number(cells[14])).toBeCloseTo(-89.1, 1);
		expect(Number(cells[15])).toBeCloseTo(66.6, 1);
		expect(Number(cells[16])).toBeCloseTo(-73.6, 1);
		expect(Number(cells[13])).toBeCloseTo(-67.2, 1);
	});
});
