import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { references } from '$content/references';
import { looseUnits } from './text/loose-units';

// French sets a no-break space before : ; ! ? » % and after «, so that a line never starts with the
// punctuation: at 390 px a plain space let "Canaux K2P" end one line and ": le potassium sort" start the
// next. The Markdown pages are checked in content.test.ts; here, every French message catalogue (site,
// player, scenes, lab, questions, the choosing page's questions and values…) and the references' French
// summaries.

const src = join(import.meta.dirname, '../../src');

/** every messages catalogue written in one language under src/ */
function catalogues(lang: 'fr' | 'en', dir = src): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return catalogues(lang, path);
		return entry.name === `${lang}.json` ? [path] : [];
	});
}
const frenchCatalogues = () => catalogues('fr');

/** every string of a nested catalogue or record */
function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
	return [];
}

/** each plain space that breaks a French punctuation from its word, with some text around it */
const looseSpaces = (text: string) => text.match(/.{0,24}(?: [:;!?»]|(?<=\d) %|« ).{0,12}/g) ?? [];

describe('French punctuation keeps its word', () => {
	const catalogues = frenchCatalogues();

	it('finds the French catalogues', () => {
		// the site, player, dose, consultation, decision and its lists, handout, references, lab, two question
		// sets, and each scene
		expect(catalogues.length).toBeGreaterThanOrEqual(16);
	});

	it.each(catalogues.map((path) => [relative(src, path), path] as const))(
		'%s has a no-break space before : ; ! ? » % and after «, and between a number and its unit',
		(_name, path) => {
			const messages = strings(JSON.parse(readFileSync(path, 'utf8')));
			expect(messages.flatMap(looseSpaces)).toEqual([]);
			expect(messages.flatMap((text) => looseUnits(text, 'fr'))).toEqual([]);
		}
	);

	it('the references’ French summaries have one too', () => {
		const french = references.flatMap((ref) =>
			Object.values(ref).flatMap((field) =>
				field && typeof field === 'object' && 'fr' in field ? strings(field.fr) : []
			)
		);
		expect(french.length).toBeGreaterThan(50);
		expect(french.flatMap(looseSpaces)).toEqual([]);
		expect(french.flatMap((text) => looseUnits(text, 'fr'))).toEqual([]);
	});
});

// English keeps a number with its unit too: the printed sheet ended a line with "less than 0.5" and began the
// next with "mmol/L"
describe('English keeps a number with its unit', () => {
	it.each(catalogues('en').map((path) => [relative(src, path), path] as const))('%s', (_name, path) => {
		expect(strings(JSON.parse(readFileSync(path, 'utf8'))).flatMap((text) => looseUnits(text, 'en'))).toEqual(
			[]
		);
	});

	it('the references’ English summaries too', () => {
		const english = references.flatMap((ref) =>
			Object.values(ref).flatMap((field) =>
				field && typeof field === 'object' && 'en' in field ? strings(field.en) : []
			)
		);
		expect(english.length).toBeGreaterThan(50);
		expect(english.flatMap((text) => looseUnits(text, 'en'))).toEqual([]);
	});
});

// and in both languages, the apostrophe a reader sees is the typographic one (’), as in the rest of the site
describe('an apostrophe is ’, in every catalogue', () => {
	it.each([...catalogues('fr'), ...catalogues('en')].map((path) => [relative(src, path), path] as const))(
		'%s',
		(_name, path) => {
			const messages = strings(JSON.parse(readFileSync(path, 'utf8')));
			expect(messages.flatMap((text) => text.match(/.{0,20}\p{L}'\p{L}.{0,10}/gu) ?? [])).toEqual([]);
		}
	);
});
