import { describe, expect, it } from 'vitest';
import { announcement, commandFrom } from '$lib/embed/protocol';
import { embedAddress, embedMaxHeight_px, embedSnippet, escapeAttribute } from '$lib/embed/snippet';

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
		// valid HTML: a width attribute takes pixels, so the column's width is in the style
		expect(code).toMatch(/ height="\d{3}" style="width: 100%; max-width: 48rem; border: 0"/);
		expect(code).not.toMatch(/width="/);
		expect(code).toContain('allow="fullscreen"');
		expect(code).toMatch(/><\/iframe>\n<script>[^\n]*<\/script>$/);
	});

	describe('its script, on the page that holds the frames', () => {
		const src = 'https://example.org/explainer/fr/embed/k2p/';
		const script = embedSnippet(src, 'Canaux K2P').match(/<script>(.*)<\/script>/)![1]!;
		/** the script run on a page holding two frames, and the message `event` sent to it */
		function run(event: { origin: string; data: unknown; from: 0 | 1 | 'elsewhere' }) {
			const frames = [0, 1].map((n) => ({ contentWindow: { n }, style: { height: '' } }));
			let listener: (event: unknown) => void = () => {};
			const addEventListener = (type: string, handler: typeof listener) =>
				type === 'message' && (listener = handler);
			const document = { querySelectorAll: () => frames };
			new Function('addEventListener', 'document', script)(addEventListener, document);
			const source = event.from === 'elsewhere' ? { n: 9 } : frames[event.from]!.contentWindow;
			listener({ origin: event.origin, data: event.data, source });
			return frames.map((frame) => frame.style.height);
		}

		it('gives the frame that spoke the height it announces, and no other frame', () => {
			expect(
				run({ origin: 'https://example.org', data: { type: 'height', height: 1234.2 }, from: 1 })
			).toEqual(['', '1235px']);
		});

		it('ignores a message from another origin, another window, of another kind or with no sensible height', () => {
			const height = { type: 'height', height: 900 };
			expect(run({ origin: 'https://evil.example', data: height, from: 0 })).toEqual(['', '']);
			expect(run({ origin: 'https://example.org', data: height, from: 'elsewhere' })).toEqual(['', '']);
			for (const data of [
				{ type: 'ready', height: 900 },
				{ type: 'height', height: -5 },
				{ type: 'height', height: 'tall' },
				null,
				'height'
			])
				expect(run({ origin: 'https://example.org', data, from: 0 }), JSON.stringify(data)).toEqual(['', '']);
		});

		it('never makes a frame taller than a bound, whatever it is told', () => {
			expect(run({ origin: 'https://example.org', data: { type: 'height', height: 1e9 }, from: 0 })[0]).toBe(
				`${embedMaxHeight_px}px`
			);
		});
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
