/** @typedef {import('../i18n/languages').Lang} Lang */

/**
 * A value written for the eye ("5 mM", "44 °C", "60 %") said in words for the ear ("5 millimolar", "44
 * degrees Celsius", "60 per cent"): a slider's aria-valuetext, a sentence's spoken twin (Spoken.svelte). Screen readers spell most unit symbols out
 * letter by letter ("m M") or drop them ("°"). Only a unit right after a number changes; the rest of the
 * text (a stop's name, "pH") is left as it is, and "=" between two values becomes a pause.
 * Here rather than in i18n/: every module there goes into the chunk every page loads (vite.config.ts),
 * and only a woken figure or the lab needs this one. JavaScript with its types in comments, as
 * markdown/heading-ids.js: svelte.config.js runs it in Node, to say the articles' units in words too
 * (markdown/spoken-units.js).
 * @type {Record<string, Record<Lang, readonly [one: string, other: string]>>}
 */
const UNITS = {
	'°C': { fr: ['degré Celsius', 'degrés Celsius'], en: ['degree Celsius', 'degrees Celsius'] },
	'°': { fr: ['degré', 'degrés'], en: ['degree', 'degrees'] },
	// a blood-sugar rise: "mmol" alone is heard as "mol", a thousand times too much
	'mmol/L': {
		fr: ['millimole par litre', 'millimoles par litre'],
		en: ['millimole per litre', 'millimoles per litre']
	},
	// a French laboratory's glycaemia ("1,05 g/L"): before "g", which would leave "/L" spelled out
	'g/L': { fr: ['gramme par litre', 'grammes par litre'], en: ['gram per litre', 'grams per litre'] },
	'mg/dL': {
		fr: ['milligramme par décilitre', 'milligrammes par décilitre'],
		en: ['milligram per decilitre', 'milligrams per decilitre']
	},
	// an osmolarity ("505 à 555 mOsm/L")
	'mOsm/L': {
		fr: ['milliosmole par litre', 'milliosmoles par litre'],
		en: ['milliosmole per litre', 'milliosmoles per litre']
	},
	mM: { fr: ['millimolaire', 'millimolaire'], en: ['millimolar', 'millimolar'] },
	µM: { fr: ['micromolaire', 'micromolaire'], en: ['micromolar', 'micromolar'] },
	mV: { fr: ['millivolt', 'millivolts'], en: ['millivolt', 'millivolts'] },
	mL: { fr: ['millilitre', 'millilitres'], en: ['millilitre', 'millilitres'] },
	mm: { fr: ['millimètre', 'millimètres'], en: ['millimetre', 'millimetres'] },
	min: { fr: ['minute', 'minutes'], en: ['minute', 'minutes'] },
	g: { fr: ['gramme', 'grammes'], en: ['gram', 'grams'] },
	h: { fr: ['heure', 'heures'], en: ['hour', 'hours'] },
	'%': { fr: ['pour cent', 'pour cent'], en: ['per cent', 'per cent'] }
};

// a number as numbers.ts and the lab write it (a true minus, a French thin space between thousands, a
// decimal comma, "1E−300"), then, after a space or none, a unit not followed by another letter
export const VALUE = new RegExp(
	String.raw`([−+-]?\d[\d\u202f.,]*(?:E[−-]?\d+)?)[\s\u00a0]?(°C|°|mmol\/L|g\/L|mg\/dL|mOsm\/L|mM|µM|mV|mL|mm|min|g|h|%)(?![\p{L}])`,
	'gu'
);

/**
 * Whether a written number takes the singular, by the language's rule and as written: French keeps it below
 * 2 ("1,5 degré"); English only for a bare 1 ("1 gram", but "1.0 grams").
 * @param {string} written
 * @param {Lang} lang
 * @returns {boolean}
 */
function singular(written, lang) {
	const plain = written.replace(/\u202f/g, '').replace(/[−+-]/, '');
	const [whole = '', decimals = ''] = (lang === 'fr' ? plain : plain.replace(/,/g, '')).split(/[.,]/);
	if (/E/.test(plain)) return false;
	const rule = new Intl.PluralRules(lang, { minimumFractionDigits: decimals.length });
	return rule.select(Number(`${whole}.${decimals || 0}`)) === 'one';
}

/**
 * The text with each value's unit said in words.
 * @param {string} text
 * @param {Lang} lang
 * @returns {string}
 */
export function spokenUnits(text, lang) {
	return text
		.replace(VALUE, (_, /** @type {string} */ number, /** @type {string} */ unit) => {
			const [one, other] = /** @type {NonNullable<(typeof UNITS)[string]>} */ (UNITS[unit])[lang];
			return `${number} ${singular(number, lang) ? one : other}`;
		})
		.replace(/\s=\s/g, ', ');
}
