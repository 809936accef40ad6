import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import evidenceFr from '$lib/evidence/messages/fr.json';
import evidenceEn from '$lib/evidence/messages/en.json';
import { handoutWords } from '$lib/handout/words';
import type { Lang } from '$lib/i18n/languages';
import { pageSlugs } from '$lib/i18n/pages';
import { plainText } from '$lib/readability';
import { references } from '../../src/content/references';

/**
 * Equal words for a patient deciding (patient review D4–D6): on the choosing page, usual care and waiting are
 * told in as much detail as the two injections, in the same tone; gains are written as what trials found, not
 * as what a treatment "can" do; a diabetic reader is sent to their own doctor or nurse, not reassured; the
 * alarming risks say how often (or that no one knows) and what to watch for; hard words are glossed where a
 * patient meets them.
 */
const read = (lang: Lang, key: keyof typeof pageSlugs) =>
	readFileSync(`src/content/${lang}/${pageSlugs[key][lang]}.md`, 'utf8').replace(/\u00a0/g, ' ');
const choosing = { fr: read('fr', 'choosing'), en: read('en', 'choosing') };
const OPTIONS = ['glucopuncture', 'hydrotomy', 'usual-care', 'waiting'] as const;

/** Each comparison table: for each row, the plain words of each option's cell, in column order. */
function tables(markdown: string) {
	return [...markdown.matchAll(/<table class="compare">([\s\S]*?)<\/table>/g)].map((table) =>
		[...table[1]!.matchAll(/<tr data-row="([^"]+)">([\s\S]*?)<\/tr>/g)].map((row) => ({
			row: row[1]!,
			cells: [...row[2]!.matchAll(/<td\b[^>]*>([\s\S]*?)<\/td>/g)].map((cell) => plainText(cell[1]!))
		}))
	);
}
const words = (text: string) => text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;

describe.each(['fr', 'en'] as const)('the choosing page in %s', (lang) => {
	const text = choosing[lang];
	const list = tables(text);

	it('tells each option in comparable detail: no option has under half the words of the longest', () => {
		expect(list).toHaveLength(2);
		for (const [index, table] of list.entries()) {
			const totals = OPTIONS.map((_, column) =>
				table.reduce((sum, { cells }) => sum + words(cells[column] ?? ''), 0)
			);
			const longest = Math.max(...totals);
			for (const [column, total] of totals.entries())
				expect(
					total / longest,
					`table ${index + 1}, ${OPTIONS[column]}: ${totals.join(', ')}`
				).toBeGreaterThanOrEqual(0.5);
		}
	});

	it('gives usual care and waiting a "what can go wrong" and a "good to know" of comparable length', () => {
		for (const table of list)
			for (const row of ['harms', 'practical']) {
				const counts = table.find((r) => r.row === row)!.cells.map(words);
				const longest = Math.max(...counts);
				for (const column of [2, 3])
					expect(counts[column]! / longest, `${row}: ${counts.join(', ')}`).toBeGreaterThan(0.35);
			}
	});

	it('writes gains as what trials found, not as what a treatment "can" do', () => {
		const promise =
			lang === 'fr'
				? /\b(peut|peuvent|pourrait) (aider|soulager|calmer)|^Elle aide (?!peut-être)/
				: /\b(can|may|could) (help|ease|relieve)|^It helps\b/;
		for (const table of list)
			for (const { row, cells } of table)
				if (row === 'evidence' || row === 'benefits')
					for (const cell of cells) expect(cell, `${row}: ${cell}`).not.toMatch(promise);
	});

	it('states the regulator’s decisions factually, without "punished"', () => {
		expect(text).not.toMatch(/puni|punish/i);
	});

	it('glosses the epidural, the nerve roots and knee washing where they come', () => {
		const [epidural, roots, lavage] =
			lang === 'fr'
				? [/une péridurale \(|une péridurale[^.]*: une piqûre/, /racines des nerfs \(/, /genou \(/]
				: [/an epidural \(|an epidural[^.]*: an injection/, /nerve roots \(/, /knee \(/];
		expect(text).toMatch(epidural);
		expect(text).toMatch(roots);
		expect(text).toMatch(lavage);
		expect(text).not.toMatch(lang === 'fr' ? /lave le mal/ : /washes out pain/);
	});

	it('says, beside air around the lung, that no one has a figure for it and what calls for help', () => {
		const cell = list
			.flatMap((table) => table.flatMap((r) => r.cells))
			.find((c) => (lang === 'fr' ? /air autour du poumon/ : /air (get )?around the lung/).test(c));
		expect(cell).toBeDefined();
		expect(cell).toMatch(lang === 'fr' ? /pas trouvé de chiffre sûr/ : /no reliable figure/);
		expect(cell).toMatch(lang === 'fr' ? /15 ou le 112/ : /emergency number/);
	});

	it('gives waiting, beside "the nerve may get worse", how often and the signs to watch', () => {
		const harms = list[0]!.find((r) => r.row === 'harms')!.cells[3]!;
		expect(harms).toMatch(lang === 'fr' ? /pas trouvé de chiffre sûr/ : /no reliable figure/);
		expect(harms).toMatch(lang === 'fr' ? /pouce/ : /thumb/);
	});
});

describe('the two articles’ summaries say "not shown" in the same words', () => {
	it.each([
		['fr', /on n’a pas montré/i, /minces/],
		['en', /has not been shown|It has not been shown/, /thin\b|slim\b/]
	] as const)('%s', (lang, notShown, softer) => {
		for (const key of ['glucopuncture', 'hydrotomy'] as const) {
			const card = read(lang, key).match(/<SummaryCard topic="works"[\s\S]*?<\/SummaryCard>/)![0];
			expect(card, key).toMatch(notShown);
			expect(card, key).not.toMatch(softer);
			for (const badge of card.matchAll(/<EvidenceBadge [^>]*>/g)) expect(badge[0]).toMatch(/refs="[^"]+"/);
		}
	});
});

describe('blood sugar: the number, then the reader’s own doctor or nurse, not reassurance', () => {
	const reassurance = /même (en cas de|avec un) diabète|even (with|for someone with) diabetes/;
	const ownCare = { fr: /médecin ou (à )?(votre )?infirmi/, en: /doctor or nurse/ };
	it.each(['fr', 'en'] as const)('%s: the sheet’s dose line and the article’s summary', (lang) => {
		expect(handoutWords[lang].handoutDose).not.toMatch(reassurance);
		expect(handoutWords[lang].handoutDose.replace(/\u00a0/g, ' ')).toMatch(ownCare[lang]);
		const card = read(lang, 'glucopuncture').match(/<SummaryCard topic="risks"[\s\S]*?<\/SummaryCard>/)![0];
		expect(card).not.toMatch(reassurance);
		expect(card).toMatch(ownCare[lang]);
	});
});

describe('the evidence label’s sheet in plain words', () => {
	it('names the pooled carpal tunnel trials without "meta-analysis" or "quasi-randomised"', () => {
		const study = references.find((ref) => ref.id === 'oh-2025')!.study!;
		for (const line of [study.fr, study.en]) {
			expect(line).not.toMatch(/méta-analyse|meta-analysis|quasi/i);
			expect(line).toMatch(/220/);
		}
	});

	it('says what a splint trial compared, beside its journal’s short name', () => {
		const study = references.find((ref) => ref.id === 'orthosis-d5w-2026')!.study!;
		expect(study.fr).toMatch(/attelle/);
		expect(study.en).toMatch(/splint/);
	});

	it('says how sure the small trials make us without "certainty"', () => {
		expect(evidenceFr.evidenceTrialsDetail).not.toMatch(/certitude/);
		expect(evidenceEn.evidenceTrialsDetail).not.toMatch(/certainty/);
	});
});

describe('the printed sheets', () => {
	it('gloss the knee washing of the hydrotomy sheet', () => {
		expect(read('fr', 'handout-hydrotomy')).toMatch(/genou \(/);
		expect(read('en', 'handout-hydrotomy')).toMatch(/knee \(/);
		for (const lang of ['fr', 'en'] as const) expect(read(lang, 'handout-hydrotomy')).not.toMatch(/puni/i);
	});
});
