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
