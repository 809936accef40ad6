import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { format, placeholders } from '$lib/i18n/format';
import { languages } from '$lib/i18n/languages';
import { loadMessages, messages } from '$lib/i18n/messages';
import siteFr from '$lib/i18n/messages/fr.json';
import siteEn from '$lib/i18n/messages/en.json';
import playerFr from '$lib/player/messages/fr.json';
import playerEn from '$lib/player/messages/en.json';
import doseFr from '$lib/dose/messages/fr.json';
import doseEn from '$lib/dose/messages/en.json';
import consultationFr from '$lib/consultation/messages/fr.json';
import consultationEn from '$lib/consultation/messages/en.json';
import decisionFr from '$lib/decision/messages/fr.json';
import decisionEn from '$lib/decision/messages/en.json';
import handoutFr from '$lib/handout/messages/fr.json';
import handoutEn from '$lib/handout/messages/en.json';
import labFr from '$lib/lab/messages/fr.json';
import labEn from '$lib/lab/messages/en.json';
import questionsFr from '$lib/questions/messages/fr.json';
import questionsEn from '$lib/questions/messages/en.json';
import referencesFr from '$lib/references/messages/fr.json';
import referencesEn from '$lib/references/messages/en.json';
import evidenceFr from '$lib/evidence/messages/fr.json';
import evidenceEn from '$lib/evidence/messages/en.json';
import offlineFr from '$lib/offline/messages/fr.json';
import offlineEn from '$lib/offline/messages/en.json';

// The UI's words: the site's catalogue (with every page), the player's (with a scene, when it wakes), and
// those of one page or feature, which travel with its code (dose calculator, consultation, what matters to
// me, printable sheets, the membrane lab, the questions' buttons, references page, what the evidence levels
// mean, the header's notice of a new version).
// Scene catalogues have their own test (tests/unit/scenes/catalogues.test.ts).
const catalogues = {
	site: { fr: siteFr, en: siteEn },
	player: { fr: playerFr, en: playerEn },
	dose: { fr: doseFr, en: doseEn },
	consultation: { fr: consultationFr, en: consultationEn },
	decision: { fr: decisionFr, en: decisionEn },
	handout: { fr: handoutFr, en: handoutEn },
	lab: { fr: labFr, en: labEn },
	questions: { fr: questionsFr, en: questionsEn },
	references: { fr: referencesFr, en: referencesEn },
	evidence: { fr: evidenceFr, en: evidenceEn },
	offline: { fr: offlineFr, en: offlineEn }
} as const satisfies Record<string, Record<(typeof languages)[number], Record<string, string>>>;

/** Every Svelte, TypeScript and Markdown file under src/, read as text. */
function sources(dir = join(import.meta.dirname, '../../src')): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sources(path);
		return /\.(svelte|ts|md)$/.test(entry.name) ? [readFileSync(path, 'utf8')] : [];
	});
}

// The only values a language may leave out, each for a reason: blood glucose in g/L is how French laboratories
// write it, not English readers' (English review D3), so the English dose line gives mmol/L and mg/dL only.
const leftOut: Record<(typeof languages)[number], Partial<Record<string, readonly string[]>>> = {
	fr: {},
	en: { doseBloodRise: ['g'] }
};

describe.each(Object.entries(catalogues))('the %s catalogue', (_name, catalogue) => {
	const fr: Record<string, string> = catalogue.fr;
	const frenchKeys = Object.keys(fr).sort();

	it.each(languages)('%s has exactly the keys of the French catalogue', (lang) => {
		expect(Object.keys(catalogue[lang]).sort()).toEqual(frenchKeys);
	});

	it.each(languages)('%s has no empty message and no untranslated key name', (lang) => {
		for (const [key, text] of Object.entries(catalogue[lang])) {
			expect(text.trim(), `${lang}.${key}`).not.toBe('');
			expect(text, `${lang}.${key}`).not.toBe(key);
		}
	});

	it('translates every sentence: no message is the same in French and English but the names of things', () => {
		// Proper names (a source title, a person) may stay alike; whole sentences may not.
		const en: Record<string, string> = catalogue.en;
		const same = frenchKeys.filter((key) => fr[key] === en[key] && fr[key]!.split(' ').length > 3);
		expect(same).toEqual([]);
	});

	it('asks for the same placeholders in every language', () => {
		for (const key of frenchKeys)
			for (const lang of languages) {
				const messages: Record<string, string> = catalogue[lang];
				const dropped = leftOut[lang][key] ?? [];
				const asked = placeholders(fr[key]!).filter((name) => !dropped.includes(name));
				expect(placeholders(messages[key]!), `${lang}.${key}`).toEqual(asked);
			}
	});

	it('has no message the code never names (m.key, or its key as a string)', () => {
		const code = sources().join('\n');
		const unused = frenchKeys.filter((key) => !new RegExp(`\\b${key}\\b`).test(code));
		expect(unused).toEqual([]);
	});
});

describe('messages', () => {
	it('are filled by format, and a missing value stays visible instead of "undefined"', () => {
		expect(format(playerEn.playerStepOf, { n: 2, total: 6, name: 'K2P opens' })).toBe(
			'Step 2 of 6: K2P opens'
		);
		expect(format('Step {n} of {total}', { n: 2 })).toBe('Step 2 of {total}');
	});

	it('reach a page in its language once loaded, and say so clearly when they were not', async () => {
		await loadMessages('en');
		expect(messages('en').siteName).toBe(siteEn.siteName);
		expect(() => messages('fr')).toThrow(/"fr" messages are not loaded/);
	});
});
