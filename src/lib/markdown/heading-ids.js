// A remark plugin for mdsvex (svelte.config.js): `## The risks {#risks}` becomes <h2 id="risks">The risks</h2>,
// and the page's `##` sections are listed in its metadata (metadata.sections: [{ id, title }]) for its
// table of contents.
//
// Why ids written in the text rather than made from the words: a slug of "Les risques" is not one of "The
// risks", and the language switch keeps the reader's #section only if both languages share the id. An id
// written once also stays put when a heading is reworded, so links to it keep working. It is plain Markdown
// with the {#id} syntax of Pandoc and kramdown.

/** A heading's id as written: lower-case words joined by hyphens ("does-it-work"). */
const trailingId = /\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$/;

/**
 * A heading's text split from its {#id}: "The risks {#risks}" → { text: "The risks", id: "risks" };
 * { text, id: undefined } when it has none.
 * @param {string} text
 * @returns {{ text: string; id: string | undefined }}
 */
export function splitHeadingId(text) {
	const match = trailingId.exec(text);
	return match ? { text: text.slice(0, match.index), id: match[1] } : { text, id: undefined };
}

/**
 * @typedef {{ type: string; value?: string; depth?: number; children?: MdNode[]; data?: Record<string, unknown> }} MdNode
 * @typedef {{ filename?: string; data: { fm?: Record<string, unknown> } }} MdFile
 */

/** @param {MdNode} node @returns {string} */
const plainText = (node) =>
	node.type === 'text' || node.type === 'inlineCode'
		? (node.value ?? '')
		: (node.children ?? []).map(plainText).join('');

/** @param {MdNode} node @param {(heading: MdNode) => void} visit */
function eachHeading(node, visit) {
	if (node.type === 'heading') visit(node);
	else for (const child of node.children ?? []) eachHeading(child, visit);
}

/** The plugin: `remarkPlugins: [headingIds]`. A page with the same id twice fails the build. */
export function headingIds() {
	/** @param {MdNode} tree @param {MdFile} file */
	return (tree, file) => {
		const seen = new Set();
		/** @type {{ id: string; title: string }[]} */
		const sections = [];
		eachHeading(tree, (heading) => {
			const last = heading.children?.at(-1);
			if (last?.type !== 'text') return;
			const { text, id } = splitHeadingId(last.value ?? '');
			if (!id) return;
			if (seen.has(id))
				throw new Error(`${file.filename ?? 'A Markdown page'}: the heading id "${id}" is used twice`);
			seen.add(id);
			last.value = text;
			// mdast → hast copies hProperties onto the <h2> it makes
			heading.data = { ...heading.data, hProperties: { id } };
			if (heading.depth === 2) sections.push({ id, title: plainText(heading).trim() });
		});
		// mdsvex exports the front matter as `metadata`: the table of contents reads it from there.
		if (file.data.fm && sections.length) file.data.fm.sections = sections;
	};
}
