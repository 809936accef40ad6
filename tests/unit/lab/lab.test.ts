import { describe, expect, it } from 'vitest';
import { ghk, nernst } from '$lib/physiology';
import { runsToCsv, CSV_COLUMNS, csvHeader, fileName } from '$lib/lab/export';
import { labReadout } from '$lib/lab/model';
import { PUMP_ELECTROGENIC_SHARE_mV } from '$lib/physiology';
import { NEURON, PRESETS, safeState } from '$lib/lab/state';
import { runSweep, sweepValues } from '$lib/lab/sweep';
import { linearTicks, logTicks } from '$lib/lab/ticks';
import { labCatalogue, labNumber } from '$lib/lab/words';
import { placeholders } from '$lib/i18n/format';

// The lab shows the physiology module's numbers (science.md A1), and its recorder records exactly them.

describe('the lab’s presets give the textbook values (science.md A1, to 0.1 mV)', () => {
	it('mammalian neuron: E_K −89.1, E_Na +66.6, E_Cl −73.6, GHK rest −67.2 mV', () => {
		const r = labReadout(NEURON);
		expect(r.ions.K.e_mV).toBeCloseTo(-89.1, 1);
		expect(r.ions.Na.e_mV).toBeCloseTo(66.6, 1);
		expect(r.ions.Cl.e_mV).toBeCloseTo(-73.6, 1);
		expect(r.vm_mV).toBeCloseTo(-67.2, 1);
	});
	it('squid axon at 20 °C: −59.9 mV; TRPV1 opened (pNa + 0.10): −49.6; outside K⁺ 10 mM: −59.7', () => {
		expect(labReadout(PRESETS.squid).vm_mV).toBeCloseTo(-59.9, 1);
		expect(labReadout(PRESETS['trpv1-open']).vm_mV).toBeCloseTo(-49.6, 1);
		expect(labReadout(PRESETS['hyperkalaemia-10']).vm_mV).toBeCloseTo(-59.7, 1);
	});
	it('hyperkalaemia depolarises: 3 → 5 → 10 mM outside K⁺ raises Vm each time', () => {
		const [a, b, c] = (['hyperkalaemia-3', 'hyperkalaemia-5', 'hyperkalaemia-10'] as const).map(
			(id) => labReadout(PRESETS[id]).vm_mV
		);
		expect(a).toBeLessThan(b!);
		expect(b).toBeLessThan(c!);
	});
	it('the facilitated ending sits just above the −55 mV threshold (≈ −53 mV); opening K2P as the K2P figure does takes it below rest, towards E_K', () => {
		expect(labReadout(PRESETS.facilitated).vm_mV).toBeCloseTo(-53, 0);
		const open = labReadout(PRESETS['k2p-open']);
		expect(open.vm_mV).toBeLessThan(-70);
		expect(open.vm_mV).toBeGreaterThan(open.ions.K.e_mV);
	});
	it('the pump toggle adds exactly its fixed share, a few mV of hyperpolarisation, and nothing else', () => {
		const off = labReadout(NEURON);
		const on = labReadout(NEURON, true);
		expect(on.vm_mV - off.vm_mV).toBe(PUMP_ELECTROGENIC_SHARE_mV);
		expect(PUMP_ELECTROGENIC_SHARE_mV).toBeGreaterThanOrEqual(-5);
		expect(PUMP_ELECTROGENIC_SHARE_mV).toBeLessThanOrEqual(-3);
		expect(on.ions.K.e_mV).toBe(off.ions.K.e_mV);
	});
	it('driving forces: K⁺ leaves, Na⁺ enters and Cl⁻ enters a resting neuron (Vm above E_Cl)', () => {
		const r = labReadout(NEURON);
		expect(r.ions.K).toMatchObject({ flow: 'out' });
		expect(r.ions.K.drivingForce_mV).toBeCloseTo(-67.2 + 89.1, 0);
		expect(r.ions.Na.flow).toBe('in');
		expect(r.ions.Cl.flow).toBe('in');
	});
	it('says an ion does not move where it has no open channel, or where its driving force shows as 0.0 mV', () => {
		expect(labReadout({ ...NEURON, pNa: 0 }).ions.Na.flow).toBe('closed');
		expect(labReadout({ ...NEURON, pCl: 0 }).ions.Cl.flow).toBe('closed');
		// Cl⁻ inside 9.58 mM: E_Cl −65.235 and Vm −65.226 mV, both written −65.2 mV: "0.0 mV", no movement
		const near = labReadout({ ...NEURON, Cli: 9.58 });
		expect(near.ions.Cl.e_mV).not.toBe(near.vm_mV);
		expect(near.ions.Cl.drivingForce_mV).toBe(0);
		expect(near.ions.Cl.flow).toBe('none');
		// 9.56 mM: only 0.05 mV apart, but written −65.2 and −65.3 mV: the table says +0.1 mV, and Cl⁻ enters
		const apart = labReadout({ ...NEURON, Cli: 9.56 });
		expect(apart.ions.Cl.drivingForce_mV).toBe(0.1);
		expect(apart.ions.Cl.flow).toBe('in');
		expect(labReadout({ ...NEURON, Cli: 9 }).ions.Cl.flow).toBe('in');
	});
	it('gives the driving force a student finds by subtracting the E shown from the Vm shown', () => {
		// the resting neuron's Cl⁻: Vm −67.17, E_Cl −73.62 mV, written −67.2 and −73.6: +6.4 mV, not +6.5 (6.45
		// rounded); the facilitated ending's K⁺: −53.15 and −89.06, written −53.1 and −89.1: +36.0, not +35.9
		const n = labNumber('en');
		const cases = [
			[labReadout(NEURON), 'Cl', '+6.4\u00a0mV'],
			[labReadout(PRESETS.facilitated), 'K', '+36.0\u00a0mV']
		] as const;
		for (const [readout, ion, written] of cases) {
			expect(n.signedMV(readout.ions[ion].drivingForce_mV)).toBe(written);
			const shownVm = Number(
				n
					.mV(readout.vm_mV)
					.replace('−', '-')
					.replace(/[^\d.+-]/g, '')
			);
			const shownE = Number(
				n
					.mV(readout.ions[ion].e_mV)
					.replace('−', '-')
					.replace(/[^\d.+-]/g, '')
			);
			expect(n.signedMV(shownVm - shownE)).toBe(written);
		}
		// and every preset, with and without the pump, in both languages
		for (const lang of ['en', 'fr'] as const) {
			const w = labNumber(lang);
			const read = (text: string) =>
				Number(
					text
						.replace('−', '-')
						.replace(',', '.')
						.replace(/[^\d.+-]/g, '')
				);
			for (const state of Object.values(PRESETS))
				for (const pump of [false, true]) {
					const r = labReadout(state, pump);
					for (const ion of ['K', 'Na', 'Cl'] as const)
						expect(w.signedMV(r.ions[ion].drivingForce_mV)).toBe(
							w.signedMV(read(w.mV(r.vm_mV)) - read(w.mV(r.ions[ion].e_mV)))
						);
				}
		}
	});
	it('never shows NaN: any numbers are first made safe', () => {
		const { state, notes } = safeState({ ...NEURON, Ko: Number.NaN, pK: 0, pNa: 0, pCl: 0, T: 400 });
		expect(notes.map((n) => n.kind)).toEqual(['not-a-number', 'too-high', 'no-permeability']);
		expect(Number.isFinite(labReadout(state).vm_mV)).toBe(true);
	});
});

describe('the recorder’s sweep', () => {
	it('equals the model at each point: Vm from ghk and E_K from nernst, the swept value aside', () => {
		const sweep = runSweep(NEURON, false, { key: 'Ko', from: 1, to: 100, points: 61, log: true });
		expect(sweep.data).toHaveLength(61);
		for (const p of sweep.data) {
			const c = {
				K: { outside_mM: p.x, inside_mM: 140 },
				Na: { outside_mM: 145, inside_mM: 12 },
				Cl: { outside_mM: 110, inside_mM: 7 }
			};
			expect(p.vm_mV).toBe(ghk({ K: 1, Na: 0.05, Cl: 0.45 }, c, 37));
			expect(p.eK_mV).toBe(nernst(1, p.x, 140, 37));
		}
	});
	it('steps evenly in log10 on a log axis: 1 to 100 mM in 3 points is 1, 10, 100', () => {
		expect(
			sweepValues({ key: 'Ko', from: 1, to: 100, points: 3, log: true }).map((v) => +v.toPrecision(12))
		).toEqual([1, 10, 100]);
		expect(sweepValues({ key: 'T', from: 0, to: 40, points: 5, log: false })).toEqual([0, 10, 20, 30, 40]);
	});
	it('shows the Hodgkin–Katz bend: Vm follows the Nernst slope only at high outside K⁺', () => {
		const { data } = runSweep(NEURON, false, { key: 'Ko', from: 1, to: 100, points: 3, log: true });
		const gap = data.map((p) => p.vm_mV - p.eK_mV);
		expect(gap[0]).toBeGreaterThan(gap[2]!);
		expect(gap[2]).toBeLessThan(10);
	});
	it('holds a request inside the ranges: ends clamped, 2–201 points, no log axis through 0', () => {
		const sweep = runSweep(NEURON, false, { key: 'pNa', from: -1, to: 99, points: 1000, log: true });
		expect(sweep).toMatchObject({ from: 0, to: 10, points: 201, log: false });
		expect(sweep.data.every((p) => Number.isFinite(p.vm_mV))).toBe(true);
	});
	it('leaves out the end where every permeability is 0, a state the lab refuses, instead of a row no formula gives', () => {
		const onlyK = { ...NEURON, pNa: 0, pCl: 0 };
		const { data } = runSweep(onlyK, false, { key: 'pK', from: 0, to: 10, points: 11, log: false });
		expect(data.map((p) => p.x)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		// with K⁺ the only open path, Vm is E_K at every point
		for (const p of data) expect(p.vm_mV).toBeCloseTo(p.eK_mV, 9);
	});
	it.each([
		['en', ',', '.'],
		['fr', ';', ',']
	] as const)(
		'exports a CSV in %s (“%s” between fields, decimal “%s”) whose every row recomputes to its own Vm and E_K',
		(lang, separator, decimal) => {
			const sweep = runSweep(PRESETS.squid, true, { key: 'Ko', from: 1, to: 100, points: 5, log: true });
			const text = runsToCsv([{ label: '1', sweep }], lang);
			const lines = text.split('\n').slice(0, -1);
			// the names in the page's language, each with its unit, the permeabilities said to be relative
			const header = {
				fr: 'essai;grandeur variée;K⁺ ext. (mM);K⁺ int. (mM);Na⁺ ext. (mM);Na⁺ int. (mM);Cl⁻ ext. (mM);Cl⁻ int. (mM);pK (relative);pNa (relative);pCl (relative);T (°C);part de la pompe (mV);Vm (mV);E_K (mV);E_Na (mV);E_Cl (mV)',
				en: 'run,quantity varied,K⁺ out. (mM),K⁺ in. (mM),Na⁺ out. (mM),Na⁺ in. (mM),Cl⁻ out. (mM),Cl⁻ in. (mM),pK (relative),pNa (relative),pCl (relative),T (°C),pump share (mV),Vm (mV),E_K (mV),E_Na (mV),E_Cl (mV)'
			}[lang];
			// one header row, after the byte-order mark that makes a spreadsheet read it as UTF-8
			expect(lines[0]).toBe(`\uFEFF${header}`);
			expect(csvHeader(lang).join(separator)).toBe(header);
			expect(lines).toHaveLength(6);
			for (const line of lines.slice(1)) {
				const fields = line.split(separator);
				expect(fields).toHaveLength(CSV_COLUMNS.length);
				// a French spreadsheet reads "0,05" as a number, and would read "0.05" as text
				for (const field of fields.slice(2)) expect(field).not.toContain(decimal === ',' ? '.' : ',');
				const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, fields[i]!]));
				const n = (key: string) => Number(row[key]!.replace(decimal, '.'));
				// the swept value's column, named as in the header
				expect(row.swept).toBe(lang === 'fr' ? 'K⁺ ext. (mM)' : 'K⁺ out. (mM)');
				const c = {
					K: { outside_mM: n('Ko'), inside_mM: n('Ki') },
					Na: { outside_mM: n('Nao'), inside_mM: n('Nai') },
					Cl: { outside_mM: n('Clo'), inside_mM: n('Cli') }
				};
				// to 6 significant digits: a row still recomputes to its Vm and E_K within a hundredth of a mV
				expect(n('Vm')).toBeCloseTo(
					ghk({ K: n('pK'), Na: n('pNa'), Cl: n('pCl') }, c, n('T')) + n('pump'),
					2
				);
				expect(n('EK')).toBeCloseTo(nernst(1, n('Ko'), n('Ki'), n('T')), 2);
				for (const key of ['Vm', 'EK', 'Ko'])
					expect(row[key]!.replace(/^-|0[.,]0*|[.,]/g, '').length).toBeLessThanOrEqual(6);
			}
			expect(lines.slice(1).map((line) => line.split(separator)[2])).toEqual([
				'1',
				`3${decimal}16228`,
				'10',
				`31${decimal}6228`,
				'100'
			]);
		}
	);
	it('names each file after the value swept, in the page’s language', () => {
		expect(fileName(labCatalogue.en.recorderFileName, 'Ko', 'csv')).toBe('membrane-lab-Ko_mM.csv');
		expect(fileName(labCatalogue.fr.recorderFileName, 'T', 'svg')).toBe('labo-membranaire-T_C.svg');
		expect(fileName(labCatalogue.en.recorderFileName, 'pNa', 'svg')).toBe('membrane-lab-pNa.svg');
	});
	it('labels its axes with round ticks', () => {
		expect(logTicks(1, 100)).toEqual([1, 2, 5, 10, 20, 50, 100]);
		expect(linearTicks(-100, 0, 5)).toEqual([-100, -80, -60, -40, -20, 0]);
	});
});

describe('the lab’s catalogue', () => {
	it('has the same keys and placeholders in French and English, none empty', () => {
		const { fr, en } = labCatalogue;
		expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
		for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
			expect(fr[key].trim()).not.toBe('');
			expect(placeholders(en[key])).toEqual(placeholders(fr[key]));
		}
	});
});
