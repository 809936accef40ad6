import type { Component } from 'svelte';
import type { PageLoad } from './$types';

// One chunk per language: a reader of /en/ never downloads the French prose.
const homePages = import.meta.glob<{ default: Component; metadata: { title: string; description: string } }>(
	'/src/content/*/home.md'
);

export const load: PageLoad = async ({ params }) => {
	const load = homePages[`/src/content/${params.lang}/home.md`];
	if (!load) throw new Error(`No home page written for language "${params.lang}"`);
	const { default: content, metadata } = await load();
	return { content, metadata };
};
