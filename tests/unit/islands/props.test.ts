import { describe, expect, it } from 'vitest';
import { islandProps, readIslandProps } from '$lib/islands/props';

describe("an island's props, written into its element and read back", () => {
	it('round-trips plain data: strings with quotes and markup, numbers, nulls, lists, nested objects', () => {
		const props = {
			data: { title: 'Le canal « K2P » <b>', steps: [{ id: 'rest', n: 1.5 }], previous: null },
			lang: 'fr'
		};
		expect(readIslandProps(islandProps(props))).toEqual(props);
	});

	it('leaves out a prop that is undefined, as the component would see it', () => {
		expect(readIslandProps(islandProps({ a: 1, b: undefined }))).toEqual({ a: 1 });
	});

	it.each([
		['a function', { onclick: () => {} }],
		['a symbol', { key: Symbol('x') }],
		['a nested function', { data: { format: (n: number) => String(n) } }]
	])('refuses %s at prerender, naming the prop', (_what, props) => {
		expect(() => islandProps(props)).toThrow(/plain data/);
	});

	it.each([undefined, '', 'not json', '[1,2]', 'null', '42', '"text"', '{"a":'])(
		'reads %j as no props (the island stays as prerendered)',
		(text) => {
			expect(readIslandProps(text)).toBeNull();
		}
	);
});
