import type { Lang } from '$lib/i18n/languages';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
/** '1,000' or '12,345.6': commas between groups of three digits, as English writes thousands */
const ENGLISH_THOUSANDS = /^[+-]?[1-9]\d{0,2}(,\d{3})+(\.\d*)?$/;

/**
 * A number as typed in an address or a field: '5.5', '5,5' (French), '-3', '1e2', and as the site prints
 * numbers, which a reader may copy back: '−67,2' (a true minus), '1 000' (thousands apart, by a space or a
 * no-break one); 'Infinity' as '1e999' (what code writes for a number too large); anything else is NaN,
 * which the caller turns into a clear message and a safe value (figure-state.ts, the lab's address). Typed
 * in English (a field, or the lab's address on the English page), '1,000' is a thousand (commas between
 * groups of three), not 1; a comma anywhere else ('3,5') is still a decimal comma, as a European reader of
 * the English page may type it. In French, and with no language (a figure's address), a comma is always
 * the decimal one.
 */
export function numberFromText(text: string, lang?: Lang): number {
	// "Infinity", as code writes a number too large, is one: read as '1e999' is, at the end of the range
	const signed = text
		.trim()
		.replace(/^[−–]/, '-')
		.replace(/^([+-]?)infinity$/i, '$11e999');
	const typed = (lang === 'en' && ENGLISH_THOUSANDS.test(signed) ? signed.replace(/,/g, '') : signed)
		.replace(/(\d)[ \u00a0\u202f](?=\d{3}(?!\d))/g, '$1')
		.replace(',', '.');
	if (!NUMBER.test(typed)) return Number.NaN;
	const value = Number(typed);
	// '1e999' is a number too large, not a mistake: it goes to the end of the range, like any too-large value
	return Number.isFinite(value) ? value : Math.sign(value) * Number.MAX_VALUE;
}
