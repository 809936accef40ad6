import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Lang } from '$lib/i18n/languages';
import { pageSlugs } from '$lib/i18n/pages';
import cushionQuestions from '$lib/scenes/cushion/questions.json';
import trpv1Fr from '$lib/scenes/trpv1/messages/fr.json';
import trpv1En from '$lib/scenes/trpv1/messages/en.json';

/**
 * Two reviews of stop 65, a patient-information editor (plain65) and an evidence methodologist (claims65):
 * the sheet a patient takes home carries the warning signs the choosing page gives, a source is cited only
 * where the sentence is about it, a model's tuned number is not labelled as a fact, and TRPV1 is called
 * what it is (science.md A3: a channel, not a nerve ending).
 */
const read = (lang: Lang, key: keyof typeof pageSlugs) =>
	readFileSync(`src/content/${lang}/${pageSlugs[key][lang]}.md`, 'utf8').replace(/\u00a0/g, ' ');
const langs = ['fr', 'en'] as const;

/** The "when to see a doctor" section of a sheet, up to the next heading. */
const doctorSection = (markdown: string) => markdown.match(/\{#doctor\}([\s\S]*?)\n## /)![1]!;

const emergency = { fr: /le 15 ou le 112/, en: /emergency number at once/ };
// the back's emergency (the nerves at the base of the spine): numb skin between the legs, bladder or bowels
const backEmergency = {
	fr: /endormie entre les cuisses[\s\S]*urine ou les selles/,
	en: /between the legs[\s\S]*bladder or bowels/
};
const weakHand = { fr: /la main faiblit/, en: /hand gets weak/ };

describe('each printed sheet gives the warning signs of the pains it covers', () => {
	for (const key of ['handout-glucopuncture', 'handout-hydrotomy'] as const)
		for (const lang of langs) {
			const section = doctorSection(read(lang, key));
			it(`${lang} ${key}: the back's emergency, with the number to call, and a weakening hand`, () => {
				const backLine = section.split('\n').find((line) => backEmergency[lang].test(line));
				expect(backLine, 'a line for the back’s emergency').toBeDefined();
				expect(backLine).toMatch(emergency[lang]);
				expect(section).toMatch(weakHand[lang]);
			});
		}
});

describe('a source is cited where its sentence is about it', () => {
	for (const lang of langs)
		it(`${lang} choosing page: the knee-lavage trial only in a cell that speaks of the knee`, () => {
			const cellsCitingIt = read(lang, 'choosing')
				.split('<td ')
				.filter((cell) => cell.includes('reichenbach-2010'));
			expect(cellsCitingIt.length).toBeGreaterThan(0);
			for (const cell of cellsCitingIt) expect(cell).toMatch(lang === 'fr' ? /genou/ : /knee/);
		});
});

describe('a model’s tuned number is not labelled as a fact', () => {
	it('the cushion’s "how much is left at two hours" (the model’s half-life) is not Established', () => {
		const absorbed = cushionQuestions.find((question) => question.id === 'absorbed')!;
		expect(absorbed.level).not.toBe('established');
	});
});

describe('TRPV1 is called what it is', () => {
	it('its figure’s title names a channel, not a nerve ending', () => {
		expect(trpv1Fr.title).toMatch(/^TRPV1\s:\sle canal/);
		expect(trpv1En.title).toMatch(/^TRPV1: the channel/);
	});
});
