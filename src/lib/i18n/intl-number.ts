import type { Lang } from './languages';

/**
 * `Intl.NumberFormat` in `lang`, or, where the browser lacks that language's number data (a kiosk browser built
 * with English-only locale data), the English one with the language's marks put in: a French page then still
 * writes "0,25", not "0.25", once its scripts start (before them the prerendered page already did).
 */
export function numberFormatIn(
	lang: Lang,
	options: Intl.NumberFormatOptions
): { format(value: number): string } {
	if (lang === 'en' || Intl.NumberFormat.supportedLocalesOf([lang]).length > 0)
		return new Intl.NumberFormat(lang, options);
	const english = new Intl.NumberFormat('en', options);
	// French: a decimal comma, and a narrow no-break space between thousands (what Intl itself writes)
	const marks: Record<string, string> = { '.': ',', ',': '\u202f' };
	return { format: (value) => english.format(value).replace(/[.,]/g, (mark) => marks[mark]!) };
}
