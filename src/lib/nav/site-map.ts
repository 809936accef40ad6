import type { Lang } from '$lib/i18n/languages';
import type { Messages } from '$lib/i18n/messages';
import { consultationPath, pagePath, referencePath, scenesIndexPath } from '$lib/i18n/paths';

/**
 * The site's menu: every page a reader can go to from anywhere, in the order the header and the footer
 * list them (the two articles first, then the figures, then the pages that serve them). A new page is one
 * more line here.
 */
export interface SiteLink {
	key: string;
	href: string;
	label: string;
}

export function siteLinks(lang: Lang, m: Messages): SiteLink[] {
	return [
		{ key: 'glucopuncture', href: pagePath('glucopuncture', lang), label: m.navGlucopuncture },
		{ key: 'hydrotomy', href: pagePath('hydrotomy', lang), label: m.navHydrotomy },
		{ key: 'choosing', href: pagePath('choosing', lang), label: m.chooseNav },
		{ key: 'scenes', href: scenesIndexPath(lang), label: m.navScenes },
		{ key: 'lab', href: pagePath('lab', lang), label: m.labNav },
		{
			key: 'consultation',
			href: consultationPath(lang),
			label: m.navConsultation
		},
		{ key: 'glossary', href: pagePath('glossary', lang), label: m.navGlossary },
		{ key: 'references', href: referencePath(lang), label: m.navReferences },
		{ key: 'about', href: pagePath('about', lang), label: m.navAbout }
	];
}

/**
 * The aria-current a link gets on the page at `pathname`: 'page' when it leads there, true when the page is
 * within its section (a figure's page, for "The figures"), nothing otherwise.
 */
export function isCurrent(link: SiteLink, pathname: string): 'page' | true | undefined {
	const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
	if (path === link.href) return 'page';
	return link.key === 'scenes' && path.startsWith(link.href) ? true : undefined;
}

/** A page of the site, for the not-found page's suggestion: its path, language, title, and what it is. */
export interface KnownPage {
	/** the same for a page in every language ("hydrotomy", "scenes/k2p") */
	key: string;
	lang: Lang;
	path: string;
	title: string;
	/** addresses it used to have, without the language ("scenes/injection/"): the 404 page sends them here */
	formerly?: readonly string[];
	/** addresses a reader may guess for it, without the language ("choose/"): the 404 page offers it for them */
	guessed?: readonly string[];
}
