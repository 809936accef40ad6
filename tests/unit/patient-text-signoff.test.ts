import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Lang } from '$lib/i18n/languages';
import { pageSlugs } from '$lib/i18n/pages';
import { plainText } from '$lib/readability';
import { references } from '../../src/content/references';

/**
 * What a French GP and a pain-physiology lecturer would not sign on the patient pages (their review D1–D7,
 * D9, D10): each claim stays within ../shared/science.md, with a label no stronger than its study, and the
 * disciplinary decision is told as it was taken. Each check reads the Markdown a patient reads.
 */
type Page = keyof typeof pageSlugs | 'home';
const read = (lang: Lang, key: Page) =>
	readFileSync(`src/content/${lang}/${key === 'home' ? 'home' : pageSlugs[key][lang]}.md`, 'utf8').replace(
		/\u00a0/g,
		' '
	);
const summary = (text: string, topic: string) =>
	text.match(new RegExp(`<SummaryCard topic="${topic}"[\\s\\S]*?</SummaryCard>`))![0];

describe.each(['fr', 'en'] as const)('the patient pages in %s', (lang) => {
	const choosing = read(lang, 'choosing');
	const glucoseSheet = read(lang, 'handout-glucopuncture');
	const hydrotomySheet = read(lang, 'handout-hydrotomy');

	it('D1: does not give the pooled 220 hands (half of them had a steroid) as the glucose safety count', () => {
		for (const text of [choosing, glucoseSheet]) {
			expect(text).not.toMatch(/220 (mains|hands)/);
			// the trials' range as science.md B gives it, "about" 30–60 (Lin 2020’s 63 wrists at its top: pharm review D4, GP review 58 D6)
			expect(text).toMatch(lang === 'fr' ? /30 à 60 poignets/ : /30 to 60 wrists/);
		}
	});

	it('D2: gives a session’s sugar as 1 g for a large one and 0.25 g for a carpal tunnel injection', () => {
		const card = summary(read(lang, 'glucopuncture'), 'risks');
		expect(card).not.toMatch(/environ un gramme|about a gram/);
		expect(card).toMatch(/20 mL/);
		expect(card).toMatch(lang === 'fr' ? /0,25 g/ : /0\.25 g/);
		// 5 mL of 5 % glucose: 5 × 5 / 100 g
		expect((5 * 5) / 100).toBe(0.25);
		expect(read(lang, 'glucopuncture')).not.toMatch(
			/le gramme de glucose d’une séance|the gram of glucose in a session/
		);
	});

	it('D3: labels no claim resting on Padua 2001, Stepan 2014 or Menezes Costa 2012 alone “established”, on any page', () => {
		const pages = [choosing, read(lang, 'glucopuncture'), glucoseSheet];
		for (const id of ['padua-2001', 'stepan-2014', 'menezes-costa-2012'])
			for (const text of pages)
				expect(text).not.toMatch(new RegExp(`<EvidenceBadge level="established" refs="${id}"`));
	});

	it('D3: gives the steroid’s rise in blood sugar as Stepan 2014 found it (days 1 and 2), and no mean it did not vet', () => {
		expect(choosing).toMatch(
			lang === 'fr' ? /sucre du sang un jour ou deux/ : /blood sugar for a day or two/
		);
		expect(choosing).not.toMatch(/quelques jours en cas de diabète|for a few days/);
		const stepan = references.find((ref) => ref.id === 'stepan-2014')!;
		expect(stepan.supports[lang]).not.toMatch(/mg\/dL/);
		expect(stepan.supports[lang]).toMatch(lang === 'fr' ? /deuxième jour/ : /second days/);
	});

	it('D3: describes the splint without a duration science.md does not vet', () => {
		expect(plainText(choosing)).not.toMatch(/6 semaines|6 weeks/);
	});

	it('D4: states no count science.md does not vet, and the knee strength as science.md gives it', () => {
		const text = plainText(choosing);
		expect(text).not.toMatch(/\b13 (petits|small)\b/);
		expect(text).not.toMatch(/15 (à|to) 25/);
		expect(text).toMatch(lang === 'fr' ? /12,5 à 25 %/ : /12\.5 to 25%/);
		expect(choosing).not.toMatch(/<IconArray/);
		expect(text).not.toMatch(/4 (personnes sur|in) 10|\b(53|79) (sur|in) 100/);
		expect(text).not.toMatch(/6 premières semaines|first 6 weeks/);
		expect(plainText(glucoseSheet)).not.toMatch(/\b13 (petits|small)\b/);
		const study = (id: string) => references.find((ref) => ref.id === id)!;
		for (const id of ['arias-vazquez-2024', 'orthosis-d5w-2026', 'menezes-costa-2012'])
			for (const field of [study(id).study!, study(id).supports])
				expect(field[lang], id).not.toMatch(/\b(13|44|6) (petits|small|patients|premières|weeks)/);
	});

	it('D4: cites, for what a steroid injection gave, a source that compared one', () => {
		const benefits = choosing.match(/<tr data-row="benefits">[\s\S]*?<\/tr>/)![0];
		for (const cell of benefits.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g))
			if (/corticoïde|steroid/.test(cell[1]!)) expect(cell[1]).toMatch(/oh-2025|aaos-2024/);
	});

	it('D5: names the regional chamber, June 2023, the founder struck off, and the courses as the society says', () => {
		const cells = [...choosing.matchAll(/<td data-label="(Hydrotomie|Hydrotomy) ?:">([^\n]*)<\/td>/g)]
			.map((m) => m[2]!)
			.filter((cell) => /Ordre|council/.test(cell));
		expect(cells).toHaveLength(2);
		const known = hydrotomySheet.match(/## (Ce que l’on sait|What is known)[\s\S]*?## /)![0];
		for (const text of [...cells, known]) {
			expect(text).toMatch(
				lang === 'fr' ? /chambre disciplinaire régionale/ : /regional disciplinary chamber/
			);
			// an English reader gets the region in words, not the French abbreviation
			expect(text).toMatch(
				lang === 'fr' ? /PACA-Corse/ : /south-east France \(Provence-Alpes-Côte d’Azur and Corsica\)/
			);
			expect(text).toMatch(lang === 'fr' ? /juin 2023/ : /June 2023/);
			expect(text).toMatch(lang === 'fr' ? /radié/ : /struck off/);
			expect(text).toMatch(
				lang === 'fr' ? /Selon la société qui l’enseigne/ : /According to the society that teaches it/
			);
			expect(text).not.toMatch(/l’Ordre des médecins l’a jugée|judges of the medical council/);
		}
		expect(summary(read(lang, 'hydrotomy'), 'works')).toMatch(
			lang === 'fr' ? /chambre disciplinaire régionale/ : /regional disciplinary chamber/
		);
	});

	it('D6: gives the steroid injection the risks of any injection, and “no pills” to no option', () => {
		expect(choosing).not.toMatch(/Pas de cachets à prendre|No pills to take/);
		const usual = [...choosing.matchAll(/<tr data-row="harms">[\s\S]*?<\/tr>/g)].map(
			(row) => [...row[0].matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)][2]![1]!
		);
		for (const cell of usual)
			expect(cell).toMatch(
				lang === 'fr'
					? /risques de toute piqûre : douleur, bleu, infection, malaise[^.]*nerf blessé/
					: /risks of any injection: pain, a bruise, infection, fainting[^.]*nerve/
			);
	});

	it('D7: narrows the steroid’s worse long-term result to the elbow', () => {
		expect(choosing).not.toMatch(/Pour un tendon, une piqûre|For a tendon, a steroid/);
		expect(choosing).toMatch(/tennis-elbow|tennis elbow/);
	});

	it('D9 and D10: the GP’s wording', () => {
		const fr = lang === 'fr';
		expect(choosing).not.toMatch(fr ? /un autre geste\./ : /a different procedure\./);
		expect(choosing).not.toMatch(
			fr
				? /Pas de coupure|un sucre plus fort|Testés dans des essais/
				: /No cut\.|a stronger sugar injection|Tested in trials/
		);
		expect(choosing).toMatch(fr ? /Ce n’est pas une opération/ : /It is not an operation/);
		expect(summary(read(lang, 'glucopuncture'), 'what')).not.toMatch(/Il est établi que|is established/);
		expect(read(lang, 'home')).toMatch(fr ? /il reste surtout de l’eau/ : /what is left is mostly water/);
		expect(summary(read(lang, 'hydrotomy'), 'risks')).toMatch(fr ? /convulsions/ : /fits/);
		expect(choosing).not.toMatch(/de nombreux points|many points/);
		expect(glucoseSheet).not.toMatch(/quelques petites piqûres|a few small injections/);
	});
});

// « sérum salé » and « solution salée » are no French medical terms: saline is « sérum physiologique » (GP
// review D8, then everywhere; « eau salée » stays as the plain gloss beside it)
describe('the French words for saline', () => {
	it('are « sérum physiologique » on every French page, in the glossary and in the references', () => {
		const french = Object.values(pageSlugs).map(({ fr }) => readFileSync(`src/content/fr/${fr}.md`, 'utf8'));
		const sources = ['src/content/glossary.ts', 'src/content/references.ts'].map((file) =>
			readFileSync(file, 'utf8')
		);
		for (const text of [...french, ...sources]) expect(text).not.toMatch(/sérum salé|solution salée/);
	});
});
