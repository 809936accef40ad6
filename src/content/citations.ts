/**
 * The short name of every reference ("Caterina 1997"), as badges and citations print it. vite.config.ts
 * derives this table from references.ts at build time (`define`), so a page that cites sources carries a
 * few hundred bytes of names instead of the whole bibliography. references.ts stays the one place to edit.
 */
declare const __CITATION_LABELS__: Readonly<Record<string, string>>;
declare const __FRENCH_SOURCES__: readonly string[];
declare const __ENGLISH_ARTICLES__: Readonly<Record<string, string>>;

/** Whether a reference is written in French (its `lang` in references.ts): its name is French words too. */
const isFrenchSource = (id: string): boolean => __FRENCH_SOURCES__.includes(id);

/** A reference as badges, sheets and claims name it: its id, its short name, and `lang` when it is French. */
export const citedSource = (id: string): { id: string; label: string; lang?: 'fr' } => ({
	id,
	label: citationLabel(id),
	...(isFrenchSource(id) && { lang: 'fr' as const })
});

export function citationLabel(id: string): string {
	const label = __CITATION_LABELS__[id];
	if (!label) throw new Error(`Unknown reference "${id}": add it to src/content/references.ts`);
	return label;
}

/**
 * A source as an English sentence names it: an organisation's initials take their article ("claim made by
 * the SIHP"; `article` in references.ts), a person's name none. The article is the sentence's, in English;
 * the name stays the source's, said with a French voice when it is French.
 */
function namedInEnglish(id: string): { id: string; label: string; lang?: 'fr'; article?: string } {
	const article = __ENGLISH_ARTICLES__[id];
	return article ? { ...citedSource(id), article } : citedSource(id);
}

/** Who makes a claim, as the words beside it name them in `lang`: "(affirmation : SIHP)", "(claim made by the SIHP)". */
export const claimantOf = (id: string, lang: 'fr' | 'en') =>
	lang === 'en' ? namedInEnglish(id) : citedSource(id);
