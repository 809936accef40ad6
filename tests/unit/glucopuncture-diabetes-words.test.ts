import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Lang } from '$lib/i18n/languages';

/**
 * A 67-year-old with type 2 diabetes reads the glucopuncture article (patient review D3, D5). Where it says
 * a session's gram of glucose is small beside his diabetes, it says the number is the site's calculation and
 * sends him to his own doctor or nurse, as the summary card and the sheet do; it never promises "even with
 * diabetes". The calculated blood-sugar bound is not the sentence an absorption study's badge judges. And the
 * red cells that burst in a transfusion line are set beside what a few millilitres in the wrist do.
 */
const article = (lang: Lang) =>
	readFileSync(`src/content/${lang}/glucopuncture.md`, 'utf8').replace(/\u00a0/g, ' ');
const paragraphs = (lang: Lang) => article(lang).split(/\n\s*\n/);

const words = {
	fr: {
		promise: /même (en cas de|avec un|pour une personne) diab/i,
		small: /glycémie|sucre du sang/i,
		sessionGram: /(le gramme|1 g)\b/,
		calculation: /notre calcul/i,
		ownCare: /médecin ou (à )?(votre )?infirmi/,
		bound: '0,37 mmol/L',
		transfusion: /transfusion/,
		tissue: /liquide qui baigne les tissus/,
		gradually: /peu à peu/
	},
	en: {
		promise: /even (with|for someone with) diabetes/i,
		small: /blood (sugar|glucose)/i,
		sessionGram: /(the gram|1 g)\b/,
		calculation: /our calculation/i,
		ownCare: /doctor or nurse/,
		bound: '0.37 mmol/L',
		transfusion: /transfusion/,
		tissue: /fluid that bathes the tissues/,
		gradually: /gradually/
	}
} as const;

describe.each(['fr', 'en'] as const)('%s glucopuncture article', (lang) => {
	const w = words[lang];

	it('never promises that a session’s sugar is nothing even with diabetes', () => {
		expect(article(lang)).not.toMatch(w.promise);
	});

	it('says the session’s gram is small by our calculation, then sends a diabetic reader to their doctor or nurse', () => {
		const said = paragraphs(lang).filter((p) => w.sessionGram.test(p) && w.small.test(p) && /diab/i.test(p));
		// the risks section, the blood-sugar section and the bottom line
		expect(said.length).toBeGreaterThanOrEqual(3);
		for (const p of said) {
			expect(p, p.slice(0, 80)).toMatch(w.calculation);
			expect(p, p.slice(0, 80)).toMatch(w.ownCare);
		}
	});

	it('gives the blood-sugar bound as our calculation, not as the sentence an absorption study’s badge judges', () => {
		const p = paragraphs(lang).find((text) => text.includes(w.bound))!;
		const sentences = p.split(/(?<=\.)\s+/);
		const at = sentences.findIndex((s) => s.includes(w.bound));
		expect(sentences[at]).toMatch(w.calculation);
		// no badge in the bound's sentence, nor right after it
		expect(sentences[at]).not.toMatch(/<EvidenceBadge/);
		expect(sentences[at + 1] ?? '').not.toMatch(/^<EvidenceBadge/);
	});

	it('sets the transfusion’s bursting red cells beside what an injection’s few millilitres do', () => {
		const p = paragraphs(lang).find((text) => w.transfusion.test(text))!;
		expect(p).toMatch(w.tissue);
		expect(p).toMatch(w.gradually);
		expect(p).toMatch(/<EvidenceBadge level="established" refs="[^"]*danielsen-2022/);
	});
});
