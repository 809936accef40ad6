import { describe, expect, it } from 'vitest';
import {
	asksToTakeOver,
	fromAnOlderBuild,
	cachesToDrop,
	otherVersions,
	TAKE_OVER
} from '$lib/offline/new-version';

// How a new version takes over from the one in use (src/service-worker.ts): only at a reader's request, and
// without breaking the old version's pages still open.

describe('the waiting worker takes over', () => {
	it('on the notice’s message only', () => {
		expect(asksToTakeOver(TAKE_OVER)).toBe(true);
	});

	it.each([
		['another word', 'skip-waiting'],
		['the word in an object', { type: TAKE_OVER }],
		['the word in a list', [TAKE_OVER]],
		['nothing', undefined],
		['null', null],
		['the word in capitals', TAKE_OVER.toUpperCase()],
		['the word with a space', ` ${TAKE_OVER}`]
	])('never on any other message: %s', (_name, data) => {
		expect(asksToTakeOver(data)).toBe(false);
	});
});

describe('the other versions’ caches', () => {
	const prefix = 'glucopuncture-explained-';

	it('are the site’s caches of other versions, never this one’s nor another app’s', () => {
		const keys = [`${prefix}100`, 'another-app-100', `${prefix}200`, `${prefix}300`, 'glucopuncture-100'];
		expect(otherVersions(keys, prefix, `${prefix}200`)).toEqual([`${prefix}100`, `${prefix}300`]);
		expect(otherVersions([`${prefix}300`], prefix, `${prefix}300`)).toEqual([]);
		expect(otherVersions([], prefix, `${prefix}300`)).toEqual([]);
	});
});

describe('after a switch, the older caches', () => {
	const switched = { caches: ['v1', 'v2'], pages: ['a', 'b'] };

	it('are kept while a page open at the switch is open still', () => {
		expect(cachesToDrop(switched, ['b', 'c'])).toEqual([]);
		expect(cachesToDrop(switched, ['a', 'b'])).toEqual([]);
	});

	it('go once every page open at the switch has gone, whatever opened since', () => {
		expect(cachesToDrop(switched, ['c', 'd'])).toEqual(['v1', 'v2']);
		expect(cachesToDrop(switched, [])).toEqual(['v1', 'v2']);
	});

	it('are only those written down at the switch: a newer version’s cache, made since, is never one', () => {
		expect(cachesToDrop({ caches: ['v1'], pages: ['a'] }, [])).toEqual(['v1']);
	});
});

describe('a file this version does not have', () => {
	it.each(['', '/explainer'])(
		'is looked for in older caches only when hashed by its build (base "%s")',
		(base) => {
			expect(fromAnOlderBuild(`${base}/_app/immutable/chunks/Ab12Cd34.js`, base)).toBe(true);
			expect(fromAnOlderBuild(`${base}/_app/immutable/assets/Badge.DdcrG-Vw.css`, base)).toBe(true);
			// plain names mean this version's file, or the network's
			expect(fromAnOlderBuild(`${base}/_app/islands.js`, base)).toBe(false);
			expect(fromAnOlderBuild(`${base}/_app/version.json`, base)).toBe(false);
			expect(fromAnOlderBuild(`${base}/fr/glossaire/`, base)).toBe(false);
			expect(fromAnOlderBuild(`${base}/not-found.js`, base)).toBe(false);
		}
	);

	it('under another base is not the site’s', () => {
		expect(fromAnOlderBuild('/_app/immutable/chunks/Ab12Cd34.js', '/explainer')).toBe(false);
	});
});
