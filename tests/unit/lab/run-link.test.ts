import fc from 'fast-check';
import jsQR from 'jsqr';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { readLabAddress, withoutRuns } from '$lib/lab/address';
import { LabController, type Run } from '$lib/lab/lab.svelte';
import { labKit } from '$lib/lab/share/kit';
import { readRuns, writeRuns } from '$lib/lab/share/run-link';
import { shareAddress, shareQuery } from '$lib/lab/share/share-address';
import { LAB_KEYS, LAB_RANGES, NEURON, type LabKey, type LabState } from '$lib/lab/state';

// The recorder's runs in a shared link (share/run-link.ts): a lecturer's three sweeps open on 120 phones as
// they were recorded, curves swept again from what each run asked; a link cut short, changed by hand or
// crafted gives what can be read, and says (in counts) what it left out.

/** a link's runs read against the case it opens: the neuron, unless said */
const read = (text: string, against: LabState = NEURON) => readRuns(text, against, labKit);
const write = (runs: readonly Run[], against: LabState = NEURON) => writeRuns(runs, against, labKit);
const sweep = { key: 'Ko', from: 1, to: 100, points: 61, log: true } as const;

/** The lecture's case: ten values set by hand, then outside K⁺ 1→100 mM at pNa 0.04, 0.1, 0.1 with the pump. */
function lecture() {
	const lab = new LabController();
	lab.set({ Ko: 4, Ki: 150, Nao: 140, Nai: 10, Clo: 120, Cli: 8, pK: 1, pNa: 0.04, pCl: 0.3, T: 36 });
	lab.record(sweep);
	lab.set({ pNa: 0.1 });
	lab.record(sweep);
	lab.setPump(true);
	lab.record(sweep);
	return lab;
}

/** The runs text of a whole address, as the lab reads it from the address. */
const runsOf = (address: string) => readLabAddress(new URL(address).search).runs!;

describe('a shared link’s runs', () => {
	it('come back as they were recorded, point for point: numbers, colours, cases, pump, scale', () => {
		const lab = new LabController();
		lab.choose('squid');
		lab.record(sweep);
		lab.choose('hyperkalaemia-5'); // the neuron's values, named by the other case
		lab.record({ ...sweep, from: 2, to: 50, log: false });
		lab.set({ pNa: 1e-7, T: 0 });
		lab.setPump(true);
		lab.record(sweep);
		lab.record(sweep);
		lab.record(sweep); // a fifth: run 1 goes, run 5 takes its colour
		expect(lab.runs.map((run) => [run.n, run.style])).toEqual([
			[2, 1],
			[3, 2],
			[4, 3],
			[5, 0]
		]);
		const text = write(lab.runs, lab.state);
		const back = read(text, lab.state);
		expect(back.runs).toEqual(lab.runs);
		expect(back).toMatchObject({ unreadable: 0, missing: 0, tooMany: 0, otherValue: 0, moved: [] });
		// a recorder that takes them up numbers its next run after them
		const phone = new LabController();
		phone.restore(back.runs);
		expect(phone.record(sweep).n).toBe(6);
	});

	it('round-trip any valid runs exactly (property)', () => {
		const value = (key: LabKey) =>
			fc.double({ min: LAB_RANGES[key].min, max: LAB_RANGES[key].max, noNaN: true });
		const state = fc.record(
			Object.fromEntries(LAB_KEYS.map((key) => [key, value(key)])) as never
		) as fc.Arbitrary<LabState>;
		const run = fc.record({
			state,
			pump: fc.boolean(),
			key: fc.constantFrom(...LAB_KEYS),
			ends: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
			log: fc.boolean()
		});
		fc.assert(
			fc.property(fc.array(run, { minLength: 1, maxLength: 4 }), (runs) => {
				const lab = new LabController();
				for (const { state: s, pump, key, ends, log } of runs) {
					fc.pre(s.pK > 0 || s.pNa > 0 || s.pCl > 0);
					const { min, max } = LAB_RANGES[key];
					const [from, to] = ends.map((t) => min + t * (max - min)) as [number, number];
					fc.pre(from !== to);
					lab.set(s);
					lab.setPump(pump);
					lab.record({ key, from, to, points: 61, log });
				}
				// against the case shown when shared, or any other (a link's case changed on the way)
				for (const against of [lab.state, NEURON]) {
					const back = read(write(lab.runs, against), against);
					expect(back.runs).toEqual(lab.runs);
					expect(back.unreadable + back.otherValue + back.tooMany + back.moved.length).toBe(0);
				}
			}),
			{ numRuns: 40 }
		);
	});

	it('three runs of the lecture add 56 characters to its link, whose QR code (version 10) reads back the same', () => {
		const lab = lecture();
		const address = shareAddress(
			{ origin: 'https://glucopuncture-hydrotomie.example.org', pathname: '/fr/labo/' },
			lab.state,
			lab.pump,
			lab.runs,
			labKit
		);
		// 181 characters with this 44-character origin, of which `&runs=…` 56: each run names what it held
		// otherwise than the case the link opens (ten values set by hand), here pNa 0.04 for run 1 alone
		expect(address.length).toBe(181);
		expect(runsOf(address)).toBe('1.3~Ko,1,100,pNa0.04,log~Ko,1,100,log~Ko,1,100,log.p');
		// the dialog's code (ShareDialog: error correction M, a quiet zone of 4 modules)
		const code = encode(address, { ecc: 'M', border: 4 });
		const version = (code.size - 8 - 17) / 4;
		expect(version).toBe(10);
		const scale = 4;
		const width = code.size * scale;
		const pixels = new Uint8ClampedArray(width * width * 4);
		for (let y = 0; y < width; y++)
			for (let x = 0; x < width; x++) {
				const dark = code.data[Math.floor(y / scale)]![Math.floor(x / scale)];
				pixels.set(dark ? [0, 0, 0, 255] : [255, 255, 255, 255], (y * width + x) * 4);
			}
		expect(jsQR(pixels, width, width)?.data).toBe(address);
		// the phone opens that case and those runs
		const opened = readLabAddress(new URL(address).search, 'fr');
		expect(opened.state).toEqual(lab.state);
		expect(opened.pump).toBe(true);
		expect(read(runsOf(address), opened.state).runs).toEqual(lab.runs);
	});

	it('leave out a run that cannot be read, and that run alone, and say how many', () => {
		const lab = lecture();
		const [one, two, three] = write(lab.runs, lab.state).split('~').slice(1);
		for (const broken of [two!.replace('Ko,', 'Kx,'), two!.replace('log', 'pNa0,1,log'), 'Appelez le 0800'])
			expect(read(['1.3', one, broken, three].join('~'), lab.state)).toMatchObject({
				runs: [lab.runs[0], lab.runs[2]],
				unreadable: 1
			});
		// markup, words, empty pieces, a key twice: nothing of it is read
		for (const piece of [
			'<script>',
			'Ko,1,100,log extra',
			'',
			'Ko,1,100,Ki5,Ki6,log',
			'Ko,,100,log',
			'Ko,1,100'
		])
			expect(read(`1.1~${piece}`)).toMatchObject({ runs: [], unreadable: 1 });
		expect(read('1.2~Ko,0x10,100,log~Ko,1,Infinity,log').unreadable).toBe(2);
	});

	it('leave out runs of a link cut short, and say the link was cut', () => {
		const text = write(lecture().runs, NEURON);
		// cut inside the last run: it ends in no scale, so it is not read as a shorter run
		const inside = read(text.slice(0, text.lastIndexOf(',')));
		expect(inside.runs.map((run) => run.n)).toEqual([1, 2]);
		expect(inside.unreadable).toBe(1);
		const between = read(text.slice(0, text.lastIndexOf('~')));
		expect(between.runs.map((run) => run.n)).toEqual([1, 2]);
		expect(between.missing).toBe(1);
	});

	it('keep the newest four of too many, each in a colour of its own', () => {
		const piece = (pNa: number) => `Ko,1,100,pNa${pNa},log`;
		const six = read(['1.6', ...[0.01, 0.02, 0.03, 0.04, 0.05, 0.06].map(piece)].join('~'));
		expect(six.runs.map((run) => [run.n, run.sweep.base.pNa])).toEqual([
			[3, 0.03],
			[4, 0.04],
			[5, 0.05],
			[6, 0.06]
		]);
		expect(six.tooMany).toBe(2);
		expect(new Set(six.runs.map((run) => run.style)).size).toBe(4);
		expect(six.runs.every((run) => run.style < 4)).toBe(true);
		// a thousand runs are not all swept
		const many = read(['1.999', ...Array.from({ length: 999 }, () => piece(0.1))].join('~'));
		expect(many.runs).toHaveLength(4);
		expect(many.tooMany).toBe(999 - 4);
		// two runs asking for one colour: the later takes a free one; one number twice: the later is left out
		const clash = read('1.3~Ko,1,100,log.s2~Ko,1,100,log.s2~Ko,1,100,log.n1');
		expect(clash.runs.map((run) => [run.n, run.style])).toEqual([
			[1, 2],
			[2, 0]
		]);
		expect(clash.unreadable).toBe(1);
	});

	it('keep only the runs of the newest run’s swept value: a chart has one x axis', () => {
		const mixed = read('1.3~T,0,50,lin~Ko,1,100,log~Ko,2,50,log');
		expect(mixed.runs.map((run) => run.sweep.key)).toEqual(['Ko', 'Ko']);
		expect(mixed).toMatchObject({ otherValue: 1, swept: 'Ko' });
	});

	it('bring values outside the lab’s ranges to the nearest end, and name those runs', () => {
		const moved = read('1.3~Ko,1,100,Ko5000,log~Ko,0.01,5000,log~Ko,1,100,T-5,log');
		expect(moved.runs.map((run) => run.sweep.base.Ko)).toEqual([1000, 5, 5]);
		expect(moved.runs[1]!.sweep).toMatchObject({ from: 0.1, to: 1000 });
		expect(moved.runs[2]!.sweep.base.T).toBe(0);
		expect(moved.moved).toEqual([1, 2, 3]);
		// a sweep whose two ends one limit makes one draws nothing: left out
		expect(read('1.1~Ko,2000,5000,log')).toMatchObject({ runs: [], unreadable: 1 });
		// every permeability 0: pK goes back to 1, as in the lab
		const closed = read('1.1~Ko,1,100,pK0,pNa0,pCl0,log');
		expect(closed.runs[0]!.sweep.base.pK).toBe(1);
		expect(closed.moved).toEqual([1]);
		// a case named for values it did not hold is not believed
		expect(read('1.1~Ko,1,100,pNa0.2,log.c0').runs[0]!.preset).toBeUndefined();
		expect(read('1.1~Ko,1,100,log.c9')).toMatchObject({ runs: [], unreadable: 1 });
	});

	// robust63: a count mangled in the header ("1.99999999") left out the runs the link did hold, readable as they were
	it('are read when the header names this version but a count that cannot be believed, none said missing', () => {
		for (const header of ['1.99999999', '1.', '1', '1.x'])
			expect(read(`${header}~Ko,1,100,log~Ko,2,50,log`)).toMatchObject({
				runs: [{ n: 1 }, { n: 2 }],
				missing: 0,
				unreadable: 0,
				unknownVersion: false
			});
		// a count the link may hold is still believed: a link cut short
		expect(read('1.3~Ko,1,100,log')).toMatchObject({ missing: 2 });
	});

	it('of another version, or without a version, are not guessed at', () => {
		expect(read('2.1~Ko,1,100,whatever')).toMatchObject({ runs: [], unknownVersion: true });
		expect(read('Ko,1,100,log')).toMatchObject({ runs: [], unknownVersion: false, unreadable: 1 });
		expect(read('')).toMatchObject({ runs: [], unreadable: 1 });
	});
});

describe('the Share link', () => {
	it('names only what differs from the neuron, never the projector theme, and opens the same case', () => {
		expect(shareQuery(NEURON, false, [], labKit)).toBe('?Ko=5');
		const lab = new LabController();
		lab.choose('squid');
		const query = shareQuery(lab.state, true, [], labKit);
		expect(query).toBe('?Ko=20&Ki=400&Nao=440&Nai=50&Clo=560&Cli=52&pNa=0.04&T=20&pump=on');
		expect(readLabAddress(query)).toMatchObject({ state: lab.state, pump: true, named: true, runs: null });
	});

	it('is read by the lab: its runs are the recorder’s, never one of the case’s values or other keys', () => {
		const opened = readLabAddress('?theme=projector&runs=1.1~Ko,1,100,log');
		expect(opened).toMatchObject({ named: true, runs: '1.1~Ko,1,100,log', state: NEURON, notes: [] });
		expect(opened.others).toEqual([['theme', 'projector']]);
		expect(withoutRuns('?Ko=4&runs=1.1~Ko,1,100,log&theme=dark')).toBe('?Ko=4&theme=dark');
		expect(withoutRuns('?RUNS=1.1~x')).toBe('');
	});
});
