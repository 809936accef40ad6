import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { practitionerQuestions, sureQuestions, sureTopic } from '$lib/decision/questions';
import { handoutWords } from '$lib/handout/words';
import type { EvidenceLevel } from '$lib/evidence/levels';
import { format } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/languages';
import { listOf } from '$lib/text/list';
import { pageSlugs } from '$lib/i18n/pages';
import { plainText, readability } from '$lib/readability';

/**
 * Plain words, measured (issue 12): the texts a patient reads first or takes home are held to a readability
 * formula, and their certainty words agree with the badges beside them.
 * - every summary card at the top of an article (<SummaryCard> … </SummaryCard>), each on its own;
 * - each printable sheet as printed with nothing ticked: its Markdown, the sheet's own words
 *   (src/lib/handout/messages), the questions it then offers (src/lib/decision/questions.ts) and its line
 *   on a SURE test answered "no" four times.
 * English: Flesch–Kincaid grade ≤ 8. French: Kandel–Moles ease ≥ 65.
 */
const read = (lang: Lang, key: keyof typeof pageSlugs) =>
	readFileSync(`src/content/${lang}/${pageSlugs[key][lang]}.md`, 'utf8');
const passes = (lang: Lang, score: number) => (lang === 'en' ? score <= 8 : score >= 65);

const cards = (['glucopuncture', 'hydrotomy'] as const).flatMap((key) =>
	(['fr', 'en'] as const).flatMap((lang) =>
		[...read(lang, key).matchAll(/<SummaryCard topic="([^"]*)"[^>]*>([\s\S]*?)<\/SummaryCard>/g)].map(
			(m) => ({
				name: `${lang} ${key} card "${m[1]}"`,
				lang,
				markdown: m[2]!,
				text: plainText(m[2]!)
			})
		)
	)
);

/** The sheet as printed for a reader who ticked nothing: prose, its own words, the questions it offers. */
function sheetText(lang: Lang, markdown: string, withDose: boolean): string {
	const m = handoutWords[lang];
	const dose = format(m.handoutDose, {
		volume: '20',
		percent: '5 %',
		grams: '1 g',
		strawberries: '2'
	});
	return [
		plainText(markdown),
		m.handoutPrintBefore + m.handoutPrintAction + m.handoutPrintAfter,
		withDose ? dose : '',
		m.handoutNoTicked,
		...practitionerQuestions.map((q) => q.text[lang]),
		`${m.handoutSureHeading} ${format(m.handoutSureSomeNo, {
			topics: listOf(
				sureQuestions.map((q) => sureTopic(q, lang)),
				lang
			)
		})}`
	].join('\n\n');
}
const sheets = (['handout-glucopuncture', 'handout-hydrotomy'] as const).flatMap((key) =>
	(['fr', 'en'] as const).map((lang) => {
		const markdown = read(lang, key);
		return {
			name: `${lang} ${key}`,
			lang,
			markdown,
			text: sheetText(lang, markdown, markdown.includes('<DoseLine'))
		};
	})
);

const texts = [...cards, ...sheets];

describe('plain words: readability of the patient-facing texts', () => {
	it('finds the four cards of each article in each language, and the two sheets', () => {
		expect(cards).toHaveLength(16);
		expect(sheets).toHaveLength(4);
	});

	it.each(texts.map((t) => [t.name, t] as const))(
		'%s reads at grade ≤ 8 (en) or ease ≥ 65 (fr)',
		(_name, { lang, text }) => {
			const { score } = readability(text, lang);
			expect(passes(lang, score), `score ${score.toFixed(1)}`).toBe(true);
		}
	);

	it('prints the scores (for the issue note)', () => {
		const rows = texts.map(({ name, lang, text }) => {
			const r = readability(text, lang);
			return { text: name, formula: r.formula, score: Number(r.score.toFixed(1)), words: r.words };
		});
		console.table(rows);
		expect(rows.every((row) => Number.isFinite(row.score))).toBe(true);
	});
});

/**
 * Certainty words: a paragraph or list item that carries a badge says as much in words. Small trials
 * "may" help, a hypothesis is something "we do not know", an unsupported claim "has not been shown", an
 * incorrect one is answered "no". Established facts need no hedge.
 */
const certainty: Record<Lang, Partial<Record<EvidenceLevel, RegExp>>> = {
	en: {
		trials: /\b(may|might|suggests?|small|a few)\b/i,
		hypothesis: /\b(we do not know|perhaps|might|plausible|not been (tested|measured))\b/i,
		unsupported:
			/\b(not been shown|not (been )?proven|no (controlled |sound )?trial|has not|have not|no evidence)\b/i,
		incorrect: /\b(no|not|wrong|incorrect)\b/i
	},
	fr: {
		trials: /(peuvent|peut|pourrai|suggèr|petits essais|quelques essais)/i,
		hypothesis: /(on ne (le )?sait pas|peut-être|plausible|pas été (testé|mesuré))/i,
		unsupported: /(pas été montré|aucun essai|n’a pas|pas de preuve|pas assez prouvé|aucun)/i,
		incorrect: /\b(non|pas|faux|inexact)\b/i
	}
};
const paragraphs = (markdown: string) =>
	markdown
		.replace(/^---\n[\s\S]*?\n---\n/, '')
		.split(/\n\s*\n|\n(?=- )/)
		.filter((block) => block.includes('<EvidenceBadge'));

describe('plain words: certainty words agree with the evidence levels', () => {
	it.each(texts.map((t) => [t.name, t] as const))('%s', (_name, { lang, markdown }) => {
		const mismatched = paragraphs(markdown).flatMap((block) =>
			[...block.matchAll(/<EvidenceBadge level="([a-z]+)"/g)]
				.map((m) => m[1] as EvidenceLevel)
				.filter((level) => {
					const words = certainty[lang][level];
					return words !== undefined && !words.test(plainText(block));
				})
				.map((level) => `${level}: ${plainText(block).trim().slice(0, 80)}`)
		);
		expect(mismatched).toEqual([]);
	});
});
