import { describe, expect, it } from 'vitest';
import { parseSequence } from '$lib/address/sequence';
import { consultationPath, patientPath } from '$lib/consultation/path';

const items = [
	{ scene: 'trpv1', step: 'sensitised' },
	{ scene: 'k2p', step: null }
];

describe('the consultation addresses', () => {
	it('name the clinician’s page and the patient’s page in each language', () => {
		expect(consultationPath('fr')).toBe('/fr/consultation/');
		expect(consultationPath('en', items)).toMatch(/^\/en\/consultation\/\?s=/);
		expect(patientPath('fr', items)).toMatch(/^\/fr\/consultation\/patient\/\?s=/);
		expect(patientPath('en', items)).toMatch(/^\/en\/consultation\/patient\/\?s=/);
	});

	it('carry the same sequence to both pages, read back in order', () => {
		for (const path of [consultationPath('fr', items), patientPath('fr', items)]) {
			const s = new URL(path, 'https://example.org').searchParams.get('s');
			expect(parseSequence(s, { trpv1: ['at-rest', 'sensitised'], k2p: ['facilitated'] })).toEqual(items);
		}
	});

	it('leave the query off when there is nothing to play', () => {
		expect(patientPath('fr', [])).toBe('/fr/consultation/patient/');
	});
});
