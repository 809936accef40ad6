import { describe, expect, it } from 'vitest';
import { announcement, commandFrom } from '$lib/embed/protocol';
import { embedAddress, embedSnippet, escapeAttribute } from '$lib/embed/snippet';

const steps = ['at-rest', 'stimulus', 'channels-open'] as const;

describe('commandFrom', () => {
	it.each(['play', 'pause', 'next', 'previous'])('understands { type: %j }', (type) => {
		expect(commandFrom({ type }, steps)).toEqual({ type });
	});

	it('goes to a step by its id, written loosely, or by its index', () => {
		expect(commandFrom({ type: 'goto', step: 'stimulus' }, steps)).toEqual({ type: 'goto', index: 1 });
		expect(commandFrom({ type: 'goto', step: ' Channels-Open ' }, steps)).toEqual({ type: 'goto', index: 2 });
		expect(commandFrom({ type: 'goto', index: 0 }, steps)).toEqual({ type: 'goto', index: 0 });
	});

	it('takes an index out of range to the nearest step, as ?step= does', () => {
		expect(commandFrom({ type: 'goto', index: 99 }, steps)).toEqual({ type: 'goto', index: 2 });
		expect(commandFrom({ type: 'goto', index: -3 }, steps)).toEqual({ type: 'goto', index: 0 });
	});

	it.each([
		null,
		undefined,
		'play',
		42,
		[{ type: 'play' }],
		{},
		{ type: 'PLAY' },
		{ type: 'explode' },
		{ type: 'constructor' },
		{ type: 'goto' },
		{ type: 'goto', step: 'nope' },
		{ type: 'goto', step: 3 },
		{ type: 'goto', index: '1' },
		{ type: 'goto', index: 1.5 },
		{ type: 'goto', index: Number.NaN },
		{ type: 'goto', index: Infinity },
		{ type: ['play'] }
	])('ignores %j', (data) => {
		expect(commandFrom(data, steps)).toBeNull();
	});

	it('ignores a goto for a scene without steps', () => {
		expect(commandFrom({ type: 'goto', index: 0 }, [])).toBeNull();
	});
});

describe('announcement', () => {
	it('says the scene, the step and its index, and lists the steps when ready', () => {
		expect(announcement('stepchange', 'trpv1', steps, 1)).toEqual({
			type: 'stepchange',
			scene: 'trpv1',
			step: 'stimulus',
			index: 1
		});
		expect(announcement('ready', 'trpv1', steps, 0)).toEqual({
			type: 'ready',
			scene: 'trpv1',
			step: 'at-rest',
			index: 0,
			steps: [...steps]
		});
	});

	it('never says a step that does not exist', () => {
		expect(announcement('stepchange', 'trpv1', steps, 7).index).toBe(2);
		expect(announcement('stepchange', 'trpv1', steps, Number.NaN).step).toBe('at-rest');
	});
});

describe('the <iframe> code', () => {
	it('frames the embed page at its step, with a title, a size and full screen allowed', () => {
		const src = embedAddress('https://example.org', '/explainer/fr/embed/k2p/', 'k-efflux');
		expect(src).toBe('https://example.org/explainer/fr/embed/k2p/?step=k-efflux');
		const code = embedSnippet(src, 'Canaux K2P');
		expect(code).toMatch(
			/^<iframe src="https:\/\/example\.org\/explainer\/fr\/embed\/k2p\/\?step=k-efflux" /
		);
		expect(code).toContain('title="Canaux K2P"');
		expect(code).toMatch(/width="100%" height="\d{3}"/);
		expect(code).toContain('allow="fullscreen"');
		expect(code.endsWith('></iframe>')).toBe(true);
	});

	it('carries the settings the reader changed, after the step', () => {
		expect(embedAddress('https://example.org', '/en/embed/k2p/', 'k-efflux', { openFraction: '0.8' })).toBe(
			'https://example.org/en/embed/k2p/?step=k-efflux&openFraction=0.8'
		);
	});

	it('leaves the step out when there is none', () => {
		expect(embedAddress('http://127.0.0.1:4173', '/en/embed/pump/', null)).toBe(
			'http://127.0.0.1:4173/en/embed/pump/'
		);
	});

	it('cannot be broken out of by a title', () => {
		const title = 'A "quoted" <b>title</b> & more';
		expect(escapeAttribute(title)).toBe('A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more');
		expect(embedSnippet('https://example.org/', title)).not.toContain('<b>');
	});
});
