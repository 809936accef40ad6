import { describe, expect, it } from 'vitest';
import { sceneSteps } from '$lib/address/scene-steps';
import { writeQuery } from '$lib/address/query';
import {
	MAX_ITEM_PARAMS,
	MAX_SEQUENCE,
	parseSequence,
	positionFromText,
	readConsultation,
	writeSequence
} from '$lib/address/sequence';
import { quotedUnread } from '$lib/address/sequence-quotes';

const known = {
	trpv1: ['at-rest', 'stimulus', 'sensitised'],
	k2p: ['facilitated', 'k2p-opens'],
	cushion: ['made']
};

describe('a consultation read from its address', () => {
	it('lists the figures in order, each from its chosen step', () => {
		expect(parseSequence('trpv1:sensitised,k2p,cushion', known)).toEqual([
			{ scene: 'trpv1', step: 'sensitised' },
			{ scene: 'k2p', step: null },
			{ scene: 'cushion', step: null }
		]);
	});

	it.each([
		['nothing', null, []],
		['an empty value', '', []],
		['only commas', ',,,', []],
		['a scene that does not exist', 'nope,k2p', [{ scene: 'k2p', step: null }]],
		['an unknown step: the first', 'trpv1:nope', [{ scene: 'trpv1', step: null }]],
		['an empty step', 'trpv1:', [{ scene: 'trpv1', step: null }]],
		['the first step named: said as no step', 'trpv1:at-rest', [{ scene: 'trpv1', step: null }]],
		['a step of another figure', 'k2p:sensitised', [{ scene: 'k2p', step: null }]],
		['capitals and spaces', ' TRPV1 : Sensitised ', [{ scene: 'trpv1', step: 'sensitised' }]],
		['extra colons', 'trpv1:stimulus:more', [{ scene: 'trpv1', step: 'stimulus' }]],
		['a prototype key', '__proto__,constructor,toString', []],
		[
			'the same figure twice',
			'k2p,k2p:k2p-opens',
			[
				{ scene: 'k2p', step: null },
				{ scene: 'k2p', step: 'k2p-opens' }
			]
		]
	])('mends %s', (_case, value, items) => {
		expect(parseSequence(value, known)).toEqual(items);
	});

	it('keeps the settings each figure was added with, after its step or without one', () => {
		expect(parseSequence('trpv1:sensitised:kind=acid:pH=5.5,k2p:open_pct=80,cushion', known)).toEqual([
			{ scene: 'trpv1', step: 'sensitised', params: { kind: 'acid', pH: '5.5' } },
			{ scene: 'k2p', step: null, params: { open_pct: '80' } },
			{ scene: 'cushion', step: null }
		]);
	});

	it.each([
		['a setting without a value', 'k2p:open_pct=', { scene: 'k2p', step: null }],
		['a value with a space or a bracket', 'k2p:a=1 2:b=<x>', { scene: 'k2p', step: null }],
		['a key the site keeps for itself', 'k2p:step=k2p-opens:at=3', { scene: 'k2p', step: null }],
		['a key given twice: the first', 'k2p:a=1:a=2', { scene: 'k2p', step: null, params: { a: '1' } }],
		[
			'a setting before the step',
			'k2p:a=1:k2p-opens',
			{ scene: 'k2p', step: 'k2p-opens', params: { a: '1' } }
		],
		[
			'a prototype key',
			'k2p:__proto__=1:constructor=2',
			{ scene: 'k2p', step: null, params: { constructor: '2' } }
		]
	])('mends %s', (_case, value, item) => {
		expect(parseSequence(value, known)).toEqual([item]);
	});

	it(`keeps at most ${MAX_ITEM_PARAMS} settings a figure`, () => {
		const many = Array.from({ length: 50 }, (_, i) => `k${i}=${i}`).join(':');
		expect(Object.keys(parseSequence(`k2p:${many}`, known)[0]!.params!)).toHaveLength(MAX_ITEM_PARAMS);
	});

	it('writes settings as it reads them, and an address carries them readably', () => {
		const value = 'trpv1:sensitised:kind=acid:pH=5.5,k2p:open_pct=80,cushion';
		expect(writeSequence(parseSequence(value, known))).toBe(value);
		expect(writeQuery([['s', value]])).toBe(`?s=${value}`);
		expect(readConsultation(writeQuery([['s', value]]), known).items[0]!.params).toEqual({
			kind: 'acid',
			pH: '5.5'
		});
	});

	it(`keeps at most ${MAX_SEQUENCE} figures, however long the address`, () => {
		expect(parseSequence(Array(1000).fill('k2p').join(','), known)).toHaveLength(MAX_SEQUENCE);
	});

	it('writes what it reads', () => {
		const value = 'trpv1:sensitised,k2p,cushion';
		expect(writeSequence(parseSequence(value, known))).toBe(value);
	});

	it.each([
		[null, 3, 0],
		['', 3, 0],
		['1', 3, 0],
		['2', 3, 1],
		['3', 3, 2],
		['4', 3, 2],
		['999999999999999999999', 3, 2],
		['0', 3, 0],
		['-2', 3, 0],
		['1.5', 3, 0],
		['two', 3, 0],
		['NaN', 3, 0],
		['2', 0, 0]
	])('at=%j of %i figures shows figure index %i', (value, length, index) => {
		expect(positionFromText(value, length)).toBe(index);
	});

	it('reads the sequence and the figure shown from a query, percent-encoded or not', () => {
		expect(readConsultation('?s=trpv1%3Asensitised%2Ck2p&at=2&at=1', known)).toEqual({
			items: [
				{ scene: 'trpv1', step: 'sensitised' },
				{ scene: 'k2p', step: null }
			],
			at: 1,
			given: true,
			unread: []
		});
		expect(readConsultation('?at=3', known)).toEqual({ items: [], at: 0, given: false, unread: [] });
	});

	it.each([
		['trpv1:sensitised,k2p', []],
		['trpv1:at-rest,k2p:facilitated', []],
		['k2p:open_pct=80', []],
		[',,k2p,', []],
		['trpv1,nope,k2p', [{ kind: 'figure', text: 'nope' }]],
		['trpv1:nope', [{ kind: 'step', text: 'trpv1:nope' }]],
		// two steps named: the figure opens at the first, which the note names, not as one its figure lacks
		[
			'trpv1:sensitised:at-rest',
			[{ kind: 'steps', text: 'trpv1:sensitised:at-rest', scene: 'trpv1', step: 'sensitised' }]
		],
		[
			'trpv1:at-rest:extra',
			[{ kind: 'steps', text: 'trpv1:at-rest:extra', scene: 'trpv1', step: 'at-rest' }]
		],
		// the first named is not one of its steps: it opens at its first, as for any step it lacks
		['trpv1:nope:sensitised', [{ kind: 'step', text: 'trpv1:nope:sensitised' }]],
		['garbage', [{ kind: 'figure', text: 'garbage' }]],
		// longer than a value looks (quotable.ts): named by its kind, not quoted
		[`${'x'.repeat(60)},k2p`, [{ kind: 'figure', text: null }]],
		['Call 0900 123 4567,k2p', [{ kind: 'figure', text: null }]],
		['trpv1:call 0900', [{ kind: 'step', text: null }]]
	])('names what s=%s had that it could not read, quoted as a note may quote it', (value, unread) => {
		expect(readConsultation(`?s=${value}`, known).unread.map(quotedUnread)).toEqual(unread);
	});

	it('reads S= and AT= as s= and at=, and a list under each spelling as a second one', () => {
		expect(readConsultation('?S=trpv1,k2p&AT=2', known)).toMatchObject({ at: 1, given: true, unread: [] });
		expect(readConsultation('?S=k2p&s=trpv1', known).items).toEqual([{ scene: 'trpv1', step: null }]);
		expect(readConsultation('?S=k2p&s=trpv1', known).unread).toEqual([{ kind: 'second-list' }]);
	});

	it('names the figures past the most a consultation holds, and a second list it does not read', () => {
		const many = readConsultation(`?s=${Array(30).fill('k2p').join(',')}&s=trpv1`, known);
		expect(many.items).toHaveLength(MAX_SEQUENCE);
		expect(many.unread).toEqual([{ kind: 'beyond', count: 30 - MAX_SEQUENCE }, { kind: 'second-list' }]);
	});

	it.each([
		['2', false],
		['', false],
		[' 1 ', false],
		['3', true],
		['0', true],
		['-1', true],
		['two', true],
		['1.5', true]
	])('says whether at=%j, in a sequence of two, names no figure of it: %s', (at, unread) => {
		expect(readConsultation(`?s=trpv1,k2p&at=${at}`, known).unread).toEqual(
			unread ? [{ kind: 'at', text: String(at).trim() }] : []
		);
	});

	it('knows every scene of the site and its steps, from their steps.json', () => {
		expect(Object.keys(sceneSteps)).toEqual(expect.arrayContaining(['trpv1', 'k2p', 'cushion']));
		expect(sceneSteps.trpv1).toContain('sensitised');
		expect(parseSequence('trpv1:sensitised,k2p,cushion', sceneSteps)).toHaveLength(3);
	});
});
