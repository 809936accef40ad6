import { languages, type Lang } from '$lib/i18n/languages';
import { messages } from '$lib/i18n/messages';
import { pageKeys, type PageKey } from '$lib/i18n/pages';
import { homeOf, pagePath, referencePath, scenePath, scenesIndexPath } from '$lib/i18n/paths';
import { sceneIds } from '$lib/scenes/ids';
import { wordsOf } from '$lib/scenes/scenes.server';
import type { KnownPage } from './site-map';

const navLabel = {
	glucopuncture: 'navGlucopuncture',
	hydrotomy: 'navHydrotomy',
	glossary: 'navGlossary',
	about: 'navAbout',
	choosing: 'chooseNav',
	lab: 'labNav',
	'handout-glucopuncture': 'handoutTitleGlucopuncture',
	'handout-hydrotomy': 'handoutTitleHydrotomy'
} as const;

/**
 * The words a reader may type for a page whose address is another word: "choose" is three letters from
 * "choosing", too far for a close spelling (choosing review D6). Each language's, for that language's pages;
 * the 404 page takes them in either language (/en/choix/ offers the English page). The menu's name of a page
 * ("hydrotomie percutanée", with or without its accent), its short name ("gluco"), the condition a patient
 * has (carpal tunnel: the choosing page opens with it) and "sheet" for the printed sheet (patient review D7).
 * An address is matched lowercased and decoded, whole: one word may name one page only.
 */
export const guessedSlugs: Partial<Record<PageKey, Record<Lang, readonly string[]>>> = {
	choosing: {
		en: ['choose', 'choice', 'compare', 'comparison', 'options', 'carpal-tunnel', 'carpal-tunnel-syndrome'],
		fr: ['choix', 'comparer', 'comparaison', 'options', 'canal-carpien', 'syndrome-du-canal-carpien']
	},
	glucopuncture: {
		en: ['gluco', 'glucose', 'dextrose'],
		fr: ['gluco', 'glucose', 'dextrose']
	},
	hydrotomy: {
		en: ['percutaneous-hydrotomy', 'hydrotomy-percutaneous'],
		fr: ['hydrotomie-percutanee', 'hydrotomie-percutanée']
	},
	// the glucopuncture sheet, the one the glucopuncture article and the choosing page offer first
	'handout-glucopuncture': {
		en: ['sheet', 'sheets', 'handout', 'handouts', 'print'],
		fr: ['fiche', 'fiches', 'imprimer', 'fiche-a-imprimer', 'fiche-à-imprimer']
	}
};

/** Every prerendered page, in both languages (messages must be loaded). */
export function knownPages(): KnownPage[] {
	return languages.flatMap((lang) => {
		const m = messages(lang);
		return [
			{ key: 'home', lang, path: homeOf(lang), title: m.siteName },
			...pageKeys.map((key) => ({
				key,
				lang,
				path: pagePath(key, lang),
				title: m[navLabel[key]],
				...(guessedSlugs[key] && { guessed: guessedSlugs[key][lang].map((slug) => `${slug}/`) })
			})),
			{ key: 'references', lang, path: referencePath(lang), title: m.navReferences },
			// the injection figure became two (needle-depth, hydrodissection): its old address finds both here
			{
				key: 'scenes',
				lang,
				path: scenesIndexPath(lang),
				title: m.navScenes,
				formerly: ['scenes/injection/']
			},
			...sceneIds.map((id) => ({
				key: `scenes/${id}`,
				lang,
				path: scenePath(id, lang),
				title: wordsOf(id, lang).title
			}))
		];
	});
}
