import { getContext, setContext } from 'svelte';

/** A `##` section of a Markdown page, as heading-ids.js lists it in the page's metadata.sections. */
export interface ArticleSection {
	id: string;
	title: string;
}

const sectionsKey = Symbol('sections');

/** Lets the summary cards of a page name the sections they lead to (SummaryCards → SummaryCard). */
export function provideSections(getSections: () => readonly ArticleSection[]): void {
	setContext(sectionsKey, getSections);
}

/**
 * The heading of one of the page's sections. A card that leads nowhere is a writing mistake: it fails the
 * build rather than showing a link to nothing.
 */
export function sectionTitle(id: string): string {
	const getSections = getContext<(() => readonly ArticleSection[]) | undefined>(sectionsKey);
	const section = getSections?.().find((s) => s.id === id);
	if (!section) throw new Error(`No "## … {#${id}}" section on this page for a summary card to lead to`);
	return section.title;
}
