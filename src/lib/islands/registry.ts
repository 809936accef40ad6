import type { Component } from 'svelte';
import { hasOwn } from '$lib/compat/has-own';

/**
 * Every kind of island, by name, and how the browser loads its code: a chunk per island, fetched only by
 * the pages that have one. <Island name="…" component={…}> on the server must name the same component
 * (tests/unit/islands/registry.test.ts checks each pair).
 */
export const islands = {
	// every page in a language
	header: () => import('$lib/components/SiteHeader.svelte'),
	// in the text of the pages
	badge: () => import('$lib/components/Badge.svelte'),
	term: () => import('$lib/components/TermTip.svelte'),
	scene: () => import('$lib/scenes/Scene.island.svelte'),
	'story-figure': () => import('$lib/scenes/StoryFigure.svelte'),
	'dose-calculator': () => import('$lib/dose/DoseCalculator.island.svelte'),
	'membrane-lab': () => import('$lib/lab/MembraneLab.island.svelte'),
	'what-matters': () => import('$lib/decision/WhatMatters.island.svelte'),
	'print-hint': () => import('$lib/handout/PrintHint.island.svelte'),
	'print-stamp': () => import('$lib/handout/PrintStamp.island.svelte'),
	'your-answers': () => import('$lib/handout/YourAnswers.island.svelte'),
	'share-page': () => import('$lib/decision/SharePage.island.svelte'),
	'print-part': () => import('$lib/decision/PrintPart.island.svelte'),
	// pages that are mostly what the reader uses
	'scene-page': () => import('$lib/scenes/ScenePage.svelte'),
	'embed-page': () => import('$lib/embed/EmbedPage.svelte'),
	consultation: () => import('$lib/consultation/Consultation.island.svelte'),
	welcome: () => import('$lib/components/Welcome.svelte')
} satisfies Record<string, () => Promise<{ default: Component<never> }>>;

export type IslandName = keyof typeof islands;

/**
 * Islands that start only when they come within a screen of the reader (hydrate.ts), not with the page: the
 * dose calculator, near the end of its article, is some 3 KB the page's first load need not carry. Until it
 * starts it shows, prerendered, the article's example. Each with the key under which it keeps, in this tab
 * (sessionStorage), what the reader typed: when something is kept (a reload, the language switch), it starts
 * with the page, so that it never shows the example in place of the reader's own numbers. (Written out, not
 * imported: an import shared with the island's chunk became a chunk, and a request, of its own; the registry's
 * unit test checks that the keys agree.)
 */
export const startsWhenNear: ReadonlyMap<string, string> = new Map<IslandName, string>([
	['dose-calculator', 'dose-calculator-v1']
]);

export function isIslandName(name: unknown): name is IslandName {
	return typeof name === 'string' && hasOwn(islands, name);
}
