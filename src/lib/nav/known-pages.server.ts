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
 * the 404 page takes them in either language (/en/choix/ offers the English page).
 */
const guessedSlugs: Partial<Record<PageKey, Record<Lang, readonly string[]>>> = {
	choosing: {
		en: ['choose', 'choice', 'compare', 'comparison', 'options'],
		fr: ['choix', 'comparer', 'comparaison', 'options']
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
