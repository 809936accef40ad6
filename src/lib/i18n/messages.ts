import type { Lang } from './languages';

/** French is the reference catalogue: every key it has, every other language must have too. */
export type MessageKey = keyof typeof import('./messages/fr.json');
export type Messages = Readonly<Record<MessageKey, string>>;

// One chunk per language, so a page downloads only its own words. A key missing from en.json makes this
// table fail the type check (svelte-check, part of `npm test`); a key only en.json has fails the unit tests.
const catalogueLoaders = {
	fr: () => import('./messages/fr.json'),
	en: () => import('./messages/en.json')
} satisfies Record<Lang, () => Promise<{ default: Messages }>>;

const loaded: Partial<Record<Lang, Messages>> = {};

/** Fetches the catalogues a page needs; the root layout's load calls it before anything renders. */
export async function loadMessages(...langs: Lang[]): Promise<void> {
	await Promise.all(
		langs.map(async (lang) => {
			loaded[lang] ??= (await catalogueLoaders[lang]()).default;
		})
	);
}

export function messages(lang: Lang): Messages {
	const catalogue = loaded[lang];
	if (!catalogue)
		throw new Error(`The "${lang}" messages are not loaded: call loadMessages('${lang}') first`);
	return catalogue;
}
