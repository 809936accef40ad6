import { describe, expect, it } from 'vitest';
import { NBSP, numberFormat } from '$lib/i18n/numbers';
import { spokenUnits } from '$lib/text/spoken-units';

// What a screen reader hears for a slider's value: the unit in words, never a symbol it spells letter by letter.
describe('units said in words', () => {
	const fr = numberFormat('fr');
	const en = numberFormat('en');
	it.each([
		[en.mM(5), 'en', '5 millimolar'],
		[fr.mM(0.5), 'fr', '0,5 millimolaire'],
		[`44${NBSP}°C`, 'en', '44 degrees Celsius'],
		[`1${NBSP}°C`, 'fr', '1 degré Celsius'],
		[`1,5${NBSP}°C`, 'fr', '1,5 degré Celsius'], // French keeps the singular below 2
		[`1.5${NBSP}°C`, 'en', '1.5 degrees Celsius'],
		[en.percent(0.6), 'en', '60 per cent'],
		[fr.percent(0.6), 'fr', '60 pour cent'],
		[en.mV(-67.2), 'en', '−67 millivolts'],
		[`${en.mL(20)} = ${en.grams(1)}`, 'en', '20 millilitres, 1.0 grams'],
		[`1${NBSP}mL`, 'en', '1 millilitre'],
		[`${fr.mL(2.5)} = ${fr.grams(0.13)}`, 'fr', '2,5 millilitres, 0,13 gramme'],
		[`30°`, 'en', '30 degrees'],
		[`${fr.mM(1000)}`, 'fr', `1${'\u202f'}000 millimolaire`],
		[`1E−300${NBSP}mM`, 'en', '1E−300 millimolar'],
		[`5${NBSP}mL (blood)`, 'en', '5 millilitres (blood)'],
		[`pH${NBSP}7.4`, 'en', `pH${NBSP}7.4`],
		[en.duration(45), 'en', '45 minutes'],
		['0.05', 'en', '0.05'],
		// a blood-sugar rise, heard "mol" (a thousand times too much) when written "mmol/L"
		[
			`0,37${NBSP}mmol/L (6,7${NBSP}mg/dL)`,
			'fr',
			'0,37 millimole par litre (6,7 milligrammes par décilitre)'
		],
		[`0.37${NBSP}mmol/L (6.7${NBSP}mg/dL)`, 'en', '0.37 millimoles per litre (6.7 milligrams per decilitre)'],
		[`Environ 20${NBSP}mL, soit 1${NBSP}g`, 'fr', 'Environ 20 millilitres, soit 1 gramme'],
		// a French laboratory's glycaemia: "g" alone would leave "/L" spelled out
		[
			`de 0,067${NBSP}g/L, soit 1,25${NBSP}g/L`,
			'fr',
			'de 0,067 gramme par litre, soit 1,25 gramme par litre'
		],
		[`2,5${NBSP}g/L`, 'fr', '2,5 grammes par litre'],
		[`0.067${NBSP}g/L`, 'en', '0.067 grams per litre'],
		// an osmolarity in the articles: "mOsm" read as "m O s m"
		[`505 à 555${NBSP}mOsm/L`, 'fr', '505 à 555 milliosmoles par litre'],
		[`about 505–555 mOsm/L`, 'en', 'about 505–555 milliosmoles per litre']
	] as const)('%s (%s) → %s', (written, lang, said) => expect(spokenUnits(written, lang)).toBe(said));
});
