/** The site's languages, French first: it is the language of the source articles and of most readers. */
export const languages = ['fr', 'en'] as const;
export type Lang = (typeof languages)[number];
export const defaultLang: Lang = 'fr';

export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The other language of the pair: where the language switch leads. */
export function otherLang(lang: Lang): Lang {
	return lang === 'fr' ? 'en' : 'fr';
}
