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

/**
 * What the language switch says, in the language it leads to ("English" on a French page): kept here
 * rather than in the catalogues, so that a page needs only its own catalogue.
 */
export const languageLinks: Record<Lang, { name: string; readThisPageIn: string }> = {
	fr: { name: 'Français', readThisPageIn: 'Lire cette page en français' },
	en: { name: 'English', readThisPageIn: 'Read this page in English' }
};
