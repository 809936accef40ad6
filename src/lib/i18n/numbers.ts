import { numberFormatIn } from './intl-number';
import type { Lang } from './languages';

/** Between a number and its unit: a line never breaks there, and screen readers read the pair as one. */
export const NBSP = '\u00a0';

/**
 * How the site writes numbers in one language: digits and decimal mark from `Intl.NumberFormat` ("0,25" in
 * French, "0.25" in English), a true minus sign (U+2212, which screen readers say as "minus"), never "−0",
 * and a unit after a non-breaking space. Anything that is not a finite number is written as 0: a sentence
 * never says NaN. The one number formatter of the site: figures, descriptions, sliders and the dose
 * calculator all use it.
 */
export interface NumberFormat {
	readonly lang: Lang;
	/** exactly `digits` decimals: fixed(0.25, 2) → "0,25" */
	fixed(value: number, digits?: number): string;
	/** at most `digits` decimals, trailing zeros dropped: upTo(6, 1) → "6", upTo(0.5, 2) → "0,5" */
	upTo(value: number, digits: number): string;
	/** a value and its unit: unit(5, 'mM') → "5 mM"; a percent sign as the language writes it: "5 %" (fr), "5%" (en) */
	unit(value: number, unit: string, digits?: number): string;
	/** whole millivolts: "−53 mV" */
	mV(value_mV: number): string;
	/** a fraction as a percentage, whole or to `upTo` decimals where they count: "60 %", "98,5 %" (fr), "60%" (en) */
	percent(fraction: number, upTo?: number): string;
	/** millimolar: whole from 10 mM up or when whole, else one decimal ("5 mM", "0,5 mM") */
	mM(value_mM: number): string;
	/** grams of sugar: two decimals under 1 g, one under 10 g, none above ("0,25 g", "2,5 g", "25 g") */
	grams(value_g: number): string;
	/** millilitres: whole, or one decimal under 10 mL when not whole ("5 mL", "2,5 mL") */
	mL(value_mL: number): string;
	/** millimetres: whole, or one decimal when not whole ("13 mm", "0,1 mm") */
	mm(value_mm: number): string;
	/** minutes, or hours and minutes from 2 h up: "45 min", "2 h", "3 h 30" (fr) / "3 h 30 min" (en) */
	duration(value_min: number): string;
}

/** What stands between a number and its percent sign: a no-break space in French ("5 %"), nothing in English. */
const PERCENT_GAP: Readonly<Record<Lang, string>> = { fr: NBSP, en: '' };

const finite = (value: number) => (Number.isFinite(value) ? value : 0);
const notWhole = (value: number, tolerance: number) => Math.abs(value - Math.round(value)) >= tolerance;

function create(lang: Lang): NumberFormat {
	const formats = new Map<string, { format(value: number): string }>();
	const intl = (min: number, max: number) => {
		const key = `${min}-${max}`;
		let format = formats.get(key);
		if (!format) {
			format = numberFormatIn(lang, { minimumFractionDigits: min, maximumFractionDigits: max });
			formats.set(key, format);
		}
		return format;
	};
	// a value that rounds to zero from below is written "0", not "−0" (what signDisplay 'negative' does, which
	// Firefox before 116 refuses with an error: every figure then failed to start)
	const write = (value: number, min: number, max: number) => {
		const text = intl(min, max).format(finite(value)).replace('-', '−');
		return /[1-9]/.test(text) ? text : text.replace('−', '');
	};

	const format: NumberFormat = {
		lang,
		fixed: (value, digits = 0) => write(value, digits, digits),
		upTo: (value, digits) => write(value, 0, digits),
		unit: (value, unit, digits = 0) =>
			`${write(value, digits, digits)}${unit === '%' ? PERCENT_GAP[lang] : NBSP}${unit}`,
		mV: (value) => format.unit(value, 'mV'),
		percent: (fraction, upTo = 0) => `${write(finite(fraction) * 100, 0, upTo)}${PERCENT_GAP[lang]}%`,
		mM: (value) => {
			const v = finite(value);
			return format.unit(v, 'mM', Math.abs(v) >= 10 || Number.isInteger(v) ? 0 : 1);
		},
		grams: (value) => {
			const a = Math.abs(finite(value));
			return format.unit(value, 'g', a < 1 ? 2 : a < 10 ? 1 : 0);
		},
		mL: (value) => {
			const v = finite(value);
			return format.unit(v, 'mL', Math.abs(v) < 10 && notWhole(v, 0.05) ? 1 : 0);
		},
		mm: (value) => format.unit(value, 'mm', notWhole(finite(value), 0.05) ? 1 : 0),
		duration: (value) => {
			const minutes = Math.max(0, Math.round(finite(value)));
			if (minutes < 120) return `${minutes}${NBSP}min`;
			const h = Math.floor(minutes / 60);
			const rest = minutes - h * 60;
			if (rest === 0) return `${h}${NBSP}h`;
			return lang === 'fr'
				? `${h}${NBSP}h${NBSP}${String(rest).padStart(2, '0')}`
				: `${h}${NBSP}h${NBSP}${rest}${NBSP}min`;
		}
	};
	return format;
}

const cache = new Map<Lang, NumberFormat>();

/** The number formatter of a language (one per language, made once). */
export function numberFormat(lang: Lang): NumberFormat {
	let format = cache.get(lang);
	if (!format) {
		format = create(lang);
		cache.set(lang, format);
	}
	return format;
}
