import { describe, expect, it } from 'vitest';
import { readFigureState, type AddressNote } from '$lib/address/figure-state';
import cushion from '$lib/scenes/cushion';
import hydrodissection from '$lib/scenes/hydrodissection';
import k2p from '$lib/scenes/k2p';
import needle from '$lib/scenes/needle-depth';
import pump from '$lib/scenes/pump';
import type { FigureShape } from '$lib/address/figure-keys';

// A number a link gives that the figure cannot show as written (numbers review D1, D7): between two of its
// slider's steps or stops it shows the nearest, which can be another case (the needle at 32° is drawn at
// 30°, and the verdict flips); a fraction shown as a percent may be written as one; an empty number is said.

const scenes: Record<string, FigureShape> = { needle, hydrodissection, pump, cushion, k2p };
const read = (scene: string, query: string) => readFigureState(query, scenes[scene]!);

describe('a number between two steps or stops of a figure', () => {
	it.each<[string, string, string, number, AddressNote[]]>([
		[
			'the needle’s angle, off its 5° steps',
			'needle',
			'?angle_deg=32',
			30,
			[{ kind: 'nearest', key: 'angle_deg', given: '32', used: 30 }]
		],
		[
			'a volume between two millilitres',
			'hydrodissection',
			'?volume_mL=2.5',
			3,
			[{ kind: 'nearest', key: 'volume_mL', given: '2.5', used: 3 }]
		],
		[
			'glucose between two stops, with a French comma',
			'pump',
			'?glucose_mM=3,6',
			3,
			[{ kind: 'nearest', key: 'glucose_mM', given: '3,6', used: 3 }]
		],
		[
			'glucose halfway between two stops',
			'pump',
			'?glucose_mM=4',
			3,
			[{ kind: 'nearest', key: 'glucose_mM', given: '4', used: 3 }]
		],
		[
			'a bolus between two stops',
			'cushion',
			'?bolus_mL=400',
			300,
			[{ kind: 'nearest', key: 'bolus_mL', given: '400', used: 300 }]
		],
		[
			'a share of channels off its steps, as a percent',
			'k2p',
			'?openFraction=62%25',
			0.6,
			[{ kind: 'nearest', key: 'openFraction', given: '62%', used: 0.6 }]
		]
	])('notes %s, and shows the nearest', (_case, scene, query, used, notes) => {
		const state = read(scene, query);
		expect(Object.values(state.params)).toEqual([used]);
		expect(state.notes).toEqual(notes);
	});

	it.each([
		['a stop as it is', 'needle', '?angle_deg=30', 30],
		['a stop with a zero after it', 'needle', '?angle_deg=30.0', 30],
		['a stop with a French decimal comma', 'hydrodissection', '?volume_mL=3,0', 3],
		['a value the control shows as its stop', 'needle', '?angle_deg=30.2', 30],
		['5 % dextrose as its slider shows it', 'pump', '?glucose_mM=278', 277.5310834813499],
		['5 % dextrose as the address writes it', 'pump', '?glucose_mM=277.5', 277.5310834813499],
		['a fraction as a percent', 'k2p', '?openFraction=60%25', 0.6],
		['a fraction as a percent with a space', 'k2p', '?openFraction=60%20%25', 0.6],
		[
			'a fraction as a percent with a no-break space and a French comma',
			'k2p',
			'?openFraction=45,0%C2%A0%25',
			0.45
		],
		['a bare percent sign, unescaped', 'k2p', '?openFraction=60%', 0.6],
		['a fraction as a fraction', 'k2p', '?openFraction=0.6', 0.6]
	])('says nothing of %s: the case shown is the one asked for', (_case, scene, query, used) => {
		const state = read(scene, query);
		expect(Object.values(state.params)).toEqual([used]);
		expect(state.notes).toEqual([]);
	});
});

describe('a fraction its control shows as a percent', () => {
	it.each<[string, string, number, AddressNote[]]>([
		[
			'a bare 60, meant as 60 %',
			'?openFraction=60',
			1,
			[{ kind: 'fraction', key: 'openFraction', given: '60', used: 1 }]
		],
		[
			'a bare 100',
			'?openFraction=100',
			1,
			[{ kind: 'fraction', key: 'openFraction', given: '100', used: 1 }]
		],
		[
			'a number above any percent: only too high',
			'?openFraction=150',
			1,
			[{ kind: 'too-high', key: 'openFraction', given: '150', used: 1 }]
		],
		[
			'a percent above 100',
			'?openFraction=150%25',
			1,
			[{ kind: 'too-high', key: 'openFraction', given: '150%', used: 1 }]
		],
		['exactly 1, every channel: nothing to say', '?openFraction=1', 1, []]
	])('explains %s', (_case, query, used, notes) => {
		const state = read('k2p', query);
		expect(state.params.openFraction).toBe(used);
		expect(state.notes).toEqual(notes);
	});

	it.each([
		['the glucose, which is no fraction', 'pump', '?glucose_mM=5%25'],
		['the needle’s angle', 'needle', '?angle_deg=30%25']
	])('takes no percent for %s: it means nothing there', (_case, scene, query) => {
		const state = read(scene, query);
		expect(state.params).toEqual({});
		expect(state.notes).toEqual([expect.objectContaining({ kind: 'not-a-value' })]);
	});
});

describe('a number given with no value', () => {
	it.each<[string, string, string, AddressNote[]]>([
		[
			'the share of open channels',
			'k2p',
			'?openFraction=',
			[{ kind: 'no-number', key: 'openFraction', used: 0.6 }]
		],
		[
			'the glucose, in spaces',
			'pump',
			'?glucose_mM=%20',
			[{ kind: 'no-number', key: 'glucose_mM', used: 5 }]
		],
		['a switch beside it says nothing', 'pump', '?oxygen=', []]
	])('says so for %s, and keeps the usual value', (_case, scene, query, notes) => {
		const state = read(scene, query);
		expect(state.params).toEqual({});
		expect(state.notes).toEqual(notes);
	});
});
