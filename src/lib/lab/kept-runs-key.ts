import { isLang, languages } from '$lib/i18n/languages';
import { pageKeyOf, pageSlugs } from '$lib/i18n/pages';

// Where the recorder's runs, and the lab's last settings, are kept in the tab (kept-runs.ts, kept-settings.ts): under the page, not its language, so that
// /fr/labo/ and /en/lab/ share them and a language switch keeps the student's runs.

const PREFIX = 'membrane-lab-runs:';

/** A path's segments with its language left out and each page slug turned into its page's key. */
function pageOf(path: string): string {
	return path
		.split('/')
		.filter((segment) => !isLang(segment))
		.map((segment) => pageKeyOf(segment) ?? segment)
		.join('/');
}

/** The key of the runs of the page at `path`: '/fr/labo/' and '/en/lab/' give the same one. */
export const runsKey = (path: string) => `${PREFIX}${pageOf(path)}`;

/** The key of the lab's last settings in the tab (kept-settings.ts), shared by its pages in every language. */
export const settingsKey = (path: string) => `membrane-lab-settings:${pageOf(path)}`;

/**
 * The keys an earlier version kept the runs under, one per language: the path itself, then the same page's
 * path in the other languages ('/fr/labo/', '/en/lab/'), the page's own first.
 */
export function oldRunKeys(path: string): string[] {
	const segments = path.split('/');
	const at = segments.findIndex(isLang);
	if (at < 0) return [PREFIX + path];
	const paths = languages.map((lang) =>
		segments
			.map((segment, i) => {
				if (i === at) return lang;
				const key = i > at ? pageKeyOf(segment) : undefined;
				return key ? pageSlugs[key][lang] : segment;
			})
			.join('/')
	);
	return [...new Set([path, ...paths])].map((each) => PREFIX + each);
}
