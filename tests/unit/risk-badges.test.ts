import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { languages } from '$lib/i18n/languages';
import { plainText } from '$lib/readability';

/**
 * A reader takes an evidence badge as the source of the sentence just before it (GP review 58, D1). The 5 %
 * dextrose label (`dextrose-label`) backs only that the sugar is often made from corn, its pH and its
 * osmolarity: it must never sit right after a sentence about the risks of any injection (infection, a
 * nerve, air around the lung, a bruise, a blood thinner), which it says nothing about. Read as the reader
 * reads it: the badge, and the sentence before it, in every content file of both languages.
 */
const risks = {
	fr: /infection|nerf|pneumothorax|poumon|bleu|hématome|anticoagulant|fluidifie le sang|saignement/i,
	en: /infection|nerve|pneumothorax|lung|bruis|anticoagulant|blood thinner|thins the blood|bleeding/i
} as const;

const BADGE = /<EvidenceBadge\b[^>]*\brefs="([^"]*)"[^>]*\/>/g;

/**
 * What cells do with the glucose (take it up, burn it: what leaves "mostly water") is not on the label either:
 * a sentence that says it needs the biochemistry textbook beside the label (QA review 58, D2).
 */
const cellsUseGlucose = {
	fr: /cellules[^.]*\b(consomment|prennent|captent|utilisent|brûlent)\b/i,
	en: /cells[^.]*\b(use|take up|burn)\b/i
} as const;

interface LabelBadge {
	/** the sentence a reader reads just before the badge */
	sentence: string;
	refs: string[];
}

/** Each dextrose-label badge of a text, with the sentence a reader reads just before it. */
function labelBadges(markdown: string): LabelBadge[] {
	const found: LabelBadge[] = [];
	for (const match of markdown.matchAll(BADGE)) {
		const refs = match[1]!.split(/\s+/);
		if (!refs.includes('dextrose-label')) continue;
		// the text since the paragraph (or table cell) began, up to the badge, without the badges before it
		const before = markdown.slice(0, match.index);
		const start = Math.max(before.lastIndexOf('\n\n'), before.lastIndexOf('<td'), before.lastIndexOf('/>'));
		const text = plainText(before.slice(start < 0 ? 0 : start).replace(/^\/>|^<td\b[^>]*>/, ''))
			.replace(/\s+/g, ' ')
			.trim();
		const sentences = text.split(/(?<=[.!?])\s+(?=\S)/).filter((s) => /\p{L}/u.test(s));
		found.push({ sentence: sentences[sentences.length - 1] ?? '', refs });
	}
	return found;
}
const sentencesBeforeLabelBadges = (markdown: string) => labelBadges(markdown).map((badge) => badge.sentence);

describe('the sentence a reader reads just before a dextrose-label badge', () => {
	it('is found in a table cell and after another badge', () => {
		const cell =
			'<td data-label="G:">The risks: infection. <EvidenceBadge level="trials" refs="wu-2017" /> The sugar comes from corn. <EvidenceBadge level="established" refs="dextrose-label" /></td>';
		expect(sentencesBeforeLabelBadges(cell)).toEqual(['The sugar comes from corn.']);
		expect(
			sentencesBeforeLabelBadges(
				'Bruises, infection. Often from corn; bruises more likely. <EvidenceBadge refs="dextrose-label" />'
			)
		).toEqual(['Often from corn; bruises more likely.']);
	});

	describe.each(languages)('in %s', (lang) => {
		const dir = `src/content/${lang}`;
		const files = readdirSync(dir).filter((name) => name.endsWith('.md'));

		it.each(files)('%s never names an injection risk', (name) => {
			const text = readFileSync(`${dir}/${name}`, 'utf8');
			const wrong = sentencesBeforeLabelBadges(text).filter((sentence) => risks[lang].test(sentence));
			expect(wrong).toEqual([]);
		});

		it.each(files)('%s cites the textbook beside the label for what cells do with glucose', (name) => {
			const text = readFileSync(`${dir}/${name}`, 'utf8');
			const unsourced = labelBadges(text)
				.filter((badge) => cellsUseGlucose[lang].test(badge.sentence) && !badge.refs.includes('berg-2002'))
				.map((badge) => badge.sentence);
			expect(unsourced).toEqual([]);
		});
	});
});
