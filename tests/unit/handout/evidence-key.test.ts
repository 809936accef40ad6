import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMeanings } from '$lib/evidence/meanings';
import { languages } from '$lib/i18n/languages';
import { loadMessages } from '$lib/i18n/messages';
import { pageSlugs } from '$lib/i18n/pages';
import { keyLevels, keyLines } from '$lib/handout/evidence-key';

beforeAll(() => Promise.all([loadMessages(...languages), loadMeanings(...languages)]));

describe('a sheet’s key to its evidence labels', () => {
	it('lists each level once, from most to least supported, whatever order the Markdown gives', () => {
		expect(keyLevels('unsupported established  trials established')).toEqual([
			'established',
			'trials',
			'unsupported'
		]);
		expect(keyLevels('')).toEqual([]);
	});

	it('fails on a level that does not exist', () => {
		expect(() => keyLevels('established proven')).toThrow(/proven/);
	});

	it('gives each level the badge’s word and its plain sentence', () => {
		expect(keyLines('trials', 'en')).toEqual([
			{
				level: 'trials',
				label: 'Small trials',
				meaning: 'A few small trials point this way, but we are not sure yet.'
			}
		]);
		expect(keyLines('incorrect', 'fr')[0]!.label).toBe('Inexact');
	});
});

// The key explains the levels the sheet's badges use, no more and no fewer, on screen and on paper.
const sheets = languages.flatMap((lang) =>
	(['handout-glucopuncture', 'handout-hydrotomy'] as const).map((key) => ({
		lang,
		file: `src/content/${lang}/${pageSlugs[key][lang]}.md`
	}))
);
const levelsOf = (source: string) => new Set([...source.matchAll(/\blevel="(\w+)"/g)].map((m) => m[1]));
const doseLine = readFileSync('src/lib/handout/DoseLine.svelte', 'utf8');

describe.each(sheets)('$file', ({ file }) => {
	const source = readFileSync(file, 'utf8');
	const used = levelsOf(source);
	if (source.includes('<DoseLine')) for (const level of levelsOf(doseLine)) used.add(level);
	const expected = keyLevels([...used].join(' '));

	it('keys on screen the levels its badges use', () => {
		const written = /<EvidenceKey levels="([^"]*)"/.exec(source)?.[1];
		expect(written, 'an <EvidenceKey levels="…"> on the sheet').toBeDefined();
		expect(keyLevels(written!)).toEqual(expected);
	});

	it('keys on paper the same levels', () => {
		const written = /<PrintStamp key="([^"]*)"/.exec(source)?.[1];
		expect(written, 'a <PrintStamp key="…"> on the sheet').toBeDefined();
		expect(keyLevels(written!)).toEqual(expected);
	});
});
