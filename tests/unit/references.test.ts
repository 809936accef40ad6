import { describe, expect, it } from 'vitest';
import { inLanguage, reference, references, shortCitation } from '$content/references';

describe('bibliography (src/content/references.ts)', () => {
	it('gives every entry a unique id usable as a URL fragment', () => {
		const ids = references.map((r) => r.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
	});

	it.each(references.map((r) => [r.id, r] as const))('%s is complete', (_id, ref) => {
		for (const lang of ['fr', 'en'] as const) {
			expect(inLanguage(ref.authors, lang).trim()).not.toBe('');
			expect(inLanguage(ref.title, lang).trim()).not.toBe('');
			expect(inLanguage(ref.container, lang).trim()).not.toBe('');
		}
		// what we write about a source ourselves, rather than its own words, is written in each language
		for (const field of [ref.authors, ref.title, ref.container])
			if (typeof field !== 'string') expect(field.fr).not.toBe(field.en);
		expect(ref.supports.fr.trim().length).toBeGreaterThan(20);
		expect(ref.supports.en.trim().length).toBeGreaterThan(20);
		expect(ref.supports.fr).not.toBe(ref.supports.en);
		// Studies are dated; the two web articles and a product label are not.
		if (ref.kind === undefined) expect(ref.year).toBeGreaterThan(1940);
		if (ref.year !== undefined) expect(ref.year).toBeLessThanOrEqual(2026);
		if (ref.doi) expect(ref.doi).toMatch(/^10\.\d{4,9}\/\S+$/);
		if (ref.pmid) expect(ref.pmid).toMatch(/^\d{6,9}$/);
		if (ref.pmcid) expect(ref.pmcid).toMatch(/^PMC\d+$/);
	});

	it('credits both source articles', () => {
		const sources = references.filter((r) => r.kind === 'source-article').map((r) => r.title);
		expect(sources).toEqual(['La glucopuncture (dextrose)', 'Hydrotomie percutanée']);
	});

	it('names a source in the text by first author and year', () => {
		expect(shortCitation(reference('caterina-1997'))).toBe('Caterina 1997');
		expect(shortCitation(reference('attwell-2001'))).toBe('Attwell 2001');
		expect(shortCitation(reference('fischhoff-glucopuncture'))).toBe('Fischhoff');
	});

	it('refuses an unknown id with a message that says where to add it', () => {
		expect(() => reference('nobody-1999')).toThrow(/Unknown reference "nobody-1999".*references\.ts/);
	});
});
