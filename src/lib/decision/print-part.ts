/**
 * "Print only this part" on the choosing page: a patient with carpal tunnel syndrome prints the comparison
 * for carpal tunnel, not the one for back pain as well. The page's text is flat, a heading followed by what
 * it heads (Markdown has no sections), so a part is its heading and what follows it, up to the next heading
 * of the same rank or higher. Paper keeps that part, the page's title and its date line (PrintStamp); the
 * rest is marked out (PrintPart.svelte's print rule), for one printing.
 */

/** What the choice needs of an element: an <article>'s child. */
export interface Block {
	tagName: string;
	id: string;
	/** whether it holds the printed sheet's date line, which every printing keeps */
	isStamp?: boolean;
}

const rank = (block: Block) => /^H([1-6])$/i.exec(block.tagName)?.[1];

/**
 * The blocks kept on paper when the part under the heading `partId` prints alone: its heading and what
 * follows up to the next heading of the same rank or higher, the page's title (h1) and its date line. An id
 * that names no heading keeps every block: the whole page prints, as it would without the button.
 */
export function keptForPart<B extends Block>(blocks: readonly B[], partId: string): Set<B> {
	const start = blocks.findIndex((block) => block.id === partId && rank(block));
	if (start < 0) return new Set(blocks);
	const own = Number(rank(blocks[start]!));
	const kept = new Set(blocks.filter((block) => rank(block) === '1' || block.isStamp));
	for (let i = start; i < blocks.length; i++) {
		const level = rank(blocks[i]!);
		if (i > start && level && Number(level) <= own) break;
		kept.add(blocks[i]!);
	}
	return kept;
}

/** The attribute <html> carries while one part prints, and the one each kept block carries. */
export const PART_ATTRIBUTE = 'data-print-part';
export const KEPT_ATTRIBUTE = 'data-print-kept';

/**
 * Marks the page so that only the part under the heading `partId` prints, and returns what takes the marks
 * away again (after printing: the next printing, from the browser's menu, gives the whole page).
 */
export function markPart(document: Document, partId: string): () => void {
	const heading = document.getElementById(partId);
	const article = heading?.parentElement;
	if (!heading || !article) return () => {};
	const blocks = [...article.children].map((element) => ({
		element,
		tagName: element.tagName,
		id: element.id,
		isStamp: element.querySelector('[data-handout-stamp]') !== null
	}));
	const kept = keptForPart(blocks, partId);
	// an earlier part's marks, where no afterprint came to take them away (printing blocked, a kiosk's
	// print() that returns at once): left, they would add that part to this one
	for (const marked of document.querySelectorAll(`[${KEPT_ATTRIBUTE}]`))
		marked.removeAttribute(KEPT_ATTRIBUTE);
	for (const block of kept) block.element.setAttribute(KEPT_ATTRIBUTE, '');
	document.documentElement.setAttribute(PART_ATTRIBUTE, partId);
	return () => {
		document.documentElement.removeAttribute(PART_ATTRIBUTE);
		for (const block of kept) block.element.removeAttribute(KEPT_ATTRIBUTE);
	};
}
