import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { languages, type Lang } from '$lib/i18n/languages';
import { pageSlugs } from '$lib/i18n/pages';
import { plainText, readability } from '$lib/readability';

// The comparison page (issue 12): plain words, the same rows for every option, a badge for each option's
// evidence, certainty words that match the badge, and icon arrays computed from trial counts.
const page = (lang: Lang) => readFileSync(`src/content/${lang}/${pageSlugs.choosing[lang]}.md`, 'utf8');

const OPTIONS = ['glucopuncture', 'hydrotomy', 'usual-care', 'waiting'];
const ROWS = ['what', 'sessions', 'evidence', 'benefits', 'harms', 'practical'];

/** The comparison tables of a page: for each, its column options and its rows with their cells. */
function tables(text: string) {
	return [...text.matchAll(/<table class="compare">([\s\S]*?)<\/table>/g)].map((m) => {
		const body = m[1]!;
		const options = [...body.matchAll(/data-option="([^"]+)"/g)].map((o) => o[1]!);
		const rows = [...body.matchAll(/<tr data-row="([^"]+)">([\s\S]*?)<\/tr>/g)].map((r) => ({
			id: r[1]!,
			cells: [...r[2]!.matchAll(/<td\b[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1]!)
		}));
		return { options, rows };
	});
}
const levels = (cell: string) => [...cell.matchAll(/<EvidenceBadge level="([^"]+)"/g)].map((m) => m[1]!);

const certainty = {
	en: {
		trials: /\b(may|probably)\b/i,
		unsupported: /\b(we do not know|no better|no trial)\b/i
	},
	fr: {
		trials: /\b(peut|peuvent|probablement|sans doute)\b/i,
		unsupported: /(on ne sait pas|pas fait mieux|aucun essai)/i
	}
} as const;

describe.each(languages)('the comparison page in %s', (lang) => {
	const text = page(lang);

	it('is written in plain words (Flesch–Kincaid grade ≤ 8 in English, Kandel–Moles ease ≥ 65 in French)', () => {
		const score = readability(plainText(text), lang);
		expect(score.words).toBeGreaterThan(800);
		if (lang === 'en') expect(score.score).toBeLessThanOrEqual(8);
		else expect(score.score).toBeGreaterThanOrEqual(65);
	});

	it('compares the four options, in two tables with the same six rows, a cell for each option in every row', () => {
		const list = tables(text);
		expect(list).toHaveLength(2);
		for (const table of list) {
			expect(table.options).toEqual(OPTIONS);
			expect(table.rows.map((r) => r.id)).toEqual(ROWS);
			for (const row of table.rows) {
				expect(row.cells, row.id).toHaveLength(OPTIONS.length);
				for (const cell of row.cells) expect(plainText(cell).trim().length, row.id).toBeGreaterThan(15);
			}
		}
	});

	// a claim resting on one study without a control group (waiting: Padua 2001) names its source rather than
	// wear a level its design does not reach (GP review D3)
	it('gives each option’s evidence its badge or its source, and uses certainty words that match it', () => {
		for (const table of tables(text)) {
			const evidence = table.rows.find((r) => r.id === 'evidence')!;
			for (const cell of evidence.cells) {
				const found = levels(cell);
				expect(found.length + (cell.match(/<Cite source refs=/g)?.length ?? 0), cell).toBeGreaterThan(0);
				for (const level of found)
					if (level === 'trials' || level === 'unsupported')
						expect(plainText(cell), `${level}: ${cell}`).toMatch(certainty[lang][level]);
			}
		}
	});
});
