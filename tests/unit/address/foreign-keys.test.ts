import { describe, expect, it } from 'vitest';
import { isForeignKey, SITE_KEYS } from '$lib/address/foreign-keys';
import { reservedKeys } from '$lib/address/reserved-keys';

describe('the keys a tool leaves to others', () => {
	it('are the site’s own keys, as reserved-keys.ts lists them', () => {
		expect([...SITE_KEYS].sort()).toEqual([...reservedKeys].sort());
	});

	it.each([
		['theme', true],
		['STEP', true],
		['utm_source', true],
		['UTM_Campaign', true],
		['fbclid', true],
		['gclid', true],
		['msclkid', true],
		['mc_eid', true],
		['k_out', false],
		['zzz', false],
		['utm', false],
		['steps', false]
	])('%s: %s', (key, foreign) => {
		expect(isForeignKey(key)).toBe(foreign);
	});
});
