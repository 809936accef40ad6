import type { Lang } from '$lib/i18n/languages';

const NBSP = '\u00a0';

/** "−53 mV": a true minus sign and a non-breaking space, so a screen reader and a line break get it right. */
export function millivolts(value_mV: number): string {
	const rounded = Math.round(value_mV);
	return `${rounded < 0 ? '−' : ''}${Math.abs(rounded)}${NBSP}mV`;
}

/** "60 %" in French, "60%" in English. */
export function percent(fraction: number, lang: Lang): string {
	const value = Math.round(fraction * 100);
	return lang === 'fr' ? `${value}${NBSP}%` : `${value}%`;
}

/** A rate of signals, whole numbers only: a reader counts signals, not tenths of them. */
export function perSecond(rate_Hz: number): string {
	return String(Math.round(rate_Hz));
}

/**
 * A number with a fixed count of decimals, written the way each language writes it: "0,25" in French,
 * "0.25" in English. Non-finite input reads as 0: a sentence never says NaN.
 */
export function decimal(value: number, digits: number, lang: Lang): string {
	const safe = Number.isFinite(value) ? value : 0;
	const text = Math.abs(safe) < 0.5 * 10 ** -digits ? (0).toFixed(digits) : safe.toFixed(digits);
	const signed = text.startsWith('-') ? `−${text.slice(1)}` : text;
	return lang === 'fr' ? signed.replace('.', ',') : signed;
}

/** A value with its unit after a non-breaking space: "5 mM", "0,25 g", "13 mm". */
export function withUnit(value: number, unit: string, lang: Lang, digits = 0): string {
	return `${decimal(value, digits, lang)}${NBSP}${unit}`;
}

/** Millimolar, whole numbers from 10 mM up and one decimal below (a blood glucose of 5 mM, 0,5 mM). */
export function millimolar(value_mM: number, lang: Lang): string {
	const digits = Math.abs(value_mM) >= 10 || Number.isInteger(value_mM) ? 0 : 1;
	return withUnit(value_mM, 'mM', lang, digits);
}

/** Grams of sugar: two decimals under 1 g (0,25 g), one under 10 g, none above. */
export function grams(value_g: number, lang: Lang): string {
	const a = Math.abs(value_g);
	return withUnit(value_g, 'g', lang, a < 1 ? 2 : a < 10 ? 1 : 0);
}

/** A duration in minutes, or hours and minutes from 2 h up: "45 min", "2 h", "3 h 30" (fr) / "3 h 30 min" (en). */
export function duration(value_min: number, lang: Lang): string {
	const minutes = Math.max(0, Math.round(Number.isFinite(value_min) ? value_min : 0));
	if (minutes < 120) return `${minutes}${NBSP}min`;
	const h = Math.floor(minutes / 60);
	const rest = minutes - h * 60;
	if (rest === 0) return `${h}${NBSP}h`;
	return lang === 'fr'
		? `${h}${NBSP}h${NBSP}${String(rest).padStart(2, '0')}`
		: `${h}${NBSP}h ${rest}${NBSP}min`;
}
