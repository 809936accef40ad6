import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Lang } from '$lib/i18n/languages';
import { pageSlugs } from '$lib/i18n/pages';
import { plainText } from '$lib/readability';
import hydroEn from '$lib/scenes/hydrodissection/messages/en.json';
import hydroFr from '$lib/scenes/hydrodissection/messages/fr.json';
import pumpEn from '$lib/scenes/pump/messages/en.json';
import pumpFr from '$lib/scenes/pump/messages/fr.json';
import { glossaryEntry } from '../../src/content/glossary';
import { reference } from '../../src/content/references';

/**
 * What a French GP (review gp58, D2–D6) read as more than the sources say: usual care labelled as uncertain as
 * glucopuncture, a disclosure that reads as "no doctor checked this", ultrasound data on steroid injections told
 * as if about glucose, waiting told as free of consequence, and numbers or details that ../shared/science.md
 * does not hold. Each check is on the meaning, in both languages.
 */
const read = (lang: Lang, key: keyof typeof pageSlugs) =>
	readFileSync(`src/content/${lang}/${pageSlugs[key][lang]}.md`, 'utf8').replace(/\u00a0/g, ' ');
const hydro = { fr: hydroFr, en: hydroEn };
const pump = { fr: pumpFr, en: pumpEn };

/** the cells of one option in one row of the choosing page's comparison tables, as written */
function cells(text: string, row: string, option: string) {
	const label = option === 'usual-care' ? /Soins habituels :|Usual care:/ : /Attendre :|Waiting:/;
	return [...text.matchAll(new RegExp(`<tr data-row="${row}">([\\s\\S]*?)</tr>`, 'g'))].map(
		(match) =>
			[...match[1]!.matchAll(/<td data-label="([^"]+)">([\s\S]*?)<\/td>/g)].find((cell) =>
				label.test(cell[1]!)
			)![2]!
	);
}

describe.each(['fr', 'en'] as const)('the GP’s words in %s', (lang) => {
	const choosing = read(lang, 'choosing');

	it('D2: labels usual care’s guideline backing as established, never the guidelines as small trials', () => {
		const [carpal, back] = cells(choosing, 'evidence', 'usual-care');
		expect(carpal).toMatch(/<EvidenceBadge level="established" refs="aaos-2016" \/>/);
		expect(back).toMatch(/<EvidenceBadge level="established" refs="nice-ng59" \/>/);
		for (const row of ['evidence', 'benefits'])
			for (const cell of cells(choosing, row, 'usual-care'))
				for (const badge of cell.matchAll(/<EvidenceBadge level="trials" refs="([^"]+)"/g))
					expect(badge[1], `${row}: ${cell}`).not.toMatch(/aaos|nice-ng59|coombes/);
	});

	it('D3: says the pages are not advice about the reader’s case, not that no doctor read them', () => {
		const about = read(lang, 'about');
		const disclosure = plainText(about.slice(about.indexOf('id="disclosure"')));
		expect(disclosure).not.toMatch(/Aucun médecin|No doctor/);
		expect(disclosure).toMatch(
			lang === 'fr'
				? /pas d’avis sur votre propre situation[^.]*\. Cet avis, seul un soignant qui vous examine/
				: /not advice about your own situation\. Only a clinician who examines you/
		);
	});

	it('D4: tells the ultrasound evidence as steroid injections’, and claims no lower nerve risk', () => {
		const ultrasound = hydro[lang].questions.ultrasound;
		const steroid = lang === 'fr' ? /corticoïde/ : /steroid/;
		expect(ultrasound.explain).toMatch(steroid);
		expect(ultrasound.whyNot.nothing).toMatch(steroid);
		for (const text of [hydro[lang].intro, ultrasound.explain])
			expect(text).not.toMatch(/moins probable|less likely|impossible/);
	});

	it('D5: does not tell waiting as free of consequence', () => {
		expect(choosing).not.toMatch(/ne coûte rien|n’engage à rien|costs nothing|commits you to nothing/);
		const [carpal] = cells(choosing, 'practical', 'waiting');
		expect(carpal).toMatch(/<Cite source refs="padua-2001" \/>/);
	});

	it('D6: gives numbers and details as science.md does', () => {
		const article = read(lang, 'glucopuncture');
		// uptake at 5 mM: ~60–80 % (A2), not the model's 62–83
		for (const text of [article, pump[lang].claims['glucose-uptake']])
			expect(text.replace(/\u00a0/g, ' ')).not.toMatch(/62(–| à )83/);
		expect(article).toMatch(lang === 'fr' ? /60 à 80 %/ : /60–80%/);
		// Lin 2020: 4 mL better than 1 or 2 mL; trial sizes 30–60 wrists (B)
		const volume = hydro[lang].questions.volume;
		for (const text of [article, volume.explain, ...Object.values(volume.whyNot)])
			expect(text.replace(/\u00a0/g, ' ')).not.toMatch(/63 (poignets|wrists)|30(–| à )63|12e|week 12/);
		// Arias-Vázquez 2024: a scoping review titled "a potential therapeutic intervention"
		const arias = [article, reference('arias-vazquez-2024').supports[lang]].join(' ');
		expect(arias).not.toMatch(/13 petits|13 small|développement|development/);
		expect(arias).toMatch(
			lang === 'fr' ? /intervention thérapeutique potentielle/ : /a potential therapeutic intervention/
		);
		// the glossary's dextrose: corn (Pfizer label), nothing unsourced about wheat or potato
		expect(glossaryEntry('dextrose').definition[lang]).not.toMatch(/blé|pomme de terre|wheat|potato/);
	});
});
