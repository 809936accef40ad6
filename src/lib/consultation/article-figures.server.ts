import type { Lang } from '$lib/i18n/languages';
import { pageSlugs } from '$lib/i18n/pages';
import { isSceneId } from '$lib/scenes/ids';

/**
 * The figures each article shows, in its order, read from the article itself at build time: a clinician can
 * line up an article's figures in one click, and a figure added to or moved in an article follows here with
 * no list to keep by hand.
 */
const articles = import.meta.glob<string>('/src/content/*/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
});

/** the articles a consultation offers, in the site's order */
export const articleKeys = ['glucopuncture', 'hydrotomy'] as const;
export type ArticleKey = (typeof articleKeys)[number];

/** `<Scene id="pump" …>` and `<SceneStory id="trpv1">`, in the order the text gives them, each once */
export function figuresIn(markdown: string): string[] {
	const ids = [...markdown.matchAll(/<Scene(?:Story)?\s+id="([^"]+)"/g)].map((match) => match[1]!);
	return [...new Set(ids)].filter(isSceneId);
}

/** the scene ids an article shows, in its order, in the page's language (the two follow one text) */
export function articleFigures(key: ArticleKey, lang: Lang): string[] {
	const markdown = articles[`/src/content/${lang}/${pageSlugs[key][lang]}.md`];
	if (markdown === undefined) throw new Error(`no ${lang} text for the ${key} article`);
	return figuresIn(markdown);
}
