import { error } from '@sveltejs/kit';
import type { Component } from 'svelte';
import { languages } from '$lib/i18n/languages';
import { pageKeyOf, pageKeys, pageSlugs } from '$lib/i18n/pages';
import type { EntryGenerator, PageLoad } from './$types';

interface ContentModule {
	default: Component;
	metadata: { title: string; description: string };
}

// One chunk per page and language: a reader of /en/hydrotomy/ downloads that text and no other.
const contents = import.meta.glob<ContentModule>('/src/content/*/*.md');

/** Every page of src/lib/i18n/pages.ts in every language, each at its own slug. */
export const entries: EntryGenerator = () =>
	languages.flatMap((lang) => pageKeys.map((key) => ({ lang, page: pageSlugs[key][lang] })));

export const load: PageLoad = async ({ params }) => {
	// The matcher accepts a slug of either language; /en/hydrotomie/ mixes them and is no page.
	const key = pageKeyOf(params.page, params.lang);
	if (!key) error(404, 'Not found');
	const file = `/src/content/${params.lang}/${params.page}.md`;
	const loadContent = contents[file];
	if (!loadContent) throw new Error(`No text written for "${key}" in ${params.lang}: add ${file}`);
	const { default: content, metadata } = await loadContent();
	return { key, content, metadata };
};
