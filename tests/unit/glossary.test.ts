import { describe, expect, it } from 'vitest';
import { glossary, glossaryEntry } from '$content/glossary';
import { languages } from '$lib/i18n/languages';

describe('glossary (src/content/glossary.ts)', () => {
	it('gives every term a unique id usable as a URL fragment', () => {
		const ids = glossary.map((entry) => entry.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});

	it.each(glossary.map((entry) => [entry.id, entry] as const))(
		'%s has a term and a definition in every language',
		(_id, entry) => {
			for (const lang of languages) {
				expect(entry.term[lang].trim(), `${lang} term`).not.toBe('');
				expect(entry.definition[lang].trim().length, `${lang} definition`).toBeGreaterThan(30);
				expect(entry.definition[lang], `${lang} definition`).toMatch(/[.!?]$/);
			}
			expect(entry.definition.fr).not.toBe(entry.definition.en);
		}
	);

	it('defines the words the articles cannot do without', () => {
		const required = [
			'trpv1',
			'k2p',
			'hyperpolarisation',
			'na-k-atpase',
			'atp',
			'nociceptor',
			'sensitisation',
			'allodynia',
			'hydrodissection',
			'hypodermoclysis',
			'mesotherapy',
			'cytokine',
			'isotonic',
			'prolotherapy',
			'membrane-potential'
		];
		expect(required.filter((id) => !glossary.some((entry) => entry.id === id))).toEqual([]);
	});

	// A patient who taps one of these words gets a plain sentence first, the technical detail after it.
	it.each([
		'local-anaesthetic',
		'saline',
		'dextrose',
		'prolotherapy',
		'rct',
		'ultrasound-guidance',
		'ultrasound'
	])('%s opens with one short plain sentence', (id) => {
		const jargon =
			/canaux|channel|isotoni|hypertoni|chlorure|chloride|D-glucose|témoin|control group|aveugle|blind|NaCl/i;
		for (const lang of languages) {
			const first = glossaryEntry(id).definition[lang].split(/(?<=[.!?])\s/)[0] ?? '';
			expect(first.split(/\s+/).length, `${lang}: ${first}`).toBeLessThanOrEqual(25);
			expect(first, lang).not.toMatch(jargon);
		}
	});

	// The words a patient taps in the articles' first screens and in their mechanisms: what the word means for
	// him first (a nerve harder to set off, a thin wrapping round a muscle), the membrane and its numbers after
	// (patient review D6: "hyperpolarisation" explained with "membrane potential" and "threshold").
	it.each(['hyperpolarisation', 'depolarisation', 'osmolarity', 'isotonic', 'fascia', 'nociceptor'])(
		'%s opens with a plain sentence, before any membrane, potential or threshold',
		(id) => {
			const jargon =
				/potentiel|potential|membrane|seuil|threshold|neurone|neuron|conjonctif|connective|particul|mOsm|isotoni|hypertoni|hypotoni/i;
			for (const lang of languages) {
				const first = glossaryEntry(id).definition[lang].split(/(?<=[.!?])\s/)[0] ?? '';
				expect(first.split(/\s+/).length, `${lang}: ${first}`).toBeLessThanOrEqual(25);
				expect(first, lang).not.toMatch(jargon);
			}
		}
	);

	it('finds an entry by id, and refuses an unknown one with a message that says where to add it', () => {
		expect(glossaryEntry('trpv1').term.en).toBe('TRPV1');
		expect(() => glossaryEntry('phlogiston')).toThrow(/Unknown glossary term "phlogiston".*glossary\.ts/);
	});
});
