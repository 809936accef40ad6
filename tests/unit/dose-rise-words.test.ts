import { describe, expect, it } from 'vitest';
import { format } from '$lib/i18n/format';
import { numberFormat } from '$lib/i18n/numbers';
import { bloodRise } from '$lib/dose/wording';
import { dextroseDose } from '$lib/physiology/dose';
import fr from '$lib/dose/messages/fr.json';
import en from '$lib/dose/messages/en.json';

// The calculator's bound on blood glucose is a rise, over the reader's usual level. Written "la glycémie
// monterait au plus de 1,67 g/L, soit 167 mg/dL", a diabetic read a level his own meter shows ("up to 1.67 at
// most, that's fine"), when it is 1.67 on top of his usual 1.30 (patient57 review D1). Its words, in each
// language, say it is a rise (each value signed +) above the usual level; and its words for a small amount
// promise nothing to a person with diabetes (D3).

const catalogues = { fr, en } as const;
const over = { fr: /au-dessus de son niveau habituel/, en: /on top of its usual level/ } as const;
const rises = { fr: /augmenterait d’au plus \+/, en: /would rise by at most \+/ } as const;

describe.each(['fr', 'en'] as const)('the %s dose calculator', (lang) => {
	const m = catalogues[lang];
	const n = numberFormat(lang);
	const rise = bloodRise(dextroseDose(500, 5), n);
	const sentence = format(m.doseBloodRise, rise);

	it('gives the bound on blood glucose as a rise above the usual level', () => {
		expect(sentence).toMatch(rises[lang]);
		expect(sentence).toMatch(over[lang]);
	});

	it('signs each value it gives as an increase, its unit joined by a no-break space', () => {
		const values = lang === 'fr' ? [rise.g, rise.mg, rise.mmol] : [rise.mmol, rise.mg];
		for (const value of values)
			expect(sentence).toMatch(new RegExp(`\\+${value.replace('.', '\\.')}\u00a0m?(g|mol)/`));
	});

	it('never reads as a level a meter shows ("au plus de 1,67 g/L", "up to 1.67")', () => {
		expect(sentence).not.toMatch(/au plus de \d|up to \d/);
	});

	it('calls a small amount too little to change blood glucose noticeably (as the article does), without calling it safe', () => {
		expect(m.doseDiabetesNegligible).not.toMatch(/négligeable|negligible/i);
		// not "measurably": its upper limit, 2 g, would raise it by some 0.7 mmol/L at worst, which a meter can
		// show; "noticeably", as the article says it of a session's gram
		expect(m.doseDiabetesNegligible).not.toMatch(/mesurable|measurabl/i);
		expect(m.doseDiabetesNegligible).toMatch(lang === 'fr' ? /nettement/ : /noticeably/);
		expect(m.doseDiabetesNegligible).toMatch(lang === 'fr' ? /votre médecin/ : /your doctor/);
	});
});
