import type { Lang } from './languages';

/**
 * A message catalogue: one JSON file per language, each loaded only when a page needs it (a chunk per
 * language, so a reader of /en/ never downloads the French words), then read synchronously.
 */
export function defineCatalogue<M>(name: string, loaders: Record<Lang, () => Promise<{ default: M }>>) {
	const loaded: Partial<Record<Lang, M>> = {};
	return {
		/** fetches the languages a page needs; a layout or a loader calls it before anything renders */
		async load(...langs: Lang[]): Promise<void> {
			await Promise.all(
				langs.map(async (lang) => {
					loaded[lang] ??= (await loaders[lang]()).default;
				})
			);
		},
		isLoaded(lang: Lang): boolean {
			return loaded[lang] !== undefined;
		},
		get(lang: Lang): M {
			const catalogue = loaded[lang];
			if (!catalogue) throw new Error(`The "${lang}" ${name} are not loaded: load('${lang}') them first`);
			return catalogue;
		}
	};
}
