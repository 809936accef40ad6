import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { practitionerQuestions, values } from '$lib/decision/questions';
import decisionFr from '$lib/decision/messages/fr.json';
import decisionEn from '$lib/decision/messages/en.json';
import { handoutWords } from '$lib/handout/words';
import type { Lang } from '$lib/i18n/languages';
import { pageSlugs } from '$lib/i18n/pages';
import { D5W_PERCENT, dextroseDose } from '$lib/physiology/dose';
import { plainText, sentencesOf } from '$lib/readability';

/**
 * Plain words for a patient of 68 with little schooling, helped by her daughter on a phone (review
 * "plainwords"): each hard word of the choosing page explained where she meets it, one word for one thing,
 * sources named as sources, the same caveat and the same money line on each side, one figure for blood
 * sugar on the sheet, and no long French sentence.
 */
const read = (lang: Lang, key: keyof typeof pageSlugs) =>
	readFileSync(`src/content/${lang}/${pageSlugs[key][lang]}.md`, 'utf8');
const choosing = { fr: read('fr', 'choosing'), en: read('en', 'choosing') };
const sheets = (['handout-glucopuncture', 'handout-hydrotomy'] as const).flatMap((key) =>
	(['fr', 'en'] as const).map((lang) => ({ key, lang, markdown: read(lang, key) }))
);
const nb = (text: string) => text.replace(/\u00a0/g, ' ');

/** A row's cell for one option, in the table of one section (carpal tunnel, or muscle, tendon and back). */
function cells(markdown: string, row: string, option: string): string[] {
	return [...markdown.matchAll(new RegExp(`<tr data-row="${row}">([\\s\\S]*?)</tr>`, 'g'))].map((m) => {
		const cell = m[1]!.split('<td ').find((td) => td.startsWith(`data-label="${option}`));
		if (!cell) throw new Error(`no ${option} cell in the ${row} row`);
		return nb(cell);
	});
}

describe('the choosing page explains its hard words where a patient meets them', () => {
	const fr = nb(choosing.fr);
	it('says what an ultrasound is, the first time it comes', () => {
		expect(fr).toMatch(/guidée par échographie \(une image de l’intérieur du corps, faite avec des sons\)/);
		expect(nb(choosing.en)).toMatch(
			/guided by ultrasound \(a picture of the inside of the body, made with sound\)/
		);
	});

	it('says "not an operation", not "no incision" nor "no cut"; and every "malaise" says one may faint', () => {
		expect(fr).not.toMatch(/incision|Pas de coupure/);
		// and never "Pas d’opération." alone, which a patient who fears surgery read as a promise (patient review 60, D3)
		expect(fr).toMatch(/Ce n’est pas une opération ; on ne sait pas si elle en évite une plus tard\./);
		expect(fr).not.toMatch(/Pas d’opération\./);
		const malaises = fr.match(/malaise[^,;.]*/g) ?? [];
		expect(malaises.length).toBeGreaterThan(0);
		for (const malaise of malaises) expect(malaise).toMatch(/^malaise \(on peut s’évanouir\)/);
	});

	it('explains guidelines, cortisone, and why maize', () => {
		expect(fr).toMatch(/^[^]*?recommandations \(les conseils écrits pour les médecins\)/);
		expect(fr).not.toMatch(/dérivé/);
		for (const cell of cells(fr, 'harms', 'Glucopuncture'))
			expect(cell).toMatch(/Le sucre vient souvent du maïs : une personne allergique au maïs/);
	});

	it('calls the numbing drug one name, with its medical name beside it, in the cards and the questions', () => {
		expect(fr).toMatch(/un produit qui endort \(un anesthésique local\)/);
		const questions = practitionerQuestions.map((q) => q.text.fr.replace(/\u00ad/g, ''));
		for (const question of questions.filter((q) => /anesth/.test(q)))
			expect(question).toMatch(/produit qui endort \(anesthésique local\)/);
		expect(questions.join(' ')).toMatch(/avec ou sans produit qui endort/);
		expect(questions.join(' ')).toMatch(/mon problème \(le diagnostic\)/);
		expect(values.map((v) => v.text.fr).join(' ')).not.toMatch(/indésirables/);
		expect(decisionFr.chooseQuestionsLegend).not.toMatch(/praticien/);
	});

	it('names every source in its text as a source: "(source : AAOS 2016)", never a bare "(AAOS 2016)"', () => {
		for (const markdown of [choosing.fr, choosing.en, ...sheets.map((s) => s.markdown)]) {
			const cites = markdown.match(/<Cite [^>]*>/g) ?? [];
			expect(cites.length).toBeGreaterThan(0);
			for (const cite of cites) expect(cite).toMatch(/^<Cite source refs=/);
		}
	});

	it('gives the anaesthetic’s harm its dose, not "harm to the heart and the brain"', () => {
		for (const cell of cells(fr, 'harms', 'Hydrotomie')) {
			expect(cell).not.toMatch(/nuire au cœur et au cerveau/);
			expect(cell).toMatch(/À trop forte dose.*convulsions.*Le risque grandit avec la dose/);
		}
	});

	// osteoarthritis is a disease of the whole joint (glossary), not wear: the page does not call it that
	it('points a shoulder to its section, and treats osteoarthritis of the knee and of the shoulder alike', () => {
		expect(fr).toMatch(/Pour l’arthrose du genou ou de l’épaule/);
		expect(nb(choosing.en)).toMatch(/For osteoarthritis of the knee or shoulder/);
		for (const text of [fr, nb(choosing.en)]) expect(text).not.toMatch(/usure|usés|\(wear\)|worn knee/);
		expect(fr).toMatch(/tendon de l’épaule, elle, entre dans la partie \[[^\]]+\]\(#muscle-tendon-back\)/);
		expect(nb(choosing.en)).toMatch(
			/tendon of the shoulder, though, belongs under \[[^\]]+\]\(#muscle-tendon-back\)/
		);
	});

	// in English, for a reader in any country: who pays (the public health service, an insurer or you), not the
	// French "reimbursed"
	it('says for each option that is paid for whether it is reimbursed (who pays, in English), or to ask', () => {
		for (const [lang, options, word] of [
			['fr', ['Glucopuncture', 'Hydrotomie', 'Soins habituels'], /rembours/],
			['en', ['Glucopuncture', 'Hydrotomy', 'Usual care'], /who pays/]
		] as const)
			for (const option of options)
				for (const cell of cells(choosing[lang], 'practical', option))
					expect(cell, `${lang} ${option}`).toMatch(word);
	});
});

describe('the French a patient reads has no long sentence', () => {
	// the emergency lines are left as they are: each is a list of signs, and splitting it would lose a sign
	const emergency =
		/15 ou le 112|Voyez vite un médecin|Voyez-le vite|Dans les jours qui suivent|Appelez aussi/;
	const french = [
		['choosing page', choosing.fr],
		...sheets.filter((s) => s.lang === 'fr').map((s) => [s.key, s.markdown] as const)
	] as const;
	it.each(french)('%s: no sentence of more than 28 words', (_name, markdown) => {
		const body = markdown.replace(/^---[\s\S]*?---/, '').replace(/<caption>[\s\S]*?<\/caption>/g, '');
		const long = sentencesOf(plainText(body))
			.flatMap((sentence) => sentence.split(/\n/))
			.filter((sentence) => !emergency.test(sentence))
			.filter((sentence) => sentence.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length > 28);
		expect(long).toEqual([]);
	});
});

describe('the printed sheets', () => {
	it('keep the "too few to know" caveat beside "no serious harm", as the choosing page does', () => {
		expect(nb(read('fr', 'handout-glucopuncture'))).toMatch(
			/Aucun effet grave n’a été signalé dans ces petits essais \(environ 30 à 60 poignets chacun\) ni quand on les a regroupés\. C’est bien trop peu pour savoir combien de fois un nerf est blessé\./
		);
		expect(read('en', 'handout-glucopuncture')).toMatch(
			/No serious harm was reported in these small trials \(about 30 to 60\u00a0wrists each\) nor when they were pooled: far too few to know how often a nerve is harmed\./
		);
	});

	it('give blood sugar one figure in one unit, and write millilitres out', () => {
		for (const lang of ['fr', 'en'] as const) {
			const dose = handoutWords[lang].handoutDose;
			const units = dose.match(/mmol\/L|mg\/dL|g\/L|gramme par litre/g) ?? [];
			expect(units, lang).toHaveLength(1);
			// written out once: not "20 mL (millilitres)", which a screen reader says "20 millilitres (millilitres)"
			expect(dose, lang).toMatch(/\{volume\}\u00a0millilitres /);
			expect(dose, lang).not.toMatch(/\(millilitres\)/);
		}
		for (const sheet of sheets) expect(nb(sheet.markdown), sheet.key).not.toMatch(/\d mL\b/);
	});

	it('say no more about blood sugar than the model allows: a large session raises it by under 0.1 g/L', () => {
		// the sheet's 20 mL at 5 % (DoseLine.svelte), at its upper bound (science.md C1 #17)
		const dose = dextroseDose(20, D5W_PERCENT);
		expect(dose.bloodGlucoseRiseUpperBound_g_per_L).toBeLessThan(0.1);
		expect(dose.bloodGlucoseRiseUpperBound_mmol_per_L).toBeLessThan(0.5);
		expect(nb(handoutWords.fr.handoutDose)).toMatch(/moins d’un dixième de gramme par litre/);
		expect(nb(handoutWords.en.handoutDose)).toMatch(/less than 0\.5 mmol\/L/);
	});

	it('name the readiness test in plain words, and "SURE" once, in brackets, on the page', () => {
		for (const lang of ['fr', 'en'] as const) {
			expect(Object.values(handoutWords[lang]).join(' '), lang).not.toMatch(/SURE/);
		}
		for (const words of [decisionFr, decisionEn]) {
			expect(Object.values(words).join(' ').match(/SURE/g)).toHaveLength(1);
			expect(words.chooseSureHint).toMatch(/\([^)]*SURE[^)]*\)/);
		}
	});

	it('say that the wrist warning is about the wrist', () => {
		expect(nb(read('fr', 'handout-glucopuncture'))).toMatch(/- \*\*Au poignet\*\* : si la main faiblit/);
		expect(read('en', 'handout-glucopuncture')).toMatch(/- \*\*At the wrist\*\* \(carpal tunnel\)/);
	});
});

describe('where the wrist trials are summed up, for whom they were (patient review 60)', () => {
	// the trials were in mild to moderate carpal tunnel syndrome (science.md B): a reader with a severe one, or
	// who does not know, must read it wherever the result is given, not only deep in the article (D1)
	it.each([
		['fr', 'choisir', /formes légères à modérées, pas sur les formes sévères/],
		['en', 'choosing', /mild to moderate cases, not severe ones/],
		['fr', 'glucopuncture', /canal carpien léger à modéré/],
		['en', 'glucopuncture', /mild to moderate carpal tunnel/],
		['fr', 'fiche-glucopuncture', /canal carpien léger à modéré/],
		['en', 'handout-glucopuncture', /mild to moderate carpal tunnel/]
	] as const)('%s %s says it', (lang, page, said) => {
		expect(nb(readFileSync(`src/content/${lang}/${page}.md`, 'utf8'))).toMatch(said);
	});

	it('the choosing page gives the wrist injection’s sugar and diabetes beside its risks, as the steroid’s (D6)', () => {
		expect(cells(choosing.fr, 'harms', 'Glucopuncture')[0]).toMatch(/0,25 g de sucre.*avec un diabète/);
		expect(cells(choosing.en, 'harms', 'Glucopuncture')[0]).toMatch(/0\.25 g of sugar.*with diabetes/);
	});
});

describe('what the sugar of a session does to blood sugar', () => {
	// up to 1 g in a session raises it by some 0.37 mmol/L at worst (the article's own sum): too little to change
	// it noticeably, never "does not change it" (QA review 60, D3); said alike wherever the site says it
	it.each([
		['en', 'glucopuncture', /neither changes blood sugar noticeably/],
		['fr', 'glucopuncture', /trop peu pour changer nettement le sucre du sang/],
		['en', 'home', /far too small to change blood glucose noticeably/],
		['fr', 'home', /trop faible pour changer nettement la glycémie/]
	] as const)('%s %s: "noticeably", not "not at all"', (lang, page, said) => {
		expect(nb(readFileSync(`src/content/${lang}/${page}.md`, 'utf8'))).toMatch(said);
	});
});

describe('the articles’ summaries', () => {
	it('say the gram of sugar plainly in French, as in English (no fronted "Que … soit … est établi")', () => {
		const card = nb(read('fr', 'glucopuncture')).match(
			/<SummaryCard topic="risks"[\s\S]*?<\/SummaryCard>/
		)![0];
		expect(card).not.toMatch(/^Que |\. Que /m);
		expect(card).toMatch(
			/Une grosse séance \(20 mL\) apporte environ 1 g de sucre ; une piqûre au canal carpien \(5 mL\), 0,25 g : trop peu pour changer nettement le sucre du sang/
		);
	});
});
